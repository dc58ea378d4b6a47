import type { CaravanDb } from './db';
import type { ArticleFiguresRow, MentionRow, StoredFigure } from './rows';

/** An article's row of figures, sorted into reading order. */
export function articleFiguresRow(articleId: number, figures: StoredFigure[]): ArticleFiguresRow {
  const sorted = [...figures].sort((a, b) => a.index - b.index);
  return { articleId, figureCount: sorted.length, figures: sorted };
}

/** The figures of a row, each with its article's id. */
export function mentionsIn(row: ArticleFiguresRow): MentionRow[] {
  return row.figures.map((figure) => ({ ...figure, articleId: row.articleId }));
}

/** The mentions of one article, in reading order. */
export async function mentionsOf(db: CaravanDb, articleId: number): Promise<MentionRow[]> {
  const row = await db.articleFigures.get(articleId);
  return row ? mentionsIn(row) : [];
}

/** How many figures the store holds: the sum of an index's keys, read without reading a row. */
export async function countMentions(db: CaravanDb): Promise<number> {
  const counts = await db.articleFigures.orderBy('figureCount').keys();
  return counts.reduce<number>((sum, count) => sum + Number(count), 0);
}
