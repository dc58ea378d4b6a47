import { afterEach, beforeEach, expect, test } from 'vitest';
import { DEFAULT_QUERY, filterAndSort, type ListQuery, queryList, readFacets } from '@/lib/list/query-list';
import { saveArticle } from '@/lib/list/save-article';
import { type CaravanDb, openDb } from '@/lib/store/db';
import type { SavedCopyRow } from '@/lib/store/rows';
import { articleCapture } from '../../support/capture';

const DAY = 86_400_000;
const NOW = 100 * DAY;

function copy(articleId: number, fields: Partial<SavedCopyRow>): SavedCopyRow {
  return {
    articleId,
    url: `https://a.example/${articleId}`,
    title: `Article ${articleId}`,
    site: 'a.example',
    siteName: '',
    lang: 'en',
    publishedAt: '',
    savedAt: NOW - articleId * DAY,
    read: 0,
    tags: [],
    note: '',
    excerpt: '',
    ...fields,
  };
}

const copies = [
  copy(1, { site: 'b.example', lang: 'zh', title: '中亚', tags: ['trade'], publishedAt: '2024-05-01' }),
  copy(2, { read: 1, title: 'Beta', publishedAt: '2025-01-01' }),
  copy(3, { lang: 'ru', title: 'alpha', tags: ['trade', 'gas'] }),
  copy(40, { title: 'Old one', read: 1 }),
];
const ids = (rows: SavedCopyRow[]) => rows.map((row) => row.articleId);
const query = (fields: Partial<ListQuery>): ListQuery => ({ ...DEFAULT_QUERY, ...fields });

test('each filter keeps only what it names, and filters combine', () => {
  expect(ids(filterAndSort(copies, query({ site: 'b.example' }), NOW))).toEqual([1]);
  expect(ids(filterAndSort(copies, query({ lang: 'ru' }), NOW))).toEqual([3]);
  expect(ids(filterAndSort(copies, query({ tag: 'trade' }), NOW))).toEqual([1, 3]);
  expect(ids(filterAndSort(copies, query({ read: 'unread' }), NOW))).toEqual([1, 3]);
  expect(ids(filterAndSort(copies, query({ read: 'read' }), NOW))).toEqual([2, 40]);
  expect(ids(filterAndSort(copies, query({ since: 'week' }), NOW))).toEqual([1, 2, 3]);
  expect(ids(filterAndSort(copies, query({ since: 'day' }), NOW))).toEqual([1]);
  expect(ids(filterAndSort(copies, query({ tag: 'trade', lang: 'zh' }), NOW))).toEqual([1]);
});

test('sorts: newest or oldest saved, publication date (undated last), title', () => {
  expect(ids(filterAndSort(copies, query({ sort: 'saved-desc' }), NOW))).toEqual([1, 2, 3, 40]);
  expect(ids(filterAndSort(copies, query({ sort: 'saved-asc' }), NOW))).toEqual([40, 3, 2, 1]);
  expect(ids(filterAndSort(copies, query({ sort: 'published-desc' }), NOW))).toEqual([2, 1, 3, 40]);
  expect(ids(filterAndSort(copies, query({ sort: 'title' }), NOW)).slice(0, 3)).toEqual([3, 2, 40]);
});

let db: CaravanDb;
let n = 0;
beforeEach(() => {
  db = openDb(`query-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

test('the list is read a page at a time, newest first, with the total; search and filters combine', async () => {
  for (let i = 1; i <= 12; i++) {
    const lang = i % 3 === 0 ? 'zh' : 'en';
    const text = lang === 'zh' ? `第${i}篇：中亚铁路运输` : `Report ${i} on the railway`;
    await saveArticle(
      db,
      articleCapture(`https://s${i % 2}.example/${i}`, `Title ${i}`, [text], { lang }),
      i * 1000,
    );
  }
  const first = await queryList(db, DEFAULT_QUERY, 5);
  expect(first.total).toBe(12);
  expect(first.copies.map((c) => c.title)).toEqual([
    'Title 12',
    'Title 11',
    'Title 10',
    'Title 9',
    'Title 8',
  ]);
  const chinese = await queryList(db, query({ text: '铁路' }), 50);
  expect(chinese.total).toBe(4);
  const mixed = await queryList(db, query({ text: 'railway', site: 's1.example' }), 50);
  expect(mixed.copies.map((c) => c.title).sort()).toEqual(['Title 1', 'Title 11', 'Title 5', 'Title 7']);
  expect(await readFacets(db)).toEqual({
    sites: ['s0.example', 's1.example'],
    langs: ['en', 'zh'],
    tags: [],
  });
});
