import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageScanHandlers } from '@/lib/background/page-scans';
import { prefilterPage } from '@/lib/content/prefilter-page';
import { scanPage } from '@/lib/content/scan-page';
import { BlockFigureCache, scanPageSliced } from '@/lib/content/scan-page-sliced';
import { createSlicer } from '@/lib/content/yield-to-main';
import { handleMessages, type Protocol } from '@/lib/messages';
import { parseHtml } from '@/lib/scan/parse-html';
import { TOPIC_TEXT_CHARS, topicBlocks } from '@/lib/scan/read-block-texts';
import { PAGES_DIR } from '../../../scripts/lib/demo-server';

/** The 'page:scan' requests the background received. */
let scans: Protocol['page:scan']['request'][] = [];
let stopBackground = () => {};

beforeEach(() => {
  fakeBrowser.reset();
  scans = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = message as { type: string; payload: Protocol['page:scan']['request'] };
    if (type === 'page:scan') scans.push(payload);
    return undefined;
  });
  stopBackground = handleMessages(pageScanHandlers());
});
afterEach(() => stopBackground());

/** A slicer that pauses at every checkpoint: the most interrupted run a scan can have. */
function everyStep() {
  const state = { pauses: 0 };
  const slicer = createSlicer(new AbortController().signal, {
    budgetMs: 0,
    yielder: async () => {
      state.pauses++;
    },
  });
  return { slicer, state };
}

async function demoPage(slug: string) {
  return parseHtml(await readFile(join(PAGES_DIR, slug, 'source.html'), 'utf8'), `http://127.0.0.1/${slug}/`);
}

describe('scanPageSliced', () => {
  test.each([
    'cca-en-xian-summit-trade',
    'cca-zh-trade-2025-100bn',
    'lookalike-china-eu-trade',
    'cca-zh-customs-table-units',
  ])('finds what the one-piece scan finds on %s, however often it pauses', async (slug) => {
    const page = await demoPage(slug);
    const whole = scanPage(page.document);
    const { slicer, state } = everyStep();
    const sliced = await scanPageSliced(page.document, slicer, new BlockFigureCache());
    expect(sliced.scan?.topic.isTopic).toBe(whole?.topic.isTopic);
    expect(sliced.scan?.figures.map((f) => [f.block, f.text])).toEqual(
      whole?.figures.map((f) => [f.block, f.text]),
    );
    // Between the prefilter, the article region's steps and the background's answer.
    expect(state.pauses).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  test('a rescan has the background read only the blocks the page has not read before', async () => {
    const page = await demoPage('cca-en-xian-summit-trade');
    const cache = new BlockFigureCache();
    const first = await scanPageSliced(page.document, everyStep().slicer, cache);
    const read = cache.size;
    const added = page.document.createElement('p');
    added.textContent = 'Rail freight between China and Kazakhstan grew 12 percent to 3.2 million tonnes.';
    first.scan?.blocks.at(-1)?.element.after(added);
    const second = await scanPageSliced(page.document, everyStep().slicer, cache);
    expect(cache.size).toBe(read + 1);
    // The second request marks every block but the new one as known: their figures come from the cache.
    const blocks = second.scan?.blocks.length ?? 0;
    expect(scans.at(-1)?.known).toHaveLength(blocks - 1);
    expect(scans.at(-1)?.known).not.toContain(blocks - 1);
    expect(second.scan?.figures.map((f) => f.text)).toEqual(
      expect.arrayContaining([
        ...(first.scan?.figures.map((f) => f.text) ?? []),
        '12 percent',
        '3.2 million tonnes',
      ]),
    );
    await page.close();
  });
});

test("a rescan reads a table's cells again when the unit the table declares changed, their text not", async () => {
  const page = await demoPage('cca-zh-customs-table-units');
  const cache = new BlockFigureCache();
  const readingOf = (scan: Awaited<ReturnType<typeof scanPageSliced>>) =>
    scan.scan?.figures.find((figure) => figure.text === '1,286.4');
  expect(readingOf(await scanPageSliced(page.document, everyStep().slicer, cache))).toMatchObject({
    value: 128_640_000_000,
    unit: 'CNY',
  });
  const caption = page.document.querySelector('caption') as Element;
  caption.textContent = '前三季度新疆对中亚五国进出口（单位：亿美元）';
  expect(readingOf(await scanPageSliced(page.document, everyStep().slicer, cache))).toMatchObject({
    value: 128_640_000_000,
    unit: 'USD',
  });
  await page.close();
});

describe('prefilterPage', () => {
  test('reads a huge text node in chunks and still finds names cut by a chunk boundary', async () => {
    const page = parseHtml('<html><body><p id="p"></p></body></html>', 'http://127.0.0.1/');
    const filler = 'word '.repeat(13_107); // 65,535 characters: "Kazakhstan" straddles the first chunk's end.
    (page.document.getElementById('p') as Element).textContent =
      `${filler}Kazakhstan and ${'more '.repeat(50_000)}China`;
    const { slicer, state } = everyStep();
    expect((await prefilterPage(page.document.body, slicer)).mightBeTopic).toBe(true);
    expect(state.pauses).toBeGreaterThan(1);
    (page.document.getElementById('p') as Element).textContent = `${filler} and only China`;
    expect((await prefilterPage(page.document.body, everyStep().slicer)).mightBeTopic).toBe(false);
    await page.close();
  });
});

test('the topic decision reads the article up to its bound of text', () => {
  const block = 'x'.repeat(1000);
  const blocks = Array.from({ length: 200 }, () => block);
  const read = topicBlocks(blocks);
  expect(read.length).toBe(Math.ceil(TOPIC_TEXT_CHARS / 1000));
  expect(topicBlocks(['a', 'b'])).toEqual(['a', 'b']);
});
