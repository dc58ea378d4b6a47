import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ReadingListExport } from '@/lib/list/list-export';
import { listDemoPages } from '../../scripts/lib/demo-server';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { accessibilityViolations, demoUrl, startBrowser, waitForScan } from './support/extension';
import { clickCardButton, pointAtFigure, readCard } from './support/figure-card';

let browser: ExtensionBrowser;
const pages = await listDemoPages();
const english = pages.find((page) => page.topic && page.lang === 'en' && page.figureCount > 0);
const chinese = pages.find((page) => page.topic && page.lang === 'zh' && page.figureCount > 0);
const russian = pages.find((page) => page.topic && page.lang === 'ru' && page.figureCount > 0);
if (!english || !chinese || !russian) throw new Error('The demo site needs an article in each language');
/** An article none of the other tests saves. */
const another = pages.find(
  (page) => page.topic && page.figureCount > 0 && ![english, chinese, russian].includes(page),
);
if (!another) throw new Error('The demo site needs a fourth article');

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a demo article and returns its tab id once the content script has answered. */
async function openArticle(slug: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}${slug}/`);
  return { page, tabId: await waitForScan(browser, page) };
}

/** The panel's Reading list view, as a page of its own, once it has left its loading state. */
async function openList(target: ExtensionBrowser, tabId?: number): Promise<Page> {
  const panel = await target.context.newPage();
  const tab = tabId === undefined ? '' : `&tab=${tabId}`;
  await panel.goto(`chrome-extension://${target.extensionId}/popup.html?view=list${tab}`);
  await panel.waitForSelector('.saved-list, .status-title:not(:text("…"))');
  await panel.waitForFunction(() => !document.querySelector('.status-title')?.textContent?.includes('…'));
  return panel;
}

// Text content, not rendered text: entries below the fold are not laid out (content-visibility), so they have
// no inner text until scrolled to, though they are in the page and the accessibility tree.
const titles = (panel: Page) => panel.locator('.saved-title').allTextContents();

/** What the browser would deliver to a listener: the tab as `tabs.get` gives it. */
async function callSaveEntry(kind: 'menu' | 'command', tabId: number): Promise<number | null> {
  return browser.worker.evaluate(
    async ({ kind, tabId }) => {
      const tab = await chrome.tabs.get(tabId);
      const entries = (
        globalThis as unknown as {
          caravanSaveEntries: Record<string, (...args: unknown[]) => Promise<number | null>>;
        }
      ).caravanSaveEntries;
      return kind === 'menu'
        ? entries.onMenuClicked?.(
            { menuItemId: 'caravan-save-to-list', editable: false, pageUrl: tab.url },
            tab,
          )
        : entries.onCommand?.('save-to-reading-list', tab);
    },
    { kind, tabId },
  ) as Promise<number | null>;
}

test('an empty list says so; "Save this page" saves the article in the popup and lists it', async () => {
  const { page, tabId } = await openArticle(english.slug);
  const panel = await openList(browser, tabId);
  await expect.poll(() => panel.locator('.status-title').innerText()).toBe('Your reading list is empty.');
  await panel.getByRole('button', { name: 'Save this page' }).click();
  await expect.poll(() => panel.locator('.list-notice').innerText()).toBe(`Saved “${english.title}”.`);
  await expect.poll(() => titles(panel)).toEqual([english.title]);
  expect(await accessibilityViolations(panel)).toEqual([]);
  await panel.close();
  await page.close();
});

test('the page context-menu item and the keyboard shortcut save the article of their tab', async () => {
  // The menu item exists (updating an unknown item fails) and the shortcut is declared with a key.
  await browser.worker.evaluate(() => chrome.contextMenus.update('caravan-save-to-list', {}));
  const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
  expect(commands.find((command) => command.name === 'save-to-reading-list')?.shortcut).toBeTruthy();

  const zh = await openArticle(chinese.slug);
  expect(await callSaveEntry('menu', zh.tabId)).toEqual(expect.any(Number));
  const ru = await openArticle(russian.slug);
  expect(await callSaveEntry('command', ru.tabId)).toEqual(expect.any(Number));
  // Saving the same article again is no second entry.
  expect(await callSaveEntry('command', ru.tabId)).toEqual(await callSaveEntry('menu', ru.tabId));

  const panel = await openList(browser);
  await expect
    .poll(async () => (await titles(panel)).sort())
    .toEqual([english.title, chinese.title, russian.title].sort());
  await panel.close();
  await zh.page.close();
  await ru.page.close();
});

