// The README's demo command without a display (`npm start -- --headless`) takes its screenshots with this code.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { captureDemo } from '../../scripts/lib/capture-demo';
import { listDemoPages } from '../../scripts/lib/demo-server';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { demoUrl, startBrowser } from './support/extension';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A PNG's width and height, from its header. */
async function pngSize(path: string): Promise<[number, number]> {
  const bytes = await readFile(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the headless demo screenshots a highlighted article scrolled to its figures, the panel, and both side by side', async () => {
  const out = await mkdtemp(join(tmpdir(), 'caravan-demo-'));
  const server = { url: demoUrl(), pages: await listDemoPages(), close: async () => {} };
  const shots = await captureDemo(browser, server, out, 'cca-en-xian-summit-trade');
  expect(shots.map((path) => path.slice(out.length + 1))).toEqual([
    'article.png',
    'popup.png',
    'overview.png',
  ]);
  expect(await pngSize(shots[1] as string)).toEqual([400, 600]);
  expect(await pngSize(shots[2] as string)).toEqual([1640, 920]);
  // The article's screenshot shows painted figures: the first one lies inside the window.
  const [page] = browser.context.pages().filter((open) => open.url().includes('cca-en-xian-summit-trade'));
  const top = await page?.evaluate(() => {
    const [first] = [...CSS.highlights.values()].flatMap((highlight) => [...highlight]);
    if (!first) return -1;
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(first.endContainer, first.endOffset);
    const box = range.getBoundingClientRect();
    return box.height > 0 && box.bottom <= window.innerHeight ? box.top : -1;
  });
  expect(top).toBeGreaterThanOrEqual(0);
});
