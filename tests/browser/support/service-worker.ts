import type { ExtensionBrowser } from '../../../scripts/lib/launch-browser';

/**
 * Stops every service worker of the profile, as Chromium does when it reclaims an idle or stuck worker. Returns
 * a function that strikes at once: the debugger session is opened beforehand, so the stop is one command and
 * lands within the few milliseconds a page's write or a message takes.
 */
export async function armServiceWorkerStop(browser: ExtensionBrowser): Promise<() => Promise<void>> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.close();
  };
}
