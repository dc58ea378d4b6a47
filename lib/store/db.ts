import Dexie, { type EntityTable } from 'dexie';

/** An article Caravan has read. */
export interface ArticleRow {
  id: number;
  url: string;
  title: string;
  site: string;
  lang: string;
  /** Epoch milliseconds of the first visit. */
  firstSeen: number;
  /** Epoch milliseconds of the latest scan. */
  lastSeen: number;
}

/** One figure as one article reported it. */
export interface MentionRow {
  id: number;
  articleId: number;
  /** Position in the article's reading order. */
  index: number;
  text: string;
  value: number;
  unit: string;
  kind: string;
  approx: string;
  context: string;
}

export type CaravanDb = Dexie & {
  articles: EntityTable<ArticleRow, 'id'>;
  mentions: EntityTable<MentionRow, 'id'>;
};

/**
 * Opens the fact store. Versions are only ever appended, each with a snapshot fixture in tests/fixtures/db.
 * Lives in the extension's origin only: content scripts reach it through messages.
 */
export function openDb(name = 'caravan'): CaravanDb {
  const db = new Dexie(name) as CaravanDb;
  db.version(1).stores({
    articles: '++id, &url, site, lang, firstSeen, lastSeen',
    mentions: '++id, articleId, [articleId+index], unit, kind, value',
  });
  return db;
}
