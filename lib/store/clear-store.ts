import type { CaravanDb } from './db';

/** Empties the fact store: every article, figure, fact and outlet, in one transaction (all of it or none). */
export async function clearStore(db: CaravanDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
