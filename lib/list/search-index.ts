// The reading list's full-text index: one row per term holding the ids of the saved articles that contain it
// (a posting list). A search reads one row per query term and intersects them, so it costs a few reads
// whatever the number of saved articles; bodies are never loaded to search.
import type { CaravanDb } from '../store/db';
import { indexTerms, queryTerms } from './tokenize';

/** A saved article as the index sees it. */
export interface IndexedText {
  articleId: number;
  title: string;
  blocks: readonly string[];
}

/** Every term a saved article is found by: its title's and its text's. */
export function termsOfCopy(copy: IndexedText): Set<string> {
  return indexTerms([copy.title, ...copy.blocks].join('\n'));
}

/** Adds articles to the index in one read and one write of the terms they hold (an import adds thousands). */
export async function addToIndex(db: CaravanDb, copies: readonly IndexedText[]): Promise<void> {
  const added = new Map<string, number[]>();
  for (const copy of copies) {
    for (const term of termsOfCopy(copy)) {
      const ids = added.get(term);
      if (ids) ids.push(copy.articleId);
      else added.set(term, [copy.articleId]);
    }
  }
  const keys = [...added.keys()];
  const rows = await db.terms.bulkGet(keys);
  await db.terms.bulkPut(
    keys.map((term, at) => {
      const ids = new Set(rows[at]?.ids ?? []);
      for (const id of added.get(term) ?? []) ids.add(id);
      return { term, ids: [...ids] };
    }),
  );
}

/** Takes one article out of the index: out of the posting list of every term its text held. */
export async function removeFromIndex(db: CaravanDb, copy: IndexedText): Promise<void> {
  const keys = [...termsOfCopy(copy)];
  const rows = await db.terms.bulkGet(keys);
  const kept = rows.flatMap((row) =>
    row ? [{ term: row.term, ids: row.ids.filter((id) => id !== copy.articleId) }] : [],
  );
  await db.terms.bulkPut(kept.filter((row) => row.ids.length > 0));
  await db.terms.bulkDelete(kept.filter((row) => row.ids.length === 0).map((row) => row.term));
}

/** At most this many index terms answer an unfinished word ("kaz…"), most of them rare. */
const PREFIX_TERMS = 400;

/**
 * The ids of the saved articles holding every term of the query, or null when the query has no terms (an empty
 * box searches nothing and the list shows everything).
 */
export async function searchIds(db: CaravanDb, query: string): Promise<number[] | null> {
  const { terms, prefix } = queryTerms(query);
  if (terms.length === 0 && !prefix) return null;
  const lists: number[][] = [];
  const rows = await db.terms.bulkGet(terms);
  for (const row of rows) {
    if (!row) return [];
    lists.push(row.ids);
  }
  if (prefix) {
    const started = await db.terms.where('term').startsWith(prefix).limit(PREFIX_TERMS).toArray();
    lists.push([...new Set(started.flatMap((row) => row.ids))]);
  }
  return [...intersect(lists)];
}

/** The ids in every one of `filters` (a search term's posting list, or the ids that pass one filter), in the order of the shortest. */
export function intersect(filters: readonly (readonly number[])[]): Set<number> {
  const [smallest = [], ...others] = [...filters].sort((a, b) => a.length - b.length);
  let passing = new Set(smallest);
  for (const other of others) {
    const holds = new Set(other);
    passing = new Set([...passing].filter((id) => holds.has(id)));
  }
  return passing;
}
