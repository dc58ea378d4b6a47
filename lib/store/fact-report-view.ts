import type { CaravanDb } from './db';
import { findReprints } from './reprints';
import type { FactReport } from './rows';

/** How many reports of one fact a view shows: a fact is rarely reported more often, and a view stays small. */
export const REPORTS_PER_FACT = 12;

/** One article's report of a fact, as the Facts view shows it: the figure with its article and outlet. */
export interface ShownReport {
  text: string;
  value: number;
  unit: string;
  approx: string;
  status: string;
  title: string;
  /** The outlet's name, else its site. */
  source: string;
  lang: string;
  publishedAt: string;
  /** A link that opens the article at the figure (a text fragment), else the article's address. */
  fragment: string;
  /** The outlet of the report this one reprints word for word (lib/store/reprints.ts); empty for its own. */
  copyOf: string;
}

/**
 * A fact's reports, one per article and value (a headline and its body repeat a figure; two different values in
 * one article are both shown): the first in reading order of each, newest articles first, at most
 * REPORTS_PER_FACT.
 */
function newestReports(reports: readonly FactReport[]): FactReport[] {
  // A fact's reports are stored by article, then in reading order (rewriteFactReports): the first of each
  // article and value is its first in reading order.
  const perArticle = new Map<string, FactReport>();
  for (const report of reports) {
    const seen = `${report.articleId}|${report.value}`;
    if (!perArticle.has(seen)) perArticle.set(seen, report);
  }
  // The newest reports, whichever articles were stored first.
  return [...perArticle.values()]
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, REPORTS_PER_FACT);
}

/**
 * Each fact's reports, read from the fact-report index alone: one row per fact, each report carrying its figure's
 * text and its article's title, site, language and date (kept in step with the articles in the same
 * transactions). The articles and their figure rows, read for each report, were most of a search's time.
 */
export async function readShownReports(
  db: CaravanDb,
  keys: readonly string[],
): Promise<Map<string, ShownReport[]>> {
  return db.transaction('r', [db.factReports, db.sources], async () => {
    const rows = await db.factReports.bulkGet([...keys]);
    const chosen = rows.map((row) => newestReports(row?.reports ?? []));
    const sites = [...new Set(chosen.flat().map((report) => report.site))];
    const sources = new Map(
      (await db.sources.where('site').anyOf(sites).toArray()).map((source) => [source.site, source.name]),
    );
    const sourceOf = (report: FactReport) => sources.get(report.site) ?? report.site;
    return new Map(
      keys.map((key, at) => {
        const reports = chosen[at] ?? [];
        // A reprint is listed under the outlet whose text it repeats (lib/store/reprints.ts).
        const repeats = findReprints(reports);
        const shown = reports.map((report, index): ShownReport => {
          const original = reports[repeats[index] ?? -1];
          return {
            text: report.text,
            value: report.value,
            unit: report.unit,
            approx: report.approx,
            status: report.status,
            title: report.title,
            source: sourceOf(report),
            lang: report.lang,
            publishedAt: report.publishedAt,
            fragment: report.fragment,
            copyOf: original ? sourceOf(original) : '',
          };
        });
        return [key, shown];
      }),
    );
  });
}