test('search finds saved articles by their title and text, in Chinese too', async () => {
  const panel = await openList(browser);
  const search = panel.getByRole('searchbox', { name: 'Search titles and text' });
  const han = [...chinese.title]
    .filter((char) => /\p{Script=Han}/u.test(char))
    .slice(0, 4)
    .join('');
  await search.fill(han);
  await expect.poll(() => titles(panel)).toEqual([chinese.title]);
  const word = english.title.split(/\W+/).find((part) => part.length >= 5) ?? '';
  await search.fill(word.toUpperCase());
  await expect.poll(() => titles(panel)).toEqual([english.title]);
  await search.fill('zzzz nothing like this');
  await expect.poll(() => panel.locator('.status-title').innerText()).toBe('No saved article matches.');
  await search.fill('');
  await expect.poll(async () => (await titles(panel)).length).toBe(3);
  // Filters: the language filter keeps the Russian article only.
  await panel.getByLabel('Language').selectOption('ru');
  await expect.poll(() => titles(panel)).toEqual([russian.title]);
  await panel.close();
});

test('delete takes an article off the list and Undo brings it back', async () => {
  const panel = await openList(browser);
  await panel.getByRole('button', { name: `Delete “${russian.title}”` }).click();
  await expect.poll(async () => (await titles(panel)).includes(russian.title)).toBe(false);
  await expect.poll(() => panel.locator('.list-notice').innerText()).toContain(`Deleted “${russian.title}”.`);
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await titles(panel)).includes(russian.title)).toBe(true);
  await panel.close();
});

test('"Tags and note" opens fields that retag and annotate an entry, kept after the popup reopens', async () => {
  const panel = await openList(browser);
  const entry = panel.locator('.saved-item', { hasText: english.title });
  // The fields are built once the disclosure opens.
  await expect.poll(() => entry.locator('input, textarea').count()).toBe(0);
  await entry.getByText('Tags and note').click();
  await entry.getByLabel('Tags (comma-separated)').fill('rail, 中亚');
  await entry.getByLabel('Tags (comma-separated)').blur();
  await expect.poll(() => entry.locator('.saved-meta').innerText()).toContain('#rail #中亚');
  await entry.getByLabel('Note').fill('Compare with the customs figures.');
  await entry.getByLabel('Note').blur();
  await expect.poll(() => entry.locator('.saved-note').innerText()).toBe('Compare with the customs figures.');
  await panel.close();

  const again = await openList(browser);
  const kept = again.locator('.saved-item', { hasText: english.title });
  expect(await kept.locator('.saved-meta').innerText()).toContain('#rail #中亚');
  await kept.getByText('Tags and note').click();
  await expect.poll(() => kept.getByLabel('Tags (comma-separated)').inputValue()).toBe('rail, 中亚');
  expect(await kept.getByLabel('Note').inputValue()).toBe('Compare with the customs figures.');
  await again.close();
});

