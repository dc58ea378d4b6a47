import Dexie, { type EntityTable } from 'dexie';
import type {
  ArticleFiguresRow,
  ArticleRow,
  FactReportsRow,
  FactRow,
  SavedBodyRow,
  SavedCopyRow,
  SourceRow,
  TermRow,
} from './rows';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';

export type {
  ArticleFiguresRow,
  ArticleRow,
  FactReportsRow,
  FactRow,
  MentionRow,
  SavedBodyRow,
  SavedCopyRow,
  SourceRow,
  TermRow,
} from './rows';

export type CaravanDb = Dexie & {
  articles: EntityTable<ArticleRow, 'id'>;
  articleFigures: EntityTable<ArticleFiguresRow, 'articleId'>;
  factReports: EntityTable<FactReportsRow, 'key'>;
  facts: EntityTable<FactRow, 'id'>;
  sources: EntityTable<SourceRow, 'id'>;
  copies: EntityTable<SavedCopyRow, 'articleId'>;
  bodies: EntityTable<SavedBodyRow, 'articleId'>;
  terms: EntityTable<TermRow, 'term'>;
};

/**
 * Opens the fact store, declaring every schema version up to `upTo` (tests open older versions to build
 * snapshots). Lives in the extension's origin only: content scripts reach it through messages.
 */
export function openDb(name = 'caravan', upTo = LATEST_VERSION): CaravanDb {
  // Relaxed durability (Chromium): a write is done once the OS has it, not once it reached the disk. Imports of
  // 100,000 figures take a third less time; what a power cut could lose is the last page read.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as CaravanDb;
  for (const schema of SCHEMA_VERSIONS) {
    if (schema.version > upTo) break;
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
  return db;
}
