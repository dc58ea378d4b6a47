import { handleMessages, type PageReport, sendToBackground } from '../messages';
import { pageAddress } from '../page/page-address';
import { detectLanguage, readArticle } from '../page/read-article';
import { readMetadata } from '../page/read-metadata';
import { reportPart } from '../report-parts';
import type { DocumentScan } from '../scan/scan-document';
import { buildReportSliced, emptyReport } from './build-report';
import { captureArticle } from './capture-article';
import { startFigureInteraction } from './figure-interaction';
import { measureInBackground } from './measure-in-background';
import { keepChosenLanguage, readReadingChoices } from './reading-choices';
import { recordReport } from './record-report';
import { BlockFigureCache, scanPageSliced } from './scan-page-sliced';
import { describeStoreError } from './store-error';
import { watchPage } from './watch-page';
import { createSlicer } from './yield-to-main';

/** What a started scan leaves behind: the latest report and scan, kept up to date as the page changes. */
export interface PageScanHandle {
  /** The report of the page as it is now; replaced by each rescan that finds something different. */
  readonly report: PageReport;
  /** The scan behind `report`: blocks and figures (null when the prefilter ruled the page out). */
  readonly scan: DocumentScan | null;
  /** Calls `listener` after each rescan that changed the report; returns a function that stops it. */
  onUpdate: (listener: (handle: PageScanHandle) => void) => () => void;
  /** Removes the paint and stops watching the page. */
  stop: () => void;
}

/** What the figures, the topic and the address say: two scans with the same fingerprint need no update. */
function fingerprint(report: PageReport): string {
  const figures = report.figures.map((figure) => `${figure.position?.start}:${figure.text}`).join('|');
  return `${report.url}\n${report.isTopic}\n${report.title}\n${figures}`;
}

/**
 * Scans the current page and keeps the result current: a prefilter on the page's text, then the article
 * region, topic and figures, all in slices that yield to the page; paints the figures, shows their count on the
 * badge, records an on-topic article through the background and answers the panel. Content loaded later is
 * scanned again (only new or changed blocks are read), and a same-document navigation starts a fresh report.
 * Everything it leaves running ends with `signal`. Resolves once the first scan is painted and recorded.
 */
export async function startPageScan(
  pageSignal: AbortSignal,
  doc: Document = document,
): Promise<PageScanHandle> {
  // `stop` ends everything as the page's signal does.
  const life = new AbortController();
  if (pageSignal.aborted) life.abort();
  else pageSignal.addEventListener('abort', () => life.abort(), { once: true, signal: life.signal });
  const signal = life.signal;
  const cache = new BlockFigureCache();
  const listeners = new Set<(handle: PageScanHandle) => void>();
  // Until the first scan: the address alone (reading the page's metadata waits for a slice of its own).
  const address = pageAddress(doc.location.href);
  let report = emptyReport(address, { canonicalUrl: address, siteName: '', publishedAt: '' }, doc.title, '');
  let scan: DocumentScan | null = null;
  let unpaint = () => {};
  let shown = '';
  /** Counts the reports published, so that the panel reading one in parts notices a rescan. */
  let version = 0;
  /** Ends the scans of one address: a navigation aborts it and starts another. */
  let visit = new AbortController();
  let canonicalOfPreviousVisit = '';
  let firstScan: Promise<boolean>;
  let recording: Promise<unknown> = Promise.resolve();

  const handle: PageScanHandle = {
    get report() {
      return report;
    },
    get scan() {
      return scan;
    },
    onUpdate: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => {
      life.abort();
      visit.abort();
      unpaint();
      unpaint = () => {};
      listeners.clear();
    },
  };

  /** Scans the page as it is now; resolves to whether the report changed. */
  const rescan = async (): Promise<boolean> => {
    const scanSignal = AbortSignal.any([signal, visit.signal]);
    const slicer = createSlicer(scanSignal);
    // Never in the task that loaded the script, or that saw the mutation: the scan starts in a slice of its own.
    await slicer.pause();
    const url = pageAddress(doc.location.href);
    // The reader's choices (options page) are read while the page is scanned.
    const choices = readReadingChoices();
    const found = await scanPageSliced(doc, slicer, cache);
    found.scan = keepChosenLanguage(found.scan, await choices);
    await slicer.pause();
    const metadata = readMetadata(doc);
    // A client-side app often leaves the first article's canonical link in place: it names no later one.
    if (canonicalOfPreviousVisit && metadata.canonicalUrl === canonicalOfPreviousVisit)
      metadata.canonicalUrl = url;
    const built = found.scan ? await buildReportSliced(url, metadata, found.scan, slicer) : null;
    const next = built?.report ?? emptyReport(url, metadata, doc.title, detectLanguage(doc, found.sample));
    if (fingerprint(next) === shown) return false;
    // The paint makes a range per figure: it starts a slice of its own, not the end of the report's last one.
    await slicer.pause();
    unpaint();
    unpaint = () => {};
    // Paint, the figure card and the keyboard, as the reader's settings allow on this site.
    if (found.scan) unpaint = await startFigureInteraction(found.scan, next, await choices, signal, doc);
    // The paint does not wait for the background; the card reads the measures from the report when it opens.
    if (built) await measureInBackground(built, slicer);
    report = next;
    scan = found.scan;
    shown = fingerprint(next);
    version++;
    publish(next, (await choices).autoCollect);
    for (const listener of listeners) listener(handle);
    return true;
  };

  /** Badge and store follow the report; records go one after another, each replacing the one before. */
  const publish = (next: PageReport, collect: boolean) => {
    // The toolbar badge counts the figures of an article page and is empty everywhere else.
    const count = next.isTopic ? next.figures.length : 0;
    void sendToBackground('page:badge', { count }).catch(() => {});
    if (!collect || !next.isTopic || next.figures.length === 0) return;
    recording = recording.then(() =>
      signal.aborted
        ? undefined
        : recordReport(next).catch((error: unknown) => {
            next.storeError = describeStoreError(error);
          }),
    );
  };

  const scanQuietly = (): Promise<boolean> =>
    rescan().catch((error: unknown) => {
      if (!signal.aborted && !visit.signal.aborted) console.warn('Caravan could not scan this page:', error);
      return false;
    });

  firstScan = scanQuietly();
  // The panel is answered as soon as the current address has been scanned, even while it is being stored.
  handleMessages(
    {
      'page:report': async (request) => {
        await firstScan;
        return reportPart(report, version, request?.from);
      },
      // The reading list saves any page the reader asks for: one the prefilter skipped is read now.
      'page:article': async () => {
        await firstScan;
        return captureArticle(report, scan ?? readArticle(doc));
      },
    },
    signal,
  );
  watchPage(
    doc,
    {
      rescan: () => scanQuietly(),
      navigated: () => {
        canonicalOfPreviousVisit = report.canonicalUrl;
        visit.abort();
        visit = new AbortController();
        firstScan = scanQuietly();
      },
    },
    signal,
  );
  signal.addEventListener('abort', handle.stop, { once: true });
  await firstScan;
  await recording;
  return handle;
}
