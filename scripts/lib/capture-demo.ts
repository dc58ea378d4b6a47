// Takes the demo's screenshots: a highlighted article, the popup panel for it, and both side by side.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DemoServer } from './demo-server';
import type { ExtensionBrowser } from './launch-browser';
import { waitForScan } from './wait-for-scan';

/**
 * Opens a demo article (`slug`, else the English one with the most figures), waits for its highlights, and
 * screenshots it and the panel.
 */
export async function captureDemo(
  browser: ExtensionBrowser,
  server: DemoServer,
  outDir: string,
  slug?: string,
): Promise<string[]> {
  const articles = server.pages.filter((page) => page.topic).sort((a, b) => b.figureCount - a.figureCount);
  const article = slug
    ? server.pages.find((page) => page.slug === slug)
    : (articles.find((page) => page.lang === 'en') ?? articles[0]);
  if (!article)
    throw new Error(slug ? `No demo page is called ${slug}.` : 'The demo site has no on-topic article.');
  const page = await browser.context.newPage();
  await page.goto(`${server.url}${article.slug}/`);
  const tabId = await waitForScan(browser, page);
  // Bring the first highlighted figure into view, a little below the top.
  await page.evaluate(() => {
    const [first] = [...CSS.highlights.values()].flatMap((highlight) => [...highlight]);
    if (!first) return;
    // The paint holds static ranges, which have no boxes: a live copy has.
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(first.endContainer, first.endOffset);
    window.scrollTo(0, range.getBoundingClientRect().top + window.scrollY - 240);
  });
  const articlePath = join(outDir, 'article.png');
  await page.screenshot({ path: articlePath });

  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 600 });
  await panel.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await panel.waitForSelector('.figure-list, .status', { timeout: 15_000 });
  const panelPath = join(outDir, 'popup.png');
  await panel.screenshot({ path: panelPath });

  const overviewPath = join(outDir, 'overview.png');
  const inline = async (path: string) => `data:image/png;base64,${(await readFile(path)).toString('base64')}`;
  const sheet = await browser.context.newPage();
  await sheet.setViewportSize({ width: 1640, height: 920 });
  await sheet.setContent(`<body style="margin:0;padding:10px;background:#d7dbe0;display:flex;gap:16px;align-items:flex-start">
    <img src="${await inline(articlePath)}" style="width:1200px;box-shadow:0 2px 8px #0004">
    <img src="${await inline(panelPath)}" style="width:400px;box-shadow:0 2px 12px #0006;border-radius:8px"></body>`);
  await sheet.screenshot({ path: overviewPath });
  return [articlePath, panelPath, overviewPath];
}
