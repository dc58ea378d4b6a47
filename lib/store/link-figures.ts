import { agrees } from './agreement';
import type { CaravanDb } from './db';
import { mentionsIn } from './mentions-of';
import { readOnly, resultOf } from './raw-read';
import { findReprints, wordingOf } from './reprints';
import type { ArticleFiguresRow, FactReport, FactReportsRow, MentionRow, SourceRow } from './rows';

/** Another article's report of the same fact. */
export interface OtherReport {
  text: string;
  value: number;
  unit: string;
  title: string;
  source: string;
  publishedAt: string;
  /** A link that opens the other article at the figure. */
  fragment: string;
  agrees: boolean;
  /**
   * '' for a report of its own; 'page' when it is the same text as the page's (the page reprints it, or it the
   * page); 'other' when it reprints another article's report (`copyOf` names that article's outlet). A copy is
   * listed, but is no second source: agreement and the spread read only the reports of their own.
   */
  copy: '' | 'page' | 'other';
  /** The outlet of the report a copy repeats; empty for a report of its own and for the page's copies. */
  copyOf: string;
}

/** What Caravan knows around one figure of a page. */
export interface FigureLinks {
  index: number;
  /** The same fact as other articles reported it: their own reports newest first, then the copies. */
  others: OtherReport[];
  /** 'none' when no other article reports it in a text of its own. */
  agreement: 'none' | 'agree' | 'differ';
  /** Lowest and highest value reported, when the reports differ. */
  spread: { low: number; high: number } | null;
  /**
   * A conversion the article states ("173.05 billion yuan ($24.8 billion)"): the other amount, and the rate it
   * implies (one unit of this figure's currency is `rate` of the other's).
   */
  conversion: { text: string; unit: string; rate: number } | null;
  /** A growth rate checked against the stored values of this period and the one a year earlier. */
  growthCheck: { previous: number; current: number; impliedPercent: number; agrees: boolean } | null;
}

/** The period label one year earlier ("2024 M1–M5" → "2023 M1–M5"), or null without a year. */
export function previousPeriod(period: string): string | null {
  const match = /\b(\d{4})\b/.exec(period);
  return match ? period.replace(match[0], String(Number(match[1]) - 1)) : null;
}

/**
 * The fact key of the same measure a year earlier, for a growth rate ("up 6%" of trade in 2024), with this
 * period's value from the same page; null for other figures, and for a growth in money ("up by $2.4 billion").
 */
function growthBase(
  mention: MentionRow,
  page: MentionRow[],
): { previousKey: string; current: number } | null {
  const [subject, what, span, family] = mention.factKey.split('|');
  if (!subject || !span || !what?.startsWith('growth:') || family !== 'percent') return null;
  const prefix = `${subject}|${what.slice('growth:'.length)}|${span}|`;
  const current = page.find((m) => m.factKey.startsWith(prefix));
  const before = previousPeriod(span);
  if (!current || !before) return null;
  const unit = current.factKey.slice(prefix.length);
  return {
    previousKey: `${subject}|${what.slice('growth:'.length)}|${before}|${unit}`,
    current: current.value,
  };
}

/** A growth rate checked against the stored value of the same period a year earlier (from any article). */
function checkGrowth(
  mention: MentionRow,
  page: MentionRow[],
  reports: Map<string, FactReport[]>,
): FigureLinks['growthCheck'] {
  const base = growthBase(mention, page);
  const previous = base && reports.get(base.previousKey)?.[0];
  if (!base || !previous || previous.value === 0) return null;
  const impliedPercent = (base.current / previous.value - 1) * 100;
  return {
    previous: previous.value,
    current: base.current,
    impliedPercent,
    agrees: Math.abs(impliedPercent - mention.value) <= 0.5,
  };
}

/**
 * Everything linking a page reads, in one read-only transaction and two trips to IndexedDB whatever the size of
 * the store: the page's figures with the outlets' names, then one row per fact the page reports (and per growth
 * rate's year before), each report carrying its article's title, site and date.
 */
async function readLinkRows(db: CaravanDb, tx: IDBTransaction, articleId: number) {
  const [row, sourceRows] = await Promise.all([
    resultOf<ArticleFiguresRow | undefined>(tx.objectStore(db.articleFigures.name).get(articleId)),
    resultOf<SourceRow[]>(tx.objectStore(db.sources.name).getAll()),
  ]);
  const page = row ? mentionsIn(row) : [];
  const pageKeys = page.map((mention) => mention.factKey).filter(Boolean);
  const growthKeys = page.flatMap((mention) => growthBase(mention, page)?.previousKey ?? []);
  const factReports = tx.objectStore(db.factReports.name);
  const rows = await Promise.all(
    [...new Set([...pageKeys, ...growthKeys])].map((key) =>
      resultOf<FactReportsRow | undefined>(factReports.get(key)),
    ),
  );
  return {
    page,
    reports: new Map(rows.flatMap((row) => (row ? [[row.key, row.reports] as const] : []))),
    sources: new Map(sourceRows.map((source) => [source.site, source.name])),
  };
}

