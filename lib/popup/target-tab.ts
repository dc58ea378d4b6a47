import { type Browser, browser } from 'wxt/browser';

/**
 * The tab the panel speaks about: the one named by `?tab=` when the panel is opened as a page of its own,
 * else the active tab of the current window.
 */
export async function findTargetTab(search: string = location.search): Promise<Browser.tabs.Tab | undefined> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named).catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}
