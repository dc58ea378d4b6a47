import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { removeSaved, restoreSaved, SaveError, saveArticle } from '@/lib/list/save-article';
import { searchIds } from '@/lib/list/search-index';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { mentionsOf } from '@/lib/store/mentions-of';
import { articleCapture } from '../../support/capture';
import { figureSummary } from '../../support/page-report';

let n = 0;
let db: CaravanDb;
beforeEach(() => {
  db = openDb(`list-${++n}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const english = articleCapture('https://a.example/rail', 'Railway to Kazakhstan opens', [
  'The new line carries 1,200 containers a week.',
  'Freight volumes doubled.',
]);
const chinese = articleCapture(
  'https://b.example/trade',
  '中国与中亚贸易创新高',
  ['今年前四个月，中国与中亚五国贸易额达1730亿元。'],
  { lang: 'zh' },
);
const russian = articleCapture(
  'https://c.example/gas',
  'Газопровод в Китай',
  ['Поставки газа выросли на 5%.'],
  {
    lang: 'ru',
  },
);

test('a saved article is found by words of its title and text, in any of the three languages', async () => {
  const [a, b, c] = [
    await saveArticle(db, english),
    await saveArticle(db, chinese),
    await saveArticle(db, russian),
  ];
  expect(await searchIds(db, 'railway')).toEqual([a]);
  expect(await searchIds(db, 'FREIGHT containers')).toEqual([a]);
  expect(await searchIds(db, '中亚贸易')).toEqual([b]);
  expect(await searchIds(db, '贸易额')).toEqual([b]);
  expect(await searchIds(db, 'газа')).toEqual([c]);
  // The last word may be unfinished; earlier ones must be whole.
  expect(await searchIds(db, 'kazak')).toEqual([a]);
  expect(await searchIds(db, 'газопр')).toEqual([c]);
  expect(await searchIds(db, 'railway 中亚')).toEqual([]);
  expect(await searchIds(db, 'nowhere')).toEqual([]);
  expect(await searchIds(db, '  ')).toBeNull();
});

test('saving marks the article saved and records its figures as a visit does', async () => {
  const capture = articleCapture('https://a.example/x', 'Trade', ['Trade reached $5 billion.'], {
    figures: [figureSummary(0, '$5 billion')],
  });
  const id = await saveArticle(db, capture);
  expect((await db.articles.get(id))?.saved).toBe(1);
  expect((await mentionsOf(db, id)).map((m) => m.text)).toEqual(['$5 billion']);
  expect((await db.bodies.get(id))?.blocks).toEqual(['Trade reached $5 billion.']);
});

test('saving again is one entry, with the new text indexed and the old not, keeping tags, note and date', async () => {
  const id = await saveArticle(db, english, 1000);
  await db.copies.update(id, { tags: ['rail'], note: 'follow up', read: 1 });
  const again = await saveArticle(db, { ...english, blocks: ['Passenger trains start in May.'] }, 5000);
  expect(again).toBe(id);
  expect(await db.copies.count()).toBe(1);
  expect(await db.copies.get(id)).toMatchObject({
    savedAt: 1000,
    tags: ['rail'],
    note: 'follow up',
    read: 1,
  });
  expect(await searchIds(db, 'passenger')).toEqual([id]);
  expect(await searchIds(db, 'freight')).toEqual([]);
});

test('a page without article text is refused, and nothing is written', async () => {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key) => `[${key}]`);
  await expect(saveArticle(db, articleCapture('https://a.example/empty', 'Empty', ['  ']))).rejects.toEqual(
    new SaveError('[listNothingToSave]'),
  );
  expect(await db.articles.count()).toBe(0);
});

test('deleting takes the article off the list and out of search; undo puts back exactly what was there', async () => {
  const id = await saveArticle(db, chinese, 1000);
  await db.copies.update(id, { tags: ['贸易'], note: '核对海关数据' });
  const before = await db.copies.get(id);
  const removed = await removeSaved(db, id);
  expect(await db.copies.count()).toBe(0);
  expect(await db.bodies.count()).toBe(0);
  expect(await db.terms.count()).toBe(0);
  expect(await searchIds(db, '中亚')).toEqual([]);
  expect((await db.articles.get(id))?.saved).toBe(0);
  if (!removed) throw new Error('nothing removed');
  await restoreSaved(db, removed);
  expect(await db.copies.get(id)).toEqual(before);
  expect(await searchIds(db, '中亚')).toEqual([id]);
  expect((await db.articles.get(id))?.saved).toBe(1);
  expect(await removeSaved(db, 999)).toBeNull();
});
