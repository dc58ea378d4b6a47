import type { FigureSummary } from '../messages';
import type { CaravanDb } from '../store/db';
import { mentionsOf } from '../store/mentions-of';
import type { SavedCopyRow } from '../store/rows';

/** A saved article as the reader page shows it: its entry, its text and its figures. */
export interface SavedArticle {
  copy: SavedCopyRow;
  blocks: string[];
  figures: FigureSummary[];
}

/** The saved article with this id, or null when there is none (deleted, or a mistyped address). */
export async function readSavedCopy(db: CaravanDb, articleId: number): Promise<SavedArticle | null> {
  return db.transaction('r', [db.copies, db.bodies, db.articleFigures], async () => {
    const copy = await db.copies.get(articleId);
    if (!copy) return null;
    const [body, mentions] = await Promise.all([db.bodies.get(articleId), mentionsOf(db, articleId)]);
    return { copy, blocks: body?.blocks ?? [], figures: mentions };
  });
}

/** The article id a reader page address names (`reader.html?id=N`), or null. */
export function readerIdOf(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('id'));
  return Number.isInteger(id) && id > 0 ? id : null;
}
