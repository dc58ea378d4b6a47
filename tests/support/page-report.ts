import type { FigureSummary, PageReport } from '@/lib/messages';
import { UNMEASURED } from '@/lib/store/rows';

/** A figure as the content script would report it, with the fields a test cares about. */
export function figureSummary(
  index: number,
  text: string,
  fields: Partial<FigureSummary> = {},
): FigureSummary {
  return {
    index,
    text,
    value: index + 1,
    unit: 'USD',
    kind: 'money',
    approx: 'none',
    context: `… ${text} …`,
    conversionOf: -1,
    quote: { exact: text, prefix: 'reached ', suffix: ' in 2024' },
    position: { start: index * 10, end: index * 10 + text.length },
    fragment: `https://news.example/a#:~:text=${encodeURIComponent(text)}`,
    ...UNMEASURED,
    ...fields,
  };
}

/** A report of an on-topic page holding these figures. */
export function pageReport(figures: FigureSummary[], fields: Partial<PageReport> = {}): PageReport {
  const url = fields.url ?? 'https://news.example/a?id=1';
  return {
    url,
    canonicalUrl: url,
    title: 'Trade tops $100 billion',
    siteName: 'News Example',
    publishedAt: '2025-01-20',
    lang: 'en',
    isTopic: true,
    score: 30,
    evidence: [],
    figures,
    storeError: '',
    ...fields,
  };
}
