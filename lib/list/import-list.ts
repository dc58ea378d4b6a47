import type { PageReport } from '../messages';
import type { CaravanDb } from '../store/db';
import { recordPage } from '../store/record-page';
import type { SavedCopyRow } from '../store/rows';
import type { ExportedArticle } from './list-export';
import { excerptOf, listTables, putCopy } from './save-article';
import { addToIndex, type IndexedText } from './search-index';
import { parseListExport } from './validate-list-export';

/** The page report a saved article's visit would have given, to record it as a visit does. */
function reportOf(article: ExportedArticle): PageReport {
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    siteName: article.siteName,
    publishedAt: article.publishedAt,
    lang: article.lang,
    isTopic: article.figures.length > 0,
    score: 0,
    evidence: [],
    figures: article.figures,
    storeError: '',
  };
}

/**
 * Imports a reading-list export: each article with its figures, text, tags, note and read state. An article
 * already saved is replaced by the imported copy. The file is checked whole first and written in one
 * transaction, so a bad file or a full disk leaves the list as it was. Returns how many articles came in.
 */
export async function importList(db: CaravanDb, text: string, now = Date.now()): Promise<number> {
  const data = parseListExport(text);
  return db.transaction('rw', listTables(db), async () => {
    const indexed: IndexedText[] = [];
    for (const article of data.articles) {
      const articleId = await recordPage(db, reportOf(article), now);
      const copy: SavedCopyRow = {
        articleId,
        url: article.url,
        title: article.title,
        site: article.site,
        siteName: article.siteName,
        lang: article.lang,
        publishedAt: article.publishedAt,
        savedAt: article.savedAt,
        read: article.read,
        tags: article.tags,
        note: article.note,
        excerpt: excerptOf(article.blocks),
      };
      indexed.push(await putCopy(db, articleId, article.blocks, () => copy));
    }
    await addToIndex(db, indexed);
    return data.articles.length;
  });
}
