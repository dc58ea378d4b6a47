import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_QUERY, type ListQuery, queryList, readFacets } from '@/lib/list/query-list';
import { saveArticle } from '@/lib/list/save-article';
import { intersect } from '@/lib/list/search-index';
import { type CaravanDb, openDb } from '@/lib/store/db';
import type { SavedCopyRow } from '@/lib/store/rows';
import { articleCapture } from '../../support/capture';
import { savedCopy } from '../../support/saved-copy';

const DAY = 86_400_000;
const NOW = 100 * DAY;

const copy = (articleId: number, fields: Partial<SavedCopyRow>) =>
  savedCopy(articleId, { savedAt: NOW - articleId * DAY, ...fields });

const copies = [
  copy(1, { site: 'b.example', lang: 'zh', title: '中亚', tags: ['trade'], publishedAt: '2024-05-01' }),
  copy(2, { read: 1, title: 'Beta', publishedAt: '2025-01-01' }),
  copy(3, { lang: 'ru', title: 'alpha', tags: ['trade', 'gas'] }),
  copy(40, { title: 'Old one', read: 1 }),
];
const ids = (rows: SavedCopyRow[]) => rows.map((row) => row.articleId);
const query = (fields: Partial<ListQuery>): ListQuery => ({ ...DEFAULT_QUERY, ...fields });

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

test('the ids that pass every filter', () => {
  expect([...intersect([[5, 4, 3, 2, 1]])]).toEqual([5, 4, 3, 2, 1]);
  expect(
    [
      ...intersect([
        [1, 3, 4],
        [4, 1, 9],
      ]),
    ].sort(),
  ).toEqual([1, 4]);
  expect([...intersect([[1], []])]).toEqual([]);
});

// Few matches are read whole and sorted in memory; many are picked by walking the sort's index. Both must agree.
describe.each([
  ['read whole', 300],
  ['walked', 0],
])('filters and sorts, matches %s', (_, readWholeUpTo) => {
  const list = async (fields: Partial<ListQuery>) => {
    const page = await queryList(db, query(fields), 50, NOW, readWholeUpTo);
    expect(page.total).toBe(page.copies.length);
    return ids(page.copies);
  };
  beforeEach(async () => {
    await db.copies.bulkPut(copies);
  });

  test('each filter keeps only what it names, and filters combine', async () => {
    expect(await list({ site: 'b.example' })).toEqual([1]);
    expect(await list({ lang: 'ru' })).toEqual([3]);
    expect(await list({ tag: 'trade' })).toEqual([1, 3]);
    expect(await list({ read: 'unread' })).toEqual([1, 3]);
    expect(await list({ read: 'read' })).toEqual([2, 40]);
    expect(await list({ since: 'week' })).toEqual([1, 2, 3]);
    expect(await list({ since: 'day' })).toEqual([1]);
    expect(await list({ tag: 'trade', lang: 'zh' })).toEqual([1]);
  });

  test('sorts: newest or oldest saved, publication date (undated last), title', async () => {
    const everything = { since: 'year' } as const;
    expect(await list({ ...everything, sort: 'saved-desc' })).toEqual([1, 2, 3, 40]);
    expect(await list({ ...everything, sort: 'saved-asc' })).toEqual([40, 3, 2, 1]);
    expect(await list({ ...everything, sort: 'published-desc' })).toEqual([2, 1, 40, 3]);
    expect(await list({ ...everything, sort: 'title' })).toEqual([2, 40, 3, 1]);
    // Without filters, a sort reads one page off its index.
    expect(ids((await queryList(db, query({ sort: 'title' }), 2, NOW)).copies)).toEqual([2, 40]);
  });
});
