import { describeMeasure, factKey } from '../facts';
import type { Figure } from '../figures/types';
import type { FigureSummary, PageReport } from '../messages';
import type { PageMetadata } from '../page/read-metadata';
import type { DocumentScan } from '../scan/scan-document';
import { selectFigure } from '../scan/selectors';
import { sentenceSpan } from '../scan/sentence-around';
import type { MentionMeasure } from '../store/rows';
import type { Slicer } from './yield-to-main';

interface ArticleContext {
  title: string;
  lead: string;
  publishedAt: string;
  lang: string;
}

/** What a figure measures, from its sentence and its article; what cannot be told stays empty. */
function measureOf(
  figure: Figure,
  blockText: string,
  article: ArticleContext,
): { sentence: string; measure: MentionMeasure } {
  const { from, to } = sentenceSpan(blockText, figure.start, figure.end);
  const sentence = blockText.slice(from, to);
  const measure = describeMeasure({
    sentence,
    figureStart: figure.start - from,
    figureEnd: figure.end - from,
    figure: { ...figure, start: figure.start - from, end: figure.end - from },
    articleTitle: article.title,
    articleLead: article.lead,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    lang: article.lang,
  });
  return {
    sentence,
    measure: {
      subject: measure.subject ?? '',
      metric: measure.metric ?? '',
      growthOf: measure.growthOf ?? '',
      period: measure.period?.label ?? '',
      status: measure.status ?? '',
      factKey: factKey(measure, figure.unit) ?? '',
    },
  };
}

/** What every figure's summary needs to know of its page. */
interface SummaryContext {
  url: string;
  article: ArticleContext;
  blockOffsets: number[];
}

function summaryContext(url: string, metadata: PageMetadata, scan: DocumentScan): SummaryContext {
  const blockOffsets: number[] = [];
  let offset = 0;
  for (const block of scan.blocks) {
    blockOffsets.push(offset);
    offset += block.text.length + 1;
  }
  const lead = scan.blocks.find((block) => block.text.length >= 80)?.text ?? '';
  const article = {
    title: scan.title,
    lead,
    publishedAt: metadata.publishedAt.slice(0, 10),
    lang: scan.lang,
  };
  return { url, article, blockOffsets };
}

function summarizeFigure(scan: DocumentScan, index: number, context: SummaryContext): FigureSummary {
  const figure = scan.figures[index] as DocumentScan['figures'][number];
  const blockText = scan.blocks[figure.block]?.text ?? '';
  const { sentence, measure } = measureOf(figure, blockText, context.article);
  return {
    index,
    text: figure.text,
    value: figure.value,
    unit: figure.unit,
    kind: figure.kind,
    approx: figure.approx,
    context: sentence,
    conversionOf: figure.conversionOf ?? -1,
    ...selectFigure(
      context.url,
      blockText,
      figure.start,
      figure.end,
      context.blockOffsets[figure.block] ?? 0,
    ),
    ...measure,
  };
}

function reportOf(
  url: string,
  metadata: PageMetadata,
  scan: DocumentScan,
  figures: FigureSummary[],
): PageReport {
  return {
    url,
    ...metadata,
    title: scan.title,
    lang: scan.lang,
    isTopic: scan.topic.isTopic,
    score: scan.topic.score,
    evidence: scan.topic.evidence,
    figures,
    storeError: '',
  };
}

/** Turns a page scan into the report the popup shows and the store keeps. */
export function buildReport(url: string, metadata: PageMetadata, scan: DocumentScan): PageReport {
  const context = summaryContext(url, metadata, scan);
  const figures = scan.figures.map((_, index) => summarizeFigure(scan, index, context));
  return reportOf(url, metadata, scan, figures);
}

/** `buildReport` in slices that yield to the page: a page may hold thousands of figures. */
export async function buildReportSliced(
  url: string,
  metadata: PageMetadata,
  scan: DocumentScan,
  slicer: Slicer,
): Promise<PageReport> {
  const context = summaryContext(url, metadata, scan);
  const figures: FigureSummary[] = [];
  for (let index = 0; index < scan.figures.length; index++) {
    if (slicer.due()) await slicer.pause();
    figures.push(summarizeFigure(scan, index, context));
  }
  return reportOf(url, metadata, scan, figures);
}

/** The report for a page that holds nothing to scan (empty, or failing the prefilter). */
export function emptyReport(url: string, metadata: PageMetadata, title: string, lang: string): PageReport {
  return {
    url,
    ...metadata,
    title,
    lang,
    isTopic: false,
    score: 0,
    evidence: [],
    figures: [],
    storeError: '',
  };
}
