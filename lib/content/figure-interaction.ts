import { buildCardContent } from '../card/card-content';
import { clickIsForPage, figureAtPoint, type IndexedRange, sortRanges } from '../card/figure-at-point';
import { CARD_HOST_TAG, type FigureCard, focusedElement, openFigureCard } from '../card/figure-card';
import { errorMessage } from '../error-message';
import { t } from '../i18n';
import { handleMessages, type PageReport, sendToBackground } from '../messages';
import { liveRange, staticRangeForSpan } from '../page/block-text';
import { paintFigures } from '../paint/paint-figures';
import type { DocumentScan } from '../scan/scan-document';
import { highlightsOn, type Settings, watchSettings } from '../settings';
import type { FigureLinks } from '../store/link-figures';
import { captureArticle } from './capture-article';
import { createFigureNavigator } from './figure-navigator';

/** Whether a key press is the page's business: a modifier, or focus on something that takes keys itself. */
function keyIsForPage(event: KeyboardEvent, doc: Document): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return true;
  const focused = doc.activeElement;
  return focused !== null && focused !== doc.body && focused !== doc.documentElement;
}

/**
 * Everything the reader does with the painted figures of a scanned page: the paint itself, on or off as the
 * settings say for this site (live, without a rescan); a click on a figure or Enter on the current one opens
 * its card; the browser's next/previous-figure commands and the panel's "show on page" move to a figure.
 * Listeners sit on the document only, never on the page's elements. Returns a function that undoes it all.
 */
export async function startFigureInteraction(
  scan: DocumentScan,
  report: PageReport,
  settings: Settings,
  outer: AbortSignal,
  doc: Document = document,
): Promise<() => void> {
  const life = new AbortController();
  const signal = life.signal;
  const stopWithOuter = () => life.abort();
  outer.addEventListener('abort', stopWithOuter, { once: true });

  // Static ranges: the page's own DOM changes cost it nothing for them (see staticRangeForSpan).
  const nowhere = new StaticRange({ startContainer: doc, startOffset: 0, endContainer: doc, endOffset: 0 });
  const ranges = scan.figures.map((figure) => {
    const block = scan.blocks[figure.block];
    return block ? staticRangeForSpan(block, figure.start, figure.end) : nowhere;
  });
  // Sorted on the first click, not while the page is scanned: comparing boundary points walks the DOM, and on
  // a page of 200,000 nodes sorting a thousand ranges would be a long task of its own.
  let sorted: IndexedRange[] | null = null;
  const navigator = createFigureNavigator(ranges, signal);
  let card: FigureCard | null = null;
  let opening = 0;
  let unpaint: (() => void) | null = null;

  const site = doc.location.hostname;
  const apply = (on: boolean) => {
    if (on && !unpaint) {
      unpaint = paintFigures(
        scan.figures.map((figure, index) => ({ range: ranges[index] as StaticRange, kind: figure.kind })),
      );
    } else if (!on && unpaint) {
      unpaint();
      unpaint = null;
      navigator.clear();
      opening += 1;
      card?.close(false);
    }
  };
  const isOn = () => unpaint !== null;

  const loadLinks = async (index: number): Promise<FigureLinks | undefined> => {
    if (!report.isTopic) return undefined;
    const all = await sendToBackground('facts:links', { url: report.url, canonicalUrl: report.canonicalUrl });
    return all.find((links) => links.index === index);
  };

  const openCard = async (index: number) => {
    const figure = report.figures[index];
    const range = ranges[index];
    if (!figure || !range || !isOn()) return;
    // The card is placed by a live range of its own, made when it opens (null when the page took the text away).
    const anchor = liveRange(range, doc);
    if (!anchor) return;
    if (navigator.current() !== index) navigator.moveTo(index, false);
    const token = ++opening;
    const links = await loadLinks(index).catch(() => undefined);
    if (token !== opening || signal.aborted) return;
    // A card that replaces another returns focus where the first one found it.
    const returnFocusTo = card ? card.returnFocusTo : focusedElement(doc);
    card?.close(false);
    card = openFigureCard(
      buildCardContent(figure, links),
      anchor,
      {
        save: () =>
          sendToBackground('list:save', captureArticle(report, scan)).then(
            () => t('cardSaved'),
            (error: unknown) => t('cardSaveFailed', errorMessage(error)),
          ),
        openInPanel: () =>
          sendToBackground('panel:open-fact', { factKey: figure.factKey }).then(
            () => '',
            (error: unknown) => t('cardOpenFailed', errorMessage(error)),
          ),
      },
      () => {
        card = null;
      },
      doc,
      returnFocusTo,
    );
  };

  doc.addEventListener(
    'click',
    (event) => {
      if (!isOn() || (event.target instanceof Element && event.target.localName === CARD_HOST_TAG)) return;
      if (clickIsForPage(event, doc)) return;
      sorted ??= sortRanges(ranges);
      const index = figureAtPoint(sorted, event.clientX, event.clientY, doc);
      if (index >= 0) void openCard(index);
      else card?.close(false);
    },
    { signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card) return card.close();
      if (event.key !== 'Enter' || card || !isOn() || keyIsForPage(event, doc)) return;
      const current = navigator.current();
      if (current < 0) return;
      event.preventDefault();
      void openCard(current);
    },
    { signal },
  );
  handleMessages(
    {
      'page:step': async ({ direction }) => {
        if (!isOn()) return undefined;
        const index = navigator.step(direction);
        if (index >= 0) await openCard(index);
        return undefined;
      },
      'page:reveal': async ({ index }) => {
        if (!isOn() || !ranges[index]) return undefined;
        navigator.moveTo(index, true);
        navigator.flash(index);
        await openCard(index);
        return undefined;
      },
    },
    signal,
  );

  apply(highlightsOn(settings, site));
  watchSettings((next) => apply(highlightsOn(next, site)), signal);
  const stop = () => {
    apply(false);
    life.abort();
    outer.removeEventListener('abort', stopWithOuter);
  };
  signal.addEventListener('abort', () => apply(false), { once: true });
  return stop;
}
