import type {
  ArticleContext,
  FigureInSentence,
  FigureMeasure,
  MeasureRequest,
} from '../facts/measure-figures';
import { reportedUnit } from '../figures/reported-unit';
import type { FigureSummary, PageReport } from '../messages';
import type { PageMetadata } from '../page/read-metadata';
import type { DocumentScan } from '../scan/scan-document';
import { selectFigure } from '../scan/selectors';
import { sentenceSpan } from '../scan/sentence-around';
import { UNMEASURED } from '../store/rows';
import type { Slicer } from './yield-to-main';

/**
 * A page's report before its figures are measured, and what measuring them takes. What a figure measures is told
 * by lib/facts, in the background (its cue tables stay out of the page): see lib/content/measure-in-background.ts.
 */
export interface UnmeasuredReport {
  report: PageReport;
  /** One entry per figure of the report, in its order. */
  request: MeasureRequest;
}

/** The figure in its sentence, with offsets within that sentence. */
function inSentence(figure: DocumentScan['figures'][number], blockText: string): FigureInSentence {
  const { from, to } = sentenceSpan(blockText, figure.start, figure.end);
  const { block: _block, ...rest } = figure;
  return {
    sentence: blockText.slice(from, to),
    figure: { ...rest, start: figure.start - from, end: figure.end - from },
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

function summarizeFigure(
  scan: DocumentScan,
  index: number,
  context: SummaryContext,
): { summary: FigureSummary; measured: FigureInSentence } {
  const figure = scan.figures[index] as DocumentScan['figures'][number];
  const blockText = scan.blocks[figure.block]?.text ?? '';
  const measured = inSentence(figure, blockText);
  const summary: FigureSummary = {
    index,
    text: figure.text,
    value: figure.value,
    unit: reportedUnit(figure),
    kind: figure.kind,
    approx: figure.approx,
    context: measured.sentence,
    conversionOf: figure.conversionOf ?? -1,
    ...selectFigure(
      context.url,
      blockText,
      figure.start,
      figure.end,
      context.blockOffsets[figure.block] ?? 0,
    ),
    ...UNMEASURED,
  };
  return { summary, measured };
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

/** Turns a page scan into the report the popup shows and the store keeps, its figures not yet measured. */
export function buildReport(url: string, metadata: PageMetadata, scan: DocumentScan): UnmeasuredReport {
  const context = summaryContext(url, metadata, scan);
  const parts = scan.figures.map((_, index) => summarizeFigure(scan, index, context));
  return {
    report: reportOf(
      url,
      metadata,
      scan,
      parts.map((part) => part.summary),
    ),
    request: { article: context.article, figures: parts.map((part) => part.measured) },
  };
}

/** `buildReport` in slices that yield to the page: a page may hold thousands of figures. */
export async function buildReportSliced(
  url: string,
  metadata: PageMetadata,
  scan: DocumentScan,
  slicer: Slicer,
): Promise<UnmeasuredReport> {
  const context = summaryContext(url, metadata, scan);
  const figures: FigureSummary[] = [];
  const measured: FigureInSentence[] = [];
  for (let index = 0; index < scan.figures.length; index++) {
    if (slicer.due()) await slicer.pause();
    const part = summarizeFigure(scan, index, context);
    figures.push(part.summary);
    measured.push(part.measured);
  }
  return {
    report: reportOf(url, metadata, scan, figures),
    request: { article: context.article, figures: measured },
  };
}

/**
 * Writes measures into a report's figures, from its `from`-th figure on, with each figure's value as a fact: a
 * change that fell is negative (docs/adr/0013).
 */
export function applyMeasures(report: PageReport, measures: readonly FigureMeasure[], from = 0): void {
  measures.forEach((measure, offset) => {
    const figure = report.figures[from + offset];
    if (figure) Object.assign(figure, measure);
  });
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