test('a saved copy opens with the network blocked, its text as text and its figures marked', async () => {
  const panel = await openList(browser);
  const href = await panel.locator('.saved-title', { hasText: chinese.title }).getAttribute('href');
  await panel.close();
  const requests: string[] = [];
  await browser.context.route(/^https?:/, (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await browser.context.setOffline(true);
  try {
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/${href}`);
    await expect.poll(() => reader.locator('h1').innerText()).toBe(chinese.title);
    const marks = await reader.locator('.saved-text mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    // Every figure the store holds for the article is marked, in reading order.
    const stored = await reader.evaluate(
      async (id) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('caravan');
          request.onupgradeneeded = () => request.transaction?.abort();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const row = await new Promise<{ figures: { text: string }[] } | undefined>((resolve, reject) => {
          const request = db.transaction('articleFigures').objectStore('articleFigures').get(id);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const mentions = row?.figures ?? [];
        db.close();
        return mentions.map((mention) => mention.text);
      },
      Number(new URLSearchParams(href?.split('?')[1]).get('id')),
    );
    expect(marks).toEqual(stored);
    // Only paragraphs and marks: nothing of the page's markup came along.
    const tags = await reader.evaluate(() =>
      [...new Set([...document.querySelectorAll('.saved-text *')].map((element) => element.tagName))].sort(),
    );
    expect(tags).toEqual(['MARK', 'P']);
    expect(await accessibilityViolations(reader)).toEqual([]);
    // An address naming no saved article says so.
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?id=999999`);
    await expect
      .poll(() => reader.locator('.status-title').innerText())
      .toBe('This saved article is not in your reading list.');
    expect(requests).toEqual([]);
    await reader.close();
  } finally {
    await browser.context.setOffline(false);
    await browser.context.unroute(/^https?:/);
  }
  // Opening it marked it read.
  const after = await openList(browser);
  await after.getByLabel('Status').selectOption('read');
  await expect.poll(() => titles(after)).toEqual([chinese.title]);
  await after.close();
});

/** A file to pick in an import, in a folder of its own. */
async function writeTemp(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'caravan-list-')), 'import.json');
  await writeFile(path, text);
  return path;
}

