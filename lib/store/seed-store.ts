import type { CaravanDb } from './db';
import { type ImportSummary, importStore } from './import-store';

/**
 * Gives a new store its first facts: the figures of the bundled demo articles, with their sources, so a new
 * reader sees linked figures at once. Does nothing when the store already holds articles.
 */
export async function seedStore(db: CaravanDb, seed: unknown): Promise<ImportSummary | null> {
  if ((await db.articles.count()) > 0) return null;
  return importStore(db, JSON.stringify(seed));
}
