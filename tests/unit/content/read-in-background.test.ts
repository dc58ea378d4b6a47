import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageScanHandlers } from '@/lib/background/page-scans';
import { cutIntoPieces, readInBackground, TEXT_CHARS_PER_MESSAGE } from '@/lib/content/read-in-background';
import { BlockFigureCache, scanPageSliced } from '@/lib/content/scan-page-sliced';
import { createSlicer } from '@/lib/content/yield-to-main';
import { handleMessages } from '@/lib/messages';
import { FIGURES_PER_MESSAGE } from '@/lib/report-parts';
import { parseHtml } from '@/lib/scan/parse-html';
import { type BlockTexts, readBlockTexts } from '@/lib/scan/read-block-texts';
import { PAGES_DIR } from '../../../scripts/lib/demo-server';

/** Each message the background received: its type and how many characters of page text it carried. */
let sent: { type: string; chars: number }[] = [];
let stopBackground = () => {};
/** Called with each message before the background answers it; a test restarts the "worker" there. */
let onMessage: (type: string) => void = () => {};

/** A worker that restarted: its handlers, and the parts they held, are gone; fresh ones answer from now on. */
function restartBackground(): void {
  stopBackground();
  stopBackground = handleMessages(pageScanHandlers());
}

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  onMessage = () => {};
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = message as { type: string; payload: { texts?: string[] } };
    sent.push({ type, chars: (payload.texts ?? []).reduce((sum, text) => sum + text.length, 0) });
    onMessage(type);
    return undefined;
  });
  stopBackground = handleMessages(pageScanHandlers());
});
afterEach(() => stopBackground());

const slicer = () => createSlicer(new AbortController().signal, { yielder: async () => {} });
const count = (type: string) => sent.filter((message) => message.type === type).length;

/** An on-topic article with 150 paragraphs of two figures each and one paragraph of 74,200 characters. */
function longArticle(): BlockTexts {
  const blocks = Array.from(
    { length: 150 },
    (_, i) => `Rail freight between China and Kazakhstan grew ${i + 1} percent to ${i + 2}.5 million tonnes.`,
  );
  blocks.splice(3, 0, 'The corridor from China to Kazakhstan keeps growing. '.repeat(1400));
  return { title: 'China and Kazakhstan expand rail freight', lang: 'en', blocks, known: [] };
}

test('the pieces of a page hold its text whole, none longer than one message takes', () => {
  const texts = ['short', 'x'.repeat(150_000), '', 'tail'];
  const pieces = cutIntoPieces(texts);
  expect(pieces.join('')).toBe(texts.join(''));
  expect(pieces).toHaveLength(3);
  expect(Math.max(...pieces.map((piece) => piece.length))).toBe(TEXT_CHARS_PER_MESSAGE);
  expect(cutIntoPieces([])).toEqual([]);
});

test('a long article crosses in parts, its figures come back in parts, and the reading is the one made at once', async () => {
  const article = longArticle();
  const reading = await readInBackground(article, slicer());
  expect(reading).toEqual(readBlockTexts(article));
  expect(reading.topic.isTopic).toBe(true);
  expect(reading.topic.evidence.length).toBeGreaterThan(0);
  expect(reading.figures.length).toBeGreaterThan(FIGURES_PER_MESSAGE);
  expect(count('page:scan-part')).toBe(2);
  expect(Math.max(...sent.map((message) => message.chars))).toBeLessThanOrEqual(TEXT_CHARS_PER_MESSAGE);
  expect(count('page:scan')).toBe(1);
  expect(count('page:scan-figures')).toBe(Math.ceil(reading.figures.length / FIGURES_PER_MESSAGE) - 1);
});

test.each([
  ['between two parts of the text', 'page:scan-part', 2],
  ['while the page reads the figures of its answer', 'page:scan-figures', 1],
])('a worker that restarts %s is sent the whole scan once more', async (_when, type, at) => {
  let seen = 0;
  onMessage = (received) => {
    if (received === type && ++seen === at) restartBackground();
  };
  const article = longArticle();
  expect(await readInBackground(article, slicer())).toEqual(readBlockTexts(article));
  expect(count('page:scan')).toBe(2);
});

test('a worker that restarts at every part gives up after the third round', async () => {
  onMessage = (type) => {
    if (type === 'page:scan-part') restartBackground();
  };
  await expect(readInBackground(longArticle(), slicer())).rejects.toThrow(/arrived incomplete/);
  expect(count('page:scan')).toBe(3);
});

test('a page whose background cannot answer shows no figures, throws nothing and logs nothing', async () => {
  stopBackground();
  const warn = vi.spyOn(console, 'warn');
  const error = vi.spyOn(console, 'error');
  const html = await readFile(join(PAGES_DIR, 'cca-en-xian-summit-trade', 'source.html'), 'utf8');
  const page = parseHtml(html, 'http://127.0.0.1/cca-en-xian-summit-trade/');
  const found = await scanPageSliced(page.document, slicer(), new BlockFigureCache());
  expect(found.scan).toBeNull();
  expect(found.sample.length).toBeGreaterThan(0);
  expect(warn).not.toHaveBeenCalled();
  expect(error).not.toHaveBeenCalled();
  warn.mockRestore();
  error.mockRestore();
  await page.close();
});

test('a navigation in the middle of the parts stops the scan: nothing more is sent', async () => {
  const navigation = new AbortController();
  onMessage = (type) => {
    if (type === 'page:scan-part') navigation.abort();
  };
  const aborting = createSlicer(navigation.signal, { yielder: async () => {} });
  const html = `<html lang="en"><body><article><h1>China and Kazakhstan expand rail freight</h1>${longArticle()
    .blocks.map((text) => `<p>${text}</p>`)
    .join('')}</article></body></html>`;
  const page = parseHtml(html, 'http://127.0.0.1/long/');
  const scan = scanPageSliced(page.document, aborting, new BlockFigureCache());
  await expect(scan).rejects.toMatchObject({ name: 'AbortError' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(count('page:scan-part')).toBe(1);
  expect(count('page:scan')).toBe(0);
  await page.close();
});