/** Clicks an export button and returns the downloaded file's text. */
async function download(panel: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('export as Markdown, CSV and JSON; the JSON imported into a fresh profile brings back everything', async () => {
  const panel = await openList(browser);
  const markdown = await download(panel, 'Export Markdown');
  expect(markdown.name).toMatch(/^caravan-reading-list-\d{4}-\d{2}-\d{2}\.md$/);
  for (const page of [english, chinese, russian]) expect(markdown.text).toContain(`## ${page.title}`);
  const csv = await download(panel, 'Export CSV');
  expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(4);
  const json = await download(panel, 'Export JSON');
  const exported = JSON.parse(json.text) as ReadingListExport;
  expect(exported.articles).toHaveLength(3);
  await panel.close();

  const fresh = await startBrowser();
  try {
    const freshPanel = await openList(fresh);
    await expect
      .poll(() => freshPanel.locator('.status-title').innerText())
      .toBe('Your reading list is empty.');
    await freshPanel.locator('.list-import').setInputFiles(await writeTemp(json.text));
    await expect.poll(() => freshPanel.locator('.list-notice').innerText()).toBe('Imported 3 articles.');
    await expect.poll(async () => (await titles(freshPanel)).length).toBe(3);
    const again = JSON.parse((await download(freshPanel, 'Export JSON')).text) as ReadingListExport;
    expect({ ...again, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
    // A file that is not a reading list is refused with a message, and the list is unchanged.
    await freshPanel.locator('.list-import').setInputFiles(await writeTemp('{"hello": 1}'));
    await expect
      .poll(() => freshPanel.locator('.list-notice').innerText())
      .toBe('This file is not a Caravan reading-list export. Nothing was imported.');
    expect(await titles(freshPanel)).toHaveLength(3);
    await freshPanel.close();
  } finally {
    await fresh.close();
  }
});

test('a reopened popup lists the newest 30 first with the count, and "Show more" goes on in the same order', async () => {
  // 35 articles, five of them saved at the same moment (as an import saves them): ties must keep one order.
  const savedAt = (n: number) => 1_700_000_000_000 + (n <= 5 ? 0 : n) * 60_000;
  const articles: ReadingListExport['articles'] = Array.from({ length: 35 }, (_, i) => ({
    url: `https://order.example/${i + 1}`,
    canonicalUrl: `https://order.example/${i + 1}`,
    title: `Order test ${i + 1}`,
    site: 'order.example',
    siteName: 'Order',
    lang: 'en',
    publishedAt: '',
    savedAt: savedAt(i + 1),
    read: 0,
    tags: [],
    note: '',
    blocks: [`Text of article ${i + 1} about trade with Kazakhstan.`],
    figures: [],
  }));
  const list: ReadingListExport = { format: 'caravan-reading-list', version: 1, exportedAt: '', articles };
  const fresh = await startBrowser();
  try {
    const importing = await openList(fresh);
    await importing.locator('.list-import').setInputFiles(await writeTemp(JSON.stringify(list)));
    await expect.poll(() => importing.locator('.list-notice').innerText()).toBe('Imported 35 articles.');
    // The order the list has after a change, read through Dexie.
    await expect.poll(async () => (await titles(importing)).length).toBe(30);
    const afterImport = await titles(importing);
    await importing.close();

    // Reopened, the first page is read without Dexie: the same entries in the same order, and the count.
    const panel = await openList(fresh);
    // The first frame holds the entries that fit in the popup; the rest of the page follows a frame later.
    await expect.poll(async () => (await titles(panel)).length).toBe(30);
    const first = await titles(panel);
    expect(first).toEqual(afterImport);
    expect(first.slice(0, 3)).toEqual(['Order test 35', 'Order test 34', 'Order test 33']);
    // The count comes a moment after the entries: counting every row takes longer than reading thirty.
    await expect.poll(() => panel.locator('.list-count').innerText()).toBe('35 saved articles');
    await panel.getByRole('button', { name: 'Show more (5 left)' }).click();
    await expect.poll(async () => (await titles(panel)).length).toBe(35);
    expect((await titles(panel)).slice(0, 30)).toEqual(first);
    expect(await accessibilityViolations(panel)).toEqual([]);
    await panel.close();
  } finally {
    await fresh.close();
  }
});

test('a first read that is held up shows the loading state, then the list', async () => {
  // A write on the list's table, from another page of the extension: IndexedDB holds reads of that table back
  // until the write is done, as a large import or a slow disk would. It lasts until the test lets it go (or 30 s).
  const writer = await browser.context.newPage();
  await writer.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  await writer.evaluate(`new Promise((holding) => {
    globalThis.holdWrite = true;
    const request = indexedDB.open('caravan');
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      const copies = db.transaction('copies', 'readwrite').objectStore('copies');
      const until = Date.now() + 30000;
      const keepWriting = () => {
        if (globalThis.holdWrite && Date.now() < until) copies.count().onsuccess = keepWriting;
        else db.close();
      };
      keepWriting();
      holding();
    };
  })`);
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/popup.html?view=list`);
  const status = panel.getByRole('status').filter({ hasText: 'Loading your reading list…' });
  await expect.poll(() => status.count()).toBe(1);
  expect(await panel.locator('.saved-item').count()).toBe(0);
  await writer.evaluate('globalThis.holdWrite = false');
  await panel.waitForSelector('.saved-item', { timeout: 10_000 });
  expect(await status.count()).toBe(0);
  expect((await titles(panel)).length).toBeGreaterThan(0);
  expect(await accessibilityViolations(panel)).toEqual([]);
  await panel.close();
  await writer.close();
});

test("the open panel's list shows an article saved from a page's card, without a reload", async () => {
  const panel = await openList(browser);
  const before = await titles(panel);
  expect(before).not.toContain(another.title);
  const { page } = await openArticle(another.slug);
  const point = await pointAtFigure(page, 0);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => readCard(page)).not.toBeNull();
  await clickCardButton(page, 'Save article');
  await expect
    .poll(async () => (await readCard(page))?.texts.join('\n'))
    .toContain('Saved to your reading list.');
  // The newest save comes first, and the count follows.
  await expect.poll(async () => (await titles(panel))[0]).toBe(another.title);
  await expect
    .poll(() => panel.locator('.list-count').innerText())
    .toBe(`${before.length + 1} saved articles`);
  await panel.close();
  await page.close();
});
