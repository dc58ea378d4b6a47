// What the reading list shows: saved copies filtered, sorted and paged. Every filter is answered from an index's
// keys (article ids) and the search from its posting lists, never from the entries: only the entries of the page
// shown are read (or, when few match, the matches). Bodies are never read.
import type { CaravanDb } from '../store/db';
import type { SavedCopyRow } from '../store/rows';
import { intersect, searchIds } from './search-index';

export type ListSort = 'saved-desc' | 'saved-asc' | 'published-desc' | 'title';
export type ListSince = 'all' | 'day' | 'week' | 'month' | 'year';
export type ListReadState = 'all' | 'unread' | 'read';

/** The reader's choices above the list; empty strings mean "any". */
export interface ListQuery {
  text: string;
  site: string;
  lang: string;
  tag: string;
  since: ListSince;
  read: ListReadState;
  sort: ListSort;
}

export const DEFAULT_QUERY: ListQuery = {
  text: '',
  site: '',
  lang: '',
  tag: '',
  since: 'all',
  read: 'all',
  sort: 'saved-desc',
};

const DAY_MS = 86_400_000;
const SINCE_MS: Record<ListSince, number> = {
  all: Number.POSITIVE_INFINITY,
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 31 * DAY_MS,
  year: 366 * DAY_MS,
};

/** The index each sort walks, and in which direction. Titles sort as the index orders them (by code point). */
const SORT_INDEX: Record<ListSort, { index: 'savedAt' | 'publishedAt' | 'title'; reverse: boolean }> = {
  'saved-desc': { index: 'savedAt', reverse: true },
  'saved-asc': { index: 'savedAt', reverse: false },
  'published-desc': { index: 'publishedAt', reverse: true },
  title: { index: 'title', reverse: false },
};

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of walking the sort's index: equal keys by article id, all reversed with the index. */
export function compareCopies(sort: ListSort): (a: SavedCopyRow, b: SavedCopyRow) => number {
  const { index, reverse } = SORT_INDEX[sort];
  const sign = reverse ? -1 : 1;
  return (a, b) => {
    const keys = index === 'savedAt' ? a.savedAt - b.savedAt : byCodePoint(a[index], b[index]);
    return sign * (keys || a.articleId - b.articleId);
  };
}

/** One page of the list and how many entries match in all. */
export interface ListPage {
  copies: SavedCopyRow[];
  total: number;
}

/** The ids passing each of the query's filters and its search, one list per filter in use. */
async function filterIds(db: CaravanDb, query: ListQuery, now: number): Promise<number[][]> {
  const lists: Promise<number[] | null>[] = [searchIds(db, query.text)];
  if (query.site) lists.push(db.copies.where('site').equals(query.site).primaryKeys());
  if (query.lang) lists.push(db.copies.where('lang').equals(query.lang).primaryKeys());
  if (query.tag) lists.push(db.copies.where('tags').equals(query.tag).primaryKeys());
  if (query.read !== 'all')
    lists.push(
      db.copies
        .where('read')
        .equals(query.read === 'read' ? 1 : 0)
        .primaryKeys(),
    );
  if (query.since !== 'all')
    lists.push(
      db.copies
        .where('savedAt')
        .aboveOrEqual(now - SINCE_MS[query.since])
        .primaryKeys(),
    );
  return (await Promise.all(lists)).filter((list) => list !== null);
}

/**
 * Up to this many matches are read whole and sorted in memory; more are picked by walking the sort's index
 * until a page is found, which reads few keys when matches are many.
 */
export const READ_WHOLE_UP_TO = 300;

/** The first `limit` saved copies that answer the query, and how many do. */
export async function queryList(
  db: CaravanDb,
  query: ListQuery,
  limit: number,
  now = Date.now(),
  readWholeUpTo = READ_WHOLE_UP_TO,
): Promise<ListPage> {
  const { index, reverse } = SORT_INDEX[query.sort];
  const ordered = reverse ? db.copies.orderBy(index).reverse() : db.copies.orderBy(index);
  const filters = await filterIds(db, query, now);
  if (filters.length === 0) {
    // The popup's first paint: one page off the index, and a count.
    const [copies, total] = await Promise.all([ordered.limit(limit).toArray(), db.copies.count()]);
    return { copies, total };
  }
  const passing = intersect(filters);
  if (passing.size <= readWholeUpTo) {
    const found = (await db.copies.bulkGet([...passing])).filter((copy) => copy !== undefined);
    return { copies: found.sort(compareCopies(query.sort)).slice(0, limit), total: found.length };
  }
  const ids: number[] = [];
  await ordered
    .until(() => ids.length >= limit)
    .eachPrimaryKey((id) => {
      if (passing.has(id)) ids.push(id);
    });
  const copies = await db.copies.bulkGet(ids);
  return { copies: copies.filter((copy) => copy !== undefined), total: passing.size };
}

/** The values the filters offer: every site, language and tag of the saved copies. */
export interface ListFacets {
  sites: string[];
  langs: string[];
  tags: string[];
}

/** Read off the indexes' keys: no entry is loaded. */
export async function readFacets(db: CaravanDb): Promise<ListFacets> {
  const [sites, langs, tags] = await Promise.all([
    db.copies.orderBy('site').uniqueKeys(),
    db.copies.orderBy('lang').uniqueKeys(),
    db.copies.orderBy('tags').uniqueKeys(),
  ]);
  return { sites: sites.map(String), langs: langs.map(String), tags: tags.map(String) };
}
