import { handleMessages, type PageReport, sendToBackground } from '../messages';
import { rangeForSpan } from '../page/block-text';
import { detectLanguage } from '../page/read-article';
import { readMetadata } from '../page/read-metadata';
import { paintFigures } from '../paint/paint-figures';
import { buildReport, emptyReport } from './build-report';
import { scanPage } from './scan-page';

/** What a started scan leaves behind: the report it answers with, and how to undo its paint. */
export interface PageScanHandle {
  report: PageReport;
  stop: () => void;
}

/**
 * Scans the current page once: a cheap prefilter on the raw text, then the article region, topic and figures;
 * paints the figures, records an on-topic article through the background, and answers the popup. Everything
 * it leaves running ends with `signal`.
 */
export async function startPageScan(signal: AbortSignal, doc: Document = document): Promise<PageScanHandle> {
  const url = doc.location.href;
  const scan = scanPage(doc);
  const metadata = readMetadata(doc);
  let report: PageReport;
  let unpaint = () => {};
  if (!scan) {
    report = emptyReport(
      url,
      metadata,
      doc.title,
      detectLanguage(doc, doc.body?.textContent?.slice(0, 2000) ?? ''),
    );
  } else {
    report = buildReport(url, metadata, scan);
    unpaint = paintFigures(
      scan.figures.flatMap((figure) => {
        const block = scan.blocks[figure.block];
        return block
          ? [{ range: rangeForSpan(block, figure.start, figure.end, doc), kind: figure.kind }]
          : [];
      }),
    );
    if (report.isTopic && report.figures.length > 0) {
      const recorded = report;
      await sendToBackground('page:record', report).catch((error: unknown) => {
        recorded.storeError = error instanceof Error ? error.message : String(error);
      });
    }
  }
  const stopAnswering = handleMessages({ 'page:report': async () => report }, signal);
  const stop = () => {
    unpaint();
    stopAnswering();
  };
  signal.addEventListener('abort', stop, { once: true });
  return { report, stop };
}
