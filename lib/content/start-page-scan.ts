import { handleMessages, type PageReport, sendToBackground } from '../messages';
import { detectLanguage } from '../page/read-article';
import { readMetadata } from '../page/read-metadata';
import { scanDocument } from '../scan/scan-document';
import { buildReport, emptyReport } from './build-report';
import { captureArticle } from './capture-article';
import { startFigureInteraction } from './figure-interaction';
import { keepChosenLanguage, readReadingChoices } from './reading-choices';
import { scanPage } from './scan-page';
import { describeStoreError } from './store-error';

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
  // The page's text is read once: serializing a long page is the largest cost of a page Caravan skips.
  const raw = doc.body?.textContent ?? '';
  // The reader's choices (options page) are read while the page is scanned.
  const choices = readReadingChoices(doc.location.hostname);
  const scan = keepChosenLanguage(scanPage(doc, raw), await choices);
  const metadata = readMetadata(doc);
  const report: PageReport = scan
    ? buildReport(url, metadata, scan)
    : emptyReport(url, metadata, doc.title, detectLanguage(doc, raw.slice(0, 2000)));
  // Paint, the figure card and the keyboard, as the reader's settings allow on this site.
  const unpaint = scan ? await startFigureInteraction(scan, report, signal, doc) : () => {};
  // Answer the panel at once, even while the page is being stored.
  const stopAnswering = handleMessages({ 'page:report': async () => report }, signal);
  // The reading list saves any page the reader asks for: one the prefilter skipped is read now.
  const stopCapturing = handleMessages(
    { 'page:article': async () => captureArticle(report, scan ?? scanDocument(doc)) },
    signal,
  );
  const stop = () => {
    unpaint();
    stopAnswering();
    stopCapturing();
  };
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
  // The toolbar badge counts the figures of an article page and is empty everywhere else.
  const count = report.isTopic ? report.figures.length : 0;
  if (!signal.aborted) void sendToBackground('page:badge', { count }).catch(() => {});
  if (!signal.aborted && (await choices).autoCollect && report.isTopic && report.figures.length > 0) {
    await sendToBackground('page:record', report).catch((error: unknown) => {
      report.storeError = describeStoreError(error);
    });
  }
  return { report, stop };
}
