import type { PageReport, StoreStats } from '../messages';
import type { CaravanDb, MentionRow } from './db';

function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Stores an article and its figures in one transaction: a repeat visit updates the article and replaces its
 * mentions, so the store holds each article's latest reading once.
 */
export async function recordPage(db: CaravanDb, page: PageReport, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.articles, db.mentions, async () => {
    const existing = await db.articles.where('url').equals(page.url).first();
    const fields = {
      url: page.url,
      title: page.title,
      site: siteOf(page.url),
      lang: page.lang,
      lastSeen: now,
    };
    const articleId = existing ? existing.id : await db.articles.add({ ...fields, firstSeen: now });
    if (existing) {
      await db.articles.update(existing.id, fields);
      await db.mentions.where('articleId').equals(existing.id).delete();
    }
    const mentions: Omit<MentionRow, 'id'>[] = page.figures.map((figure) => ({
      articleId,
      index: figure.index,
      text: figure.text,
      value: figure.value,
      unit: figure.unit,
      kind: figure.kind,
      approx: figure.approx,
      context: figure.context,
    }));
    await db.mentions.bulkAdd(mentions as MentionRow[]);
    return articleId;
  });
}

/** How many articles and figure mentions the store holds. */
export async function readStats(db: CaravanDb): Promise<StoreStats> {
  const [articles, mentions] = await Promise.all([db.articles.count(), db.mentions.count()]);
  return { articles, mentions };
}
