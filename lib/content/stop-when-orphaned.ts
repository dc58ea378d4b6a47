import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What the reader does on a page: the moment to notice that the extension is gone, before Caravan acts. */
const READER_EVENTS = ['pointerdown', 'keydown', 'click', 'focus'] as const;

/**
 * Ends the content script's work once the extension that injected it is reloaded, updated or turned off while
 * the page stays open. The script stays in the page, but every call to the extension then throws "Extension
 * context invalidated": a click on a figure threw into the news site's console and opened no card. WXT notices
 * only when asked (`ctx.isInvalid`, which then aborts `ctx.signal` and with it every listener, observer and
 * paint), so it is asked before the reader's input reaches Caravan's listeners. (Not on each change of the page:
 * one more observer of every mutation costs a page of 200,000 nodes a long task.)
 */
export function stopWhenOrphaned(
  ctx: Pick<ContentScriptContext, 'isInvalid' | 'signal'>,
  win: Window = window,
): void {
  const check = () => void ctx.isInvalid;
  for (const type of READER_EVENTS) win.addEventListener(type, check, { capture: true, signal: ctx.signal });
}
