import type { CaravanDb } from './db';
import { mentionsOfFact } from './mentions-of';
import type { ArticleRow } from './rows';

/** How many reports of one fact a view shows: a fact is rarely reported more often, and a view stays small. */
export const REPORTS_PER_FACT = 12;

/** One article's report of a fact, as the Facts view shows it: the figure with its article and outlet. */
export interface ShownReport {
  text: string;
  value: number;
  unit: string;
  approx: string;
  status: string;
  /** The sentence the figure stands in. */
  context: string;
  title: string;
  /** The outlet's name, else its site. */
  source: string;
  lang: string;
  publishedAt: string;
  /** A link that opens the article at the figure (a text fragment), else the article's address. */
  fragment: string;
}

/**
 * Each fact's reports, one per article and value (a headline and its body repeat a figure; two different values
 * in one article are both shown), with their articles and outlets read in bulk.
 */
export async function readShownReports(
  db: CaravanDb,
  keys: readonly string[],
): Promise<Map<string, ShownReport[]>> {
  return db.transaction('r', [db.factReports, db.articleFigures, db.articles, db.sources], async () => {
    const found = await Promise.all(keys.map((key) => mentionsOfFact(db, key)));
    const articleIds = [...new Set(found.flat().map((mention) => mention.articleId))];
    const articles = (await db.articles.bulkGet(articleIds)).filter((row): row is ArticleRow => !!row);
    const byId = new Map(articles.map((article) => [article.id, article]));
    const sites = [...new Set(articles.map((article) => article.site))];
    const sources = new Map(
      (await db.sources.where('site').anyOf(sites).toArray()).map((source) => [source.site, source.name]),
    );
    const reports = new Map<string, ShownReport[]>();
    keys.forEach((key, at) => {
      const perArticle = new Map<string, ShownReport>();
      for (const mention of found[at] ?? []) {
        const article = byId.get(mention.articleId);
        const seen = `${mention.articleId}|${mention.value}`;
        if (!article || perArticle.has(seen)) continue;
        perArticle.set(seen, {
          text: mention.text,
          value: mention.value,
          unit: mention.unit,
          approx: mention.approx,
          status: mention.status,
          context: mention.context,
          title: article.title,
          source: sources.get(article.site) ?? article.site,
          lang: article.lang,
          publishedAt: article.publishedAt,
          fragment: mention.fragment || article.url,
        });
      }
      // The newest reports, whichever articles were stored first.
      reports.set(
        key,
        [...perArticle.values()]
          .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
          .slice(0, REPORTS_PER_FACT),
      );
    });
    return reports;
  });
}
