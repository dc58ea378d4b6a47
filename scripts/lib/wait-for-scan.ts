import type { Page } from 'playwright-core';
import { pageAddress } from '../../lib/page/page-address';
import type { ExtensionBrowser } from './launch-browser';

/**
 * Waits until the content script of the tab showing `page` has answered (painted, or decided there is nothing
 * to paint) and returns that tab's id. Without the `tabs` permission the extension cannot read tab URLs, so each
 * tab's content script is asked which page it is on (its address, without a fragment that points inside it).
 */
export async function waitForScan(browser: ExtensionBrowser, page: Page): Promise<number> {
  return browser.worker.evaluate(async (wanted) => {
    for (let attempt = 0; attempt < 150; attempt++) {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        try {
          const answer = (await chrome.tabs.sendMessage(tab.id, { type: 'page:report' })) as
            | { ok: boolean; value?: { url: string } }
            | undefined;
          if (answer?.ok && answer.value?.url === wanted) return tab.id;
        } catch {
          // No content script in this tab, or not listening yet.
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No content script answered for ${wanted}`);
  }, pageAddress(page.url()));
}
