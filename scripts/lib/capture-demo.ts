// Takes the demo's screenshots: a highlighted article and the popup panel for it.
import { join } from 'node:path';
import type { DemoServer } from './demo-server';
import type { ExtensionBrowser } from './launch-browser';

/** Opens the first on-topic demo article, waits for its highlights, and screenshots it and the panel. */
export async function captureDemo(
  browser: ExtensionBrowser,
  server: DemoServer,
  outDir: string,
): Promise<string[]> {
  const article =
    server.pages.find((page) => page.topic && page.lang === 'en') ?? server.pages.find((page) => page.topic);
  if (!article) throw new Error('The demo site has no on-topic article.');
  const page = await browser.context.newPage();
  await page.goto(`${server.url}${article.slug}/`);
  await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 15_000 });
  const articlePath = join(outDir, 'article.png');
  await page.screenshot({ path: articlePath });
  const tabId = await browser.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return tab?.id;
  }, page.url());
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 600 });
  await panel.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await panel.waitForSelector('.figure-list, .status', { timeout: 15_000 });
  const panelPath = join(outDir, 'popup.png');
  await panel.screenshot({ path: panelPath });
  return [articlePath, panelPath];
}
