// How long the figure card takes to find the figure under a click, on a long article with many figures,
// in Chromium: one caret lookup, a binary search over the sorted ranges, and the figure's boxes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGES_DIR } from '../lib/demo-server';
import { bundleForPage, medianInPage, startBenchBrowser } from './in-chromium';

const COPIES = 60;
const RUNS = 51;
/** Hits per timed run: one hit is below the resolution of `performance.now()` in a page. */
const HITS = 1000;

export async function benchHitTest(): Promise<Record<string, number>> {
  const script = await bundleForPage('./hit-entry.ts');
  const html = await readFile(join(PAGES_DIR, 'cca-en-xian-summit-trade', 'source.html'), 'utf8');
  // The article's paragraphs, repeated: one long article rather than many pages in one.
  const paragraphs = /<p>[\s\S]*<\/p>/.exec(html)?.[0] ?? '';
  const browser = await startBenchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent(html.replace(paragraphs, paragraphs.repeat(COPIES)));
    await page.addScriptTag({ content: script });
    const figures = await page.evaluate(() =>
      (globalThis as unknown as { caravanHit: { prepare: () => number } }).caravanHit.prepare(),
    );
    const found = await page.evaluate(() =>
      (globalThis as unknown as { caravanHit: { hit: () => number } }).caravanHit.hit(),
    );
    const ms = (await medianInPage(page, RUNS, `for (let i = 0; i < ${HITS}; i++) caravanHit.hit()`)) / HITS;
    console.log(
      `hit test (Chromium, median of ${RUNS} × ${HITS}): ${figures} painted figures, a click finds figure ${found}`,
    );
    return { card_hit_figures: figures, card_hit_ms: Number(ms.toFixed(4)) };
  } finally {
    await browser.close();
  }
}
