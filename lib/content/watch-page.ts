import { pageAddress } from '../page/page-address';
import { batchChangesText, RescanBackoff } from './page-changes';

/** What the watcher asks of the scan. */
export interface PageWatchHandlers {
  /** The page's text changed: rescan; resolves to whether the report changed. Never called twice at once. */
  rescan: () => Promise<boolean>;
  /** The page moved to another address without a load (history API, Navigation API, back and forward). */
  navigated: (url: string) => void;
}

interface NavigationLike extends EventTarget {}

/** A rescan waits for an idle moment, but never longer than this. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Watches a page for content loaded later (infinite scroll, lazy sections, a client-side render) and for
 * same-document navigations, and asks for rescans: debounced, at idle, one at a time, backing off while rescans
 * find nothing new. Typing in editable content and Caravan's own elements are ignored. Everything — observer,
 * timers, listeners — ends with `signal`.
 */
export function watchPage(doc: Document, handlers: PageWatchHandlers, signal: AbortSignal): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  const backoff = new RescanBackoff();
  let address = pageAddress(doc.location.href);
  let scheduled = false;
  let running = false;
  let dirty = false;

  const checkAddress = () => {
    if (signal.aborted) return;
    const now = pageAddress(doc.location.href);
    if (now === address) return;
    address = now;
    handlers.navigated(doc.location.href);
  };

  const run = async () => {
    scheduled = false;
    if (signal.aborted) return;
    running = true;
    dirty = false;
    try {
      backoff.settle(await handlers.rescan());
    } catch {
      backoff.settle(false);
    } finally {
      running = false;
    }
    if (dirty) schedule();
  };

  // One pending timer and idle callback at most, both cancelled by the abort.
  let timer: number | undefined;
  let idle: number | undefined;
  signal.addEventListener(
    'abort',
    () => {
      if (timer !== undefined) win.clearTimeout(timer);
      if (idle !== undefined) win.cancelIdleCallback?.(idle);
    },
    { once: true },
  );
  const runWhenIdle = () => {
    timer = undefined;
    if (typeof win.requestIdleCallback !== 'function') return void run();
    idle = win.requestIdleCallback(
      () => {
        idle = undefined;
        void run();
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  };

  function schedule(): void {
    if (signal.aborted || scheduled) return;
    if (running) {
      dirty = true;
      return;
    }
    scheduled = true;
    timer = win?.setTimeout(runWhenIdle, backoff.delayMs);
  }

  const observer = new win.MutationObserver((records) => {
    // The Navigation API is missing in some browsers: a client-side route change shows as a mutation first.
    checkAddress();
    if (batchChangesText(records)) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  // A content script's world cannot see the page's history.pushState, but the Navigation API reports it.
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('currententrychange', checkAddress, { signal });
  win.addEventListener('popstate', checkAddress, { signal });
}
