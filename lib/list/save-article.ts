// Saving an article to the reading list, and taking it off again (with what an undo needs to put it back).
import { t } from '../i18n';
import type { ArticleCapture } from '../messages';
import type { CaravanDb } from '../store/db';
import { pageTables, recordPage } from '../store/record-page';
import type { SavedBodyRow, SavedCopyRow } from '../store/rows';
import { addToIndex, type IndexedText, removeFromIndex } from './search-index';

/** How much of the text the list shows under a title. */
const EXCERPT_LENGTH = 160;

/** Why an article cannot be saved, in the reader's words. */
export class SaveError extends Error {
  override name = 'SaveError';
}

/** Every table a save or a removal writes, so each is one transaction. */
export function listTables(db: CaravanDb) {
  return [...pageTables(db), db.copies, db.bodies, db.terms];
}

/**
 * Saves an article with its text: records it and its figures as a visit does, marks it saved, keeps its text
 * and indexes it for search. Saving the same article again (same url or canonical url) refreshes its text and
 * figures but keeps when it was first saved, its tags, note and read state. All of it is written or none.
 */
export async function saveArticle(db: CaravanDb, capture: ArticleCapture, now = Date.now()): Promise<number> {
  const blocks = capture.blocks.map((block) => block.trim()).filter((block) => block.length > 0);
  if (blocks.length === 0) throw new SaveError(t('listNothingToSave'));
  return db.transaction('rw', listTables(db), async () => {
    const articleId = await recordPage(db, capture.report, now);
    const article = await db.articles.get(articleId);
    if (!article) throw new Error(`Article ${articleId} vanished while it was saved`);
    const siteName =
      capture.report.siteName || (await db.sources.where('site').equals(article.site).first())?.name || '';
    const copyFor = (old: SavedCopyRow | undefined): SavedCopyRow => ({
      articleId,
      url: article.url,
      title: article.title || article.url,
      site: article.site,
      siteName,
      lang: article.lang,
      publishedAt: article.publishedAt,
      savedAt: old?.savedAt ?? now,
      read: old?.read ?? 0,
      tags: old?.tags ?? [],
      note: old?.note ?? '',
      excerpt: excerptOf(blocks),
    });
    await addToIndex(db, [await putCopy(db, articleId, blocks, copyFor)]);
    return articleId;
  });
}

/** The start of a text, for the list. */
export function excerptOf(blocks: readonly string[]): string {
  return blocks.join(' ').slice(0, EXCERPT_LENGTH);
}

/**
 * Writes a saved copy and its text over any earlier one, taking the earlier text out of the index, and flags
 * the article saved. The copy may be made from the earlier one (a new save keeps its tags). Returns what the
 * caller adds to the index (an import adds all of its articles at once).
 */
export async function putCopy(
  db: CaravanDb,
  articleId: number,
  blocks: string[],
  copyFor: (old: SavedCopyRow | undefined) => SavedCopyRow,
): Promise<IndexedText> {
  const [old, oldBody] = await Promise.all([db.copies.get(articleId), db.bodies.get(articleId)]);
  const copy = copyFor(old);
  if (old && oldBody) await removeFromIndex(db, { ...oldBody, title: old.title });
  await db.copies.put(copy);
  await db.bodies.put({ articleId: copy.articleId, blocks });
  await db.articles.update(copy.articleId, { saved: 1 });
  return { articleId: copy.articleId, title: copy.title, blocks };
}

/** A copy taken off the list, kept whole so that undo puts back exactly what was there. */
export interface RemovedCopy {
  copy: SavedCopyRow;
  body: SavedBodyRow;
}

/** Takes a saved article off the reading list (its visit and figures stay in the fact store). */
export async function removeSaved(db: CaravanDb, articleId: number): Promise<RemovedCopy | null> {
  return db.transaction('rw', listTables(db), async () => {
    const copy = await db.copies.get(articleId);
    const body = (await db.bodies.get(articleId)) ?? { articleId, blocks: [] };
    if (!copy) return null;
    await removeFromIndex(db, { ...body, title: copy.title });
    await db.copies.delete(articleId);
    await db.bodies.delete(articleId);
    await db.articles.update(articleId, { saved: 0 });
    return { copy, body };
  });
}

/** Puts a removed copy back, as it was. */
export async function restoreSaved(db: CaravanDb, removed: RemovedCopy): Promise<void> {
  await db.transaction('rw', listTables(db), async () => {
    const { copy, body } = removed;
    await db.copies.put(copy);
    await db.bodies.put(body);
    await db.articles.update(copy.articleId, { saved: 1 });
    await addToIndex(db, [{ ...body, title: copy.title }]);
  });
}

/** What the reader may change on a saved copy. */
export type CopyEdit = Partial<Pick<SavedCopyRow, 'read' | 'tags' | 'note'>>;

/** Marks read or unread, retags, or rewrites the note of a saved copy. */
export async function editCopy(db: CaravanDb, articleId: number, edit: CopyEdit): Promise<void> {
  const tags = edit.tags ? { tags: normalizeTags(edit.tags) } : {};
  await db.copies.update(articleId, { ...edit, ...tags });
}

/** Tags as the reader typed them, trimmed, without blanks or repeats. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().replace(/\s+/g, ' ')).filter(Boolean))];
}
