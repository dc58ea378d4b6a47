import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What the reader does first on a page: the moment to notice that the extension is gone, before Caravan acts. */
const FIRST_EVENTS = ['pointerdown', 'keydown', 'click'] as const;

/**
 * Ends the content script's work once the extension that injected it is reloaded, updated or turned off while
 * the page stays open. The script stays in the page, but every call to the extension then throws "Extension
 * context invalidated": a click on a figure threw into the news site's console and opened no card, and a change
 * of the page wiped the paint halfway through a rescan. WXT notices only when asked (`ctx.isInvalid`, which
 * then aborts `ctx.signal` and with it every listener, observer and paint), so it is asked before the reader's
 * input reaches Caravan's listeners, and before Caravan sees a change of the page.
 */
export function stopWhenOrphaned(
  ctx: Pick<ContentScriptContext, 'isInvalid' | 'signal'>,
  doc: Document = document,
): void {
  const check = () => void ctx.isInvalid;
  const win = doc.defaultView;
  if (!win || ctx.signal.aborted) return;
  for (const type of FIRST_EVENTS) win.addEventListener(type, check, { capture: true, signal: ctx.signal });
  // Observed before the page scan's own observer starts, so its callback runs first for the same change.
  const observer = new win.MutationObserver(check);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  ctx.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
