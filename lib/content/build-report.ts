import type { FigureSummary, PageReport } from '../messages';
import type { PageMetadata } from '../page/read-metadata';
import type { DocumentScan } from '../scan/scan-document';
import { selectFigure } from '../scan/selectors';
import { sentenceAround } from '../scan/sentence-around';
import type { MentionMeasure } from '../store/rows';

const UNKNOWN_MEASURE: MentionMeasure = {
  subject: '',
  metric: '',
  growthOf: '',
  period: '',
  status: '',
  factKey: '',
};

/** Turns a page scan into the report the popup shows and the store keeps. */
export function buildReport(url: string, metadata: PageMetadata, scan: DocumentScan): PageReport {
  const blockOffsets: number[] = [];
  let offset = 0;
  for (const block of scan.blocks) {
    blockOffsets.push(offset);
    offset += block.text.length + 1;
  }
  const figures: FigureSummary[] = scan.figures.map((figure, index) => {
    const blockText = scan.blocks[figure.block]?.text ?? '';
    return {
      index,
      text: figure.text,
      value: figure.value,
      unit: figure.unit,
      kind: figure.kind,
      approx: figure.approx,
      context: sentenceAround(blockText, figure.start, figure.end),
      conversionOf: figure.conversionOf ?? -1,
      ...selectFigure(url, blockText, figure.start, figure.end, blockOffsets[figure.block] ?? 0),
      ...UNKNOWN_MEASURE,
    };
  });
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
