// What the reading list shows: saved copies filtered, sorted and paged. The first page of the unfiltered list
// is read straight off the savedAt index, so the popup paints without reading all 10,000 entries; filters,
// other sorts and searches read the lean list entries (never the texts) and work in memory.
import type { CaravanDb } from '../store/db';
import type { SavedCopyRow } from '../store/rows';
import { searchIds } from './search-index';

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

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const COMPARE: Record<ListSort, (a: SavedCopyRow, b: SavedCopyRow) => number> = {
  'saved-desc': (a, b) => b.savedAt - a.savedAt,
  'saved-asc': (a, b) => a.savedAt - b.savedAt,
  // Undated articles last.
  'published-desc': (a, b) =>
    (b.publishedAt || '0').localeCompare(a.publishedAt || '0') || b.savedAt - a.savedAt,
  title: (a, b) => collator.compare(a.title, b.title),
};

/** The copies that pass the query's filters (not its text), in the query's order. */
export function filterAndSort(
  copies: readonly SavedCopyRow[],
  query: ListQuery,
  now: number,
): SavedCopyRow[] {
  const oldest = now - SINCE_MS[query.since];
  return copies
    .filter(
      (copy) =>
        (!query.site || copy.site === query.site) &&
        (!query.lang || copy.lang === query.lang) &&
        (!query.tag || copy.tags.includes(query.tag)) &&
        copy.savedAt >= oldest &&
        (query.read === 'all' || copy.read === (query.read === 'read' ? 1 : 0)),
    )
    .sort(COMPARE[query.sort]);
}

/** One page of the list and how many entries match in all. */
export interface ListPage {
  copies: SavedCopyRow[];
  total: number;
}

function isDefault(query: ListQuery): boolean {
  return (Object.keys(DEFAULT_QUERY) as (keyof ListQuery)[]).every(
    (key) => query[key] === DEFAULT_QUERY[key],
  );
}

/** The first `limit` saved copies that answer the query. */
export async function queryList(
  db: CaravanDb,
  query: ListQuery,
  limit: number,
  now = Date.now(),
): Promise<ListPage> {
  if (isDefault(query)) {
    const [copies, total] = await Promise.all([
      db.copies.orderBy('savedAt').reverse().limit(limit).toArray(),
      db.copies.count(),
    ]);
    return { copies, total };
  }
  const ids = await searchIds(db, query.text);
  const candidates =
    ids === null
      ? await db.copies.toArray()
      : (await db.copies.bulkGet(ids)).filter((copy) => copy !== undefined);
  const matching = filterAndSort(candidates, query, now);
  return { copies: matching.slice(0, limit), total: matching.length };
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