/** Links every figure of one stored article to the rest of the store. */
export async function linkArticle(db: CaravanDb, articleId: number): Promise<FigureLinks[]> {
  const tx = await readOnly(db, [db.articleFigures, db.factReports, db.sources]);
  return linksOf(articleId, await readLinkRows(db, tx, articleId));
}

/**
 * Links every figure of the stored article at this address, else of the one with this canonical url (as
 * `findArticle` finds it); none when the page is not stored. Finding the article is one more read in the same
 * transaction.
 */
export async function linkPage(db: CaravanDb, url: string, canonicalUrl: string): Promise<FigureLinks[]> {
  const tx = await readOnly(db, [db.articles, db.articleFigures, db.factReports, db.sources]);
  const articles = tx.objectStore(db.articles.name);
  const [atUrl, atCanonical] = await Promise.all([
    resultOf(articles.index('url').getKey(url)),
    canonicalUrl ? resultOf(articles.index('canonicalUrl').getKey(canonicalUrl)) : undefined,
  ]);
  const articleId = atUrl ?? atCanonical;
  if (typeof articleId !== 'number') return [];
  return linksOf(articleId, await readLinkRows(db, tx, articleId));
}

/**
 * The page's own report of a figure, as its fact's row holds it (written in the same transaction as the figure);
 * built from the figure should the row ever lack it.
 */
function ownReport(articleId: number, mention: MentionRow, stored: FactReport[] | undefined): FactReport {
  const found = stored?.find((report) => report.articleId === articleId && report.index === mention.index);
  return (
    found ?? {
      articleId,
      index: mention.index,
      text: mention.text,
      value: mention.value,
      unit: mention.unit,
      approx: mention.approx,
      status: mention.status,
      fragment: mention.fragment,
      title: '',
      site: '',
      lang: '',
      publishedAt: '',
      wording: wordingOf(mention.context, mention.text),
    }
  );
}

/** What a page's figures link to, from the rows `readLinkRows` read. */
function linksOf(
  articleId: number,
  { page, reports, sources }: Awaited<ReturnType<typeof readLinkRows>>,
): FigureLinks[] {
  return page.map((mention): FigureLinks => {
    const reported = (reports.get(mention.factKey) ?? []).filter(
      // A forecast is not compared with an actual figure.
      (report) =>
        report.articleId !== articleId &&
        (!mention.status || !report.status || report.status === mention.status),
    );
    // One report per other article, even where it repeats the figure (headline and body).
    const perArticle = new Map(reported.map((report) => [report.articleId, report]));
    const own = ownReport(articleId, mention, reports.get(mention.factKey));
    const candidates = [own, ...perArticle.values()];
    const repeats = findReprints(candidates, true);
    const sourceOf = (report: FactReport) => sources.get(report.site) ?? report.site;
    const others = candidates
      .slice(1)
      .map((other, at): OtherReport => {
        const original = candidates[repeats[at + 1] ?? -1];
        return {
          text: other.text,
          value: other.value,
          unit: other.unit,
          title: other.title,
          source: sourceOf(other),
          publishedAt: other.publishedAt,
          fragment: other.fragment,
          agrees: agrees(mention, other),
          copy: !original ? '' : original === own ? 'page' : 'other',
          copyOf: original && original !== own ? sourceOf(original) : '',
        };
      })
      .sort(
        (a, b) => Number(a.copy !== '') - Number(b.copy !== '') || b.publishedAt.localeCompare(a.publishedAt),
      );
    const independent = others.filter((other) => other.copy === '');
    const values = [mention.value, ...independent.map((other) => other.value)];
    const differ = independent.some((other) => !other.agrees);
    const converted = page.find(
      (m) =>
        m.index === mention.conversionOf || (m.conversionOf === mention.index && m.index !== mention.index),
    );
    return {
      index: mention.index,
      others,
      agreement: independent.length === 0 ? 'none' : differ ? 'differ' : 'agree',
      spread: differ ? { low: Math.min(...values), high: Math.max(...values) } : null,
      conversion: converted
        ? { text: converted.text, unit: converted.unit, rate: converted.value / mention.value }
        : null,
      growthCheck: checkGrowth(mention, page, reports),
    };
  });
}
