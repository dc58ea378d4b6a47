import type { CaravanDb } from './db';
import { type ReportingArticle, reportsByKey, rewriteFactReports } from './fact-reports';
import { articleFiguresRow } from './mentions-of';
import { pageTables } from './record-page';
import type { StoredFigure } from './rows';
import { SIGNED_FALLS_VERSION, signedStoredValue } from './signed-falls';
import { parseExport } from './validate-export';

/** What an import added. */
export interface ImportSummary {
  articles: number;
  mentions: number;
  facts: number;
  sources: number;
}

/**
 * Imports an export into the store, merging with what is there: an article already stored (same url) is
 * replaced by the imported reading under its own id, facts and sources are matched by key and site, and the ids
 * of new rows are remapped. The file is checked whole before anything is written, and the write is one
 * transaction: a bad file, a quota error or a stopped worker leaves the store as it was.
 */
export async function importStore(db: CaravanDb, text: string): Promise<ImportSummary> {
  const data = parseExport(text);
  const { sources, articles, mentions, facts } = data.tables;
  return db.transaction('rw', pageTables(db), async () => {
    const summary: ImportSummary = { articles: 0, mentions: 0, facts: 0, sources: 0 };
    const knownSites = new Set((await db.sources.toArray()).map((source) => source.site));
    const newSources = sources.filter((source) => !knownSites.has(source.site));
    await db.sources.bulkAdd(newSources.map(({ id: _id, ...source }) => source) as never[]);
    summary.sources = newSources.length;

    const knownKeys = new Set((await db.facts.toArray()).map((fact) => fact.key));
    const newFacts = facts.filter((fact) => !knownKeys.has(fact.key));
    await db.facts.bulkAdd(newFacts.map(({ id: _id, ...fact }) => fact) as never[]);
    summary.facts = newFacts.length;

    const existing = new Map((await db.articles.toArray()).map((article) => [article.url, article]));
    const replaced = articles.flatMap((article) => existing.get(article.url)?.id ?? []);
    const staleKeys = (await db.articleFigures.bulkGet(replaced)).flatMap((row) =>
      (row?.figures ?? []).map((figure) => figure.factKey).filter(Boolean),
    );
    await db.articleFigures.bulkDelete(replaced);
    // An article already stored keeps its id, and whether it is saved: the reading list's copy of it (text,
    // tags, note) is keyed by that id, and a new id would leave the copy joined to no article.
    const ids = await db.articles.bulkPut(
      articles.map(({ id: _id, ...article }) => {
        const local = existing.get(article.url);
        return local ? { ...article, id: local.id, saved: local.saved } : article;
      }) as never[],
      { allKeys: true },
    );
    const idOf = new Map(articles.map((article, index) => [article.id, ids[index] as number]));
    // One row per article, holding its figures: one write per article, not one per figure.
    const figuresOf = new Map<number, StoredFigure[]>();
    for (const { id: _id, articleId: exportedId, ...figure } of mentions) {
      const articleId = idOf.get(exportedId);
      if (articleId === undefined) continue;
      // An export from before version 8 kept a fall positive, as its store did (schema.ts, v8).
      if (data.schemaVersion < SIGNED_FALLS_VERSION) figure.value = signedStoredValue(figure);
      const figures = figuresOf.get(articleId) ?? [];
      figures.push(figure);
      figuresOf.set(articleId, figures);
      summary.mentions++;
    }
    await db.articleFigures.bulkAdd(
      [...figuresOf].map(([articleId, figures]) => articleFiguresRow(articleId, figures)),
    );
    // Each report copies its article's title, site and date under the article's new id.
    const reported = articles.flatMap((article, index): [ReportingArticle, StoredFigure[]][] => {
      const id = ids[index] as number;
      const figures = figuresOf.get(id);
      return figures ? [[{ ...article, id }, figures]] : [];
    });
    await rewriteFactReports(db, new Set(replaced), staleKeys, reportsByKey(reported));
    summary.articles = articles.length;
    return summary;
  });
}
