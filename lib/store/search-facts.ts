import { type FactQuery, isStructured, readFactQuery } from '../facts/read-query';
import type { CaravanDb } from './db';
import { buildSeries, type FactSeries, readSeriesFacts, seriesIdOf, splitFactKey } from './fact-series';
import { mentionsIn } from './mentions-of';
import type { FactRow, MentionRow } from './rows';

/** Series one search shows at most; the view says when there are more. */
export const SERIES_PER_SEARCH = 8;
/** Characters of a query that are read. */
const MAX_QUERY_LENGTH = 200;
/** Fact rows one index query reads at most. */
const FACTS_READ = 500;
/** Newest mentions whose text a free-text search looks through. */
const MENTIONS_SCANNED = 5000;
/** Articles of matching outlets a free-text search looks into. */
const ARTICLES_READ = 100;

/** What a search found: series of facts, whether more matched, and whether the store holds no fact at all. */
export interface FactSearchResult {
  series: FactSeries[];
  more: boolean;
  storeEmpty: boolean;
}

/** Whether a fact row answers every part of the query it states. */
function matchesQuery(fact: FactRow, query: FactQuery): boolean {
  const { subject, measure, span } = splitFactKey(fact.key);
  const bySubject =
    query.subjects.length + query.subjectPrefixes.length === 0 ||
    query.subjects.includes(subject) ||
    query.subjectPrefixes.some((prefix) => subject.startsWith(prefix));
  const byMeasure = query.measures.length === 0 || query.measures.includes(measure);
  const byYear = query.years.length === 0 || query.years.some((year) => span.startsWith(year));
  return bySubject && byMeasure && byYear;
}

/** Article ids whose figure rows one read asks for: a range of ids, read in one request. */
const IDS_PER_READ = 128;

/**
 * The figures of the newest articles, about `limit` of them: the articles' rows read newest first, a range of
 * ids per request (a cursor took one round trip to IndexedDB per article). Past a range with no row (ids freed
 * by a cleared store are not reused), the next read starts at the next id that has one.
 */
async function newestMentions(db: CaravanDb, limit: number): Promise<MentionRow[]> {
  const found: MentionRow[] = [];
  let upper = Number((await db.articleFigures.toCollection().lastKey()) ?? 0);
  while (upper > 0 && found.length < limit) {
    const lower = upper - IDS_PER_READ;
    const rows = await db.articleFigures.where('articleId').between(lower, upper, false, true).toArray();
    for (const row of rows.reverse()) {
      if (found.length >= limit) break;
      found.push(...mentionsIn(row));
    }
    upper =
      rows.length > 0
        ? lower
        : Number((await db.articleFigures.where('articleId').belowOrEqual(lower).lastKey()) ?? 0);
  }
  return found;
}

/** Facts whose figures' text, or whose outlet's site or name, holds every word (newest mentions only). */
async function factsByWords(db: CaravanDb, words: readonly string[]): Promise<FactRow[]> {
  const squash = (text: string) => text.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');
  const hasAll = (text: string) => words.every((word) => squash(text).includes(word));
  const sites = (await db.sources.toArray())
    .filter((source) => hasAll(`${source.site} ${source.name}`))
    .map((source) => source.site);
  const articles = await db.articles.where('site').anyOf(sites).limit(ARTICLES_READ).primaryKeys();
  const fromSites = (await db.articleFigures.bulkGet(articles)).flatMap((row) => row?.figures ?? []);
  const fromText = (await newestMentions(db, MENTIONS_SCANNED)).filter((mention) => hasAll(mention.text));
  const keys = [...new Set([...fromText, ...fromSites].map((mention) => mention.factKey))];
  return db.facts.where('key').anyOf(keys.filter(Boolean)).toArray();
}

/** Fact rows that may answer the query, read through one index chosen by the query's most selective part. */
async function readCandidates(db: CaravanDb, query: FactQuery): Promise<FactRow[]> {
  // Subjects and measures both named: the series are known, and each is one range of the key index.
  if (query.subjects.length > 0 && query.subjectPrefixes.length === 0 && query.measures.length > 0) {
    const prefixes = query.subjects.flatMap((subject) =>
      query.measures.map((measure) => `${subject}|${measure}|`),
    );
    return db.facts.where('key').startsWithAnyOf(prefixes).limit(FACTS_READ).toArray();
  }
  if (query.subjects.length + query.subjectPrefixes.length > 0) {
    const lists = await Promise.all([
      db.facts.where('subject').anyOf(query.subjects).limit(FACTS_READ).toArray(),
      ...query.subjectPrefixes.map((prefix) =>
        db.facts.where('subject').startsWith(prefix).limit(FACTS_READ).toArray(),
      ),
    ]);
    return lists.flat();
  }
  if (query.measures.length > 0) {
    const metrics = [...new Set(query.measures.map((measure) => measure.replace(/:.*/, '')))];
    return db.facts.where('metric').anyOf(metrics).limit(FACTS_READ).toArray();
  }
  if (query.years.length > 0)
    return db.facts.where('period').startsWithAnyOf(query.years).limit(FACTS_READ).toArray();
  if (query.words.length > 0) return factsByWords(db, query.words);
  return db.facts.reverse().limit(FACTS_READ).toArray();
}

/**
 * Searches the fact store: by subject, measure and year in any of the three languages ("Kazakhstan trade",
 * "哈萨克斯坦", "Казахстан"), else by an outlet or a figure's text. Each series found comes with all its periods.
 */
export async function searchFacts(db: CaravanDb, text: unknown): Promise<FactSearchResult> {
  if ((await db.facts.count()) === 0) return { series: [], more: false, storeEmpty: true };
  // A message may carry anything: a query is read as text, and no longer than a reader would type.
  const query = readFactQuery(typeof text === 'string' ? text.slice(0, MAX_QUERY_LENGTH) : '');
  // Words nobody understood narrow nothing when the rest of the query was understood ("trade volume").
  const candidates = (await readCandidates(db, query)).filter(
    (fact) => !isStructured(query) || matchesQuery(fact, query),
  );
  const ids = [...new Set(candidates.map((fact) => seriesIdOf(fact.key)))];
  const shown = ids.slice(0, SERIES_PER_SEARCH);
  const facts = (await Promise.all(shown.map((id) => readSeriesFacts(db, id)))).flat();
  const series = await buildSeries(db, facts);
  const order = new Map(shown.map((id, at) => [id, at]));
  series.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { series, more: ids.length > SERIES_PER_SEARCH, storeEmpty: false };
}
