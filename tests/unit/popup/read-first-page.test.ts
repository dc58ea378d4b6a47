import { afterEach, expect, test } from 'vitest';
import { DEFAULT_QUERY, queryList } from '@/lib/list/query-list';
import { readFirstPage } from '@/lib/popup/read-first-page';
import { openDb } from '@/lib/store/db';
import { savedCopy } from '../../support/saved-copy';

/** Copies that differ in every field the list shows. */
const copy = (articleId: number, savedAt: number) =>
  savedCopy(articleId, {
    savedAt,
    siteName: 'A',
    read: articleId % 2 ? 1 : 0,
    tags: articleId % 3 ? [] : ['trade'],
    note: articleId % 4 ? '' : 'a note',
    excerpt: `The start of article ${articleId}`,
  });

let n = 0;
const names: string[] = [];
const nextName = () => {
  const name = `first-page-${++n}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await openDb(name).delete();
});

test('the first page is the one the list query gives: newest first, ties by id, with the total', async () => {
  const name = nextName();
  const db = openDb(name);
  // Saved at the same moment (an import) and out of id order, so ties and order both count.
  const rows = [5, 1, 9, 3, 7, 2, 8].map((id) => copy(id, id < 6 ? 1000 : 500 + id));
  await db.copies.bulkPut(rows);
  const expected = await queryList(db, DEFAULT_QUERY, 4);
  db.close();

  const page = await readFirstPage(4, name);
  expect({ copies: page?.copies, total: await page?.total }).toEqual(expected);
  expect(page?.copies.map((row) => row.articleId)).toEqual([5, 3, 2, 1]);
  expect(await page?.total).toBe(7);
  expect((await readFirstPage(30, name))?.copies).toHaveLength(7);
});

test('browsers without getAllRecords read the same page with a cursor', async () => {
  const name = nextName();
  const db = openDb(name);
  await db.copies.bulkPut([4, 2, 6, 1, 5, 3].map((id) => copy(id, id > 3 ? 2000 : 100 * id)));
  db.close();
  const withRecords = await readFirstPage(3, name);
  const prototype = IDBIndex.prototype as { getAllRecords?: unknown };
  const getAllRecords = prototype.getAllRecords;
  expect(getAllRecords).toBeTypeOf('function');
  delete prototype.getAllRecords;
  try {
    const withCursor = await readFirstPage(3, name);
    expect(withCursor?.copies.map((row) => row.articleId)).toEqual([6, 5, 4]);
    expect(withCursor?.copies).toEqual(withRecords?.copies);
    expect(await withCursor?.total).toBe(6);
  } finally {
    prototype.getAllRecords = getAllRecords;
  }
});

test('an empty list reads as an empty page', async () => {
  const name = nextName();
  const db = openDb(name);
  await db.open();
  db.close();
  const page = await readFirstPage(30, name);
  expect(page?.copies).toEqual([]);
  expect(await page?.total).toBe(0);
});

test('a store that does not exist yet is left for Dexie to create, not created empty', async () => {
  const name = nextName();
  expect(await readFirstPage(30, name)).toBeNull();
  const existing = await indexedDB.databases();
  expect(existing.map((info) => info.name)).not.toContain(name);
  // Dexie then creates it with the whole schema.
  const db = openDb(name);
  await db.copies.put(copy(1, 1));
  expect(await db.copies.count()).toBe(1);
  db.close();
});

test('a store of an older schema is left for Dexie to upgrade', async () => {
  const name = nextName();
  const old = openDb(name, 3);
  await old.open();
  old.close();
  expect(await readFirstPage(30, name)).toBeNull();
  const db = openDb(name);
  await db.copies.put(copy(1, 1));
  expect(db.verno).toBeGreaterThan(3);
  db.close();
  expect(await (await readFirstPage(30, name))?.total).toBe(1);
});
