import type { CaravanDb } from './db';
import { wordingOf } from './reprints';
import type { ArticleRow, FactReport, FactReportsRow, StoredFigure } from './rows';

/** Past this many facts, one read of every stored key beats one read per fact (an import, not a page). */
const MANY_KEYS = 200;

/** What a fact report copies of its article, so that linking needs no article row. */
export type ReportingArticle = Pick<ArticleRow, 'id' | 'url' | 'title' | 'site' | 'lang' | 'publishedAt'>;

/** What linking needs of a figure that reports a fact. */
function reportOf(article: ReportingArticle, figure: StoredFigure): FactReport {
  const { index, text, value, unit, approx, status } = figure;
  const { title, site, lang, publishedAt } = article;
  const fragment = figure.fragment || article.url;
  return {
    articleId: article.id,
    index,
    text,
    value,
    unit,
    approx,
    status,
    fragment,
    title,
    site,
    lang,
    publishedAt,
    wording: wordingOf(figure.context, text),
  };
}

/** The reports that articles' figures make, by fact key (figures without a full key report nothing). */
export function reportsByKey(
  articles: Iterable<[ReportingArticle, StoredFigure[]]>,
): Map<string, FactReport[]> {
  const byKey = new Map<string, FactReport[]>();
  for (const [article, figures] of articles) {
    for (const figure of figures) {
      if (!figure.factKey) continue;
      const reports = byKey.get(figure.factKey) ?? [];
      reports.push(reportOf(article, figure));
      byKey.set(figure.factKey, reports);
    }
  }
  return byKey;
}

/**
 * Brings the fact reports in step with changed articles (their figures, or the title, site and date a report
 * copies): drops every report of the `dropped` articles from the facts in `staleKeys` (the keys their old
 * figures reported), then adds `added`. Runs inside the caller's transaction, which also writes the articles and
 * their figures, so all of it changes together or not at all.
 */
export async function rewriteFactReports(
  db: CaravanDb,
  dropped: ReadonlySet<number>,
  staleKeys: Iterable<string>,
  added: Map<string, FactReport[]>,
): Promise<void> {
  const keys = new Set([...staleKeys, ...added.keys()]);
  if (keys.size === 0) return;
  let toRead = [...keys];
  if (keys.size > MANY_KEYS) {
    const stored = new Set(await db.factReports.toCollection().primaryKeys());
    toRead = toRead.filter((key) => stored.has(key));
  }
  const stored = new Map(
    (await db.factReports.bulkGet(toRead)).flatMap((row) => (row ? [[row.key, row.reports] as const] : [])),
  );
  const rows: FactReportsRow[] = [];
  const emptied: string[] = [];
  for (const key of keys) {
    const reports = (stored.get(key) ?? [])
      .filter((report) => !dropped.has(report.articleId))
      .concat(added.get(key) ?? [])
      .sort((a, b) => a.articleId - b.articleId || a.index - b.index);
    if (reports.length > 0) rows.push({ key, reports });
    else if (stored.has(key)) emptied.push(key);
  }
  await db.factReports.bulkPut(rows);
  await db.factReports.bulkDelete(emptied);
}
