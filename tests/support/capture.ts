import type { ArticleCapture, FigureSummary } from '@/lib/messages';
import { pageReport } from './page-report';

/** An article capture as the content script would send it to be saved. */
export function articleCapture(
  url: string,
  title: string,
  blocks: string[],
  fields: { lang?: string; figures?: FigureSummary[]; publishedAt?: string } = {},
): ArticleCapture {
  return {
    report: pageReport(fields.figures ?? [], {
      url,
      title,
      lang: fields.lang ?? 'en',
      publishedAt: fields.publishedAt ?? '2025-01-20',
    }),
    blocks,
  };
}
