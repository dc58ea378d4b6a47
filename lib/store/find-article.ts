import type { CaravanDb } from './db';
import type { ArticleRow } from './rows';

/** The stored article at this address, else the one with this canonical url (a mirror, a tracking parameter). */
export async function findArticle(
  db: CaravanDb,
  url: string,
  canonicalUrl: string,
): Promise<ArticleRow | undefined> {
  return (
    (await db.articles.where('url').equals(url).first()) ??
    (canonicalUrl ? await db.articles.where('canonicalUrl').equals(canonicalUrl).first() : undefined)
  );
}
