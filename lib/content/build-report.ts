import type { FigureSummary, PageReport } from '../messages';
import type { DocumentScan } from '../scan/scan-document';
import { sentenceAround } from '../scan/sentence-around';

/** Turns a page scan into the report the popup shows and the store keeps. */
export function buildReport(url: string, scan: DocumentScan): PageReport {
  const figures: FigureSummary[] = scan.figures.map((figure, index) => ({
    index,
    text: figure.text,
    value: figure.value,
    unit: figure.unit,
    kind: figure.kind,
    approx: figure.approx,
    context: sentenceAround(scan.blocks[figure.block]?.text ?? '', figure.start, figure.end),
  }));
  return {
    url,
    title: scan.title,
    lang: scan.lang,
    isTopic: scan.topic.isTopic,
    score: scan.topic.score,
    evidence: scan.topic.evidence,
    figures,
  };
}

/** The report for a page that holds nothing to scan (empty, or failing the prefilter). */
export function emptyReport(url: string, title: string, lang: string): PageReport {
  return { url, title, lang, isTopic: false, score: 0, evidence: [], figures: [] };
}
