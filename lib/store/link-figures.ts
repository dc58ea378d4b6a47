import { agrees } from './agreement';
import type { CaravanDb } from './db';
import { mentionsOf } from './mentions-of';
import type { ArticleRow, FactReport, MentionRow } from './rows';

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
}

/** What Caravan knows around one figure of a page. */
export interface FigureLinks {
  index: number;
  /** The same fact as other articles reported it, newest first. */
  others: OtherReport[];
  /** 'none' when no other article reports it. */
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
 * Every other article's reports of the facts a page reports, grouped by fact key, with their articles: one row
 * per fact, then the articles in one bulk read.
 */
async function reportsOf(
  db: CaravanDb,
  page: MentionRow[],
  articleId: number,
): Promise<Map<string, [FactReport, ArticleRow][]>> {
  const keys = [...new Set(page.map((mention) => mention.factKey).filter(Boolean))];
  const rows = (await db.factReports.bulkGet(keys)).flatMap((row) => row ?? []);
  const others = new Set(rows.flatMap((row) => row.reports.map((report) => report.articleId)));
  others.delete(articleId);
  const articles = await db.articles.bulkGet([...others]);
  const byId = new Map(articles.flatMap((article) => (article ? [[article.id, article] as const] : [])));
  const byKey = new Map<string, [FactReport, ArticleRow][]>();
  for (const row of rows) {
    byKey.set(
      row.key,
      row.reports.flatMap((report) => {
        const article = byId.get(report.articleId);
        return article ? [[report, article] as [FactReport, ArticleRow]] : [];
      }),
    );
  }
  return byKey;
}

/**
 * A growth rate ("up 6%" of trade in 2024) checked against the store: this period's value (from the same page)
 * and the same period a year earlier (from any article), in the same unit.
 */
async function checkGrowth(
  db: CaravanDb,
  mention: MentionRow,
  page: MentionRow[],
): Promise<FigureLinks['growthCheck']> {
  const [subject, what, span] = mention.factKey.split('|');
  if (!subject || !span || !what?.startsWith('growth:')) return null;
  const prefix = `${subject}|${what.slice('growth:'.length)}|${span}|`;
  const current = page.find((m) => m.factKey.startsWith(prefix));
  const before = previousPeriod(span);
  if (!current || !before) return null;
  const unit = current.factKey.slice(prefix.length);
  const previousKey = `${subject}|${what.slice('growth:'.length)}|${before}|${unit}`;
  const previous = (await db.factReports.get(previousKey))?.reports[0];
  if (!previous || previous.value === 0) return null;
  const impliedPercent = (current.value / previous.value - 1) * 100;
  return {
    previous: previous.value,
    current: current.value,
    impliedPercent,
    agrees: Math.abs(impliedPercent - mention.value) <= 0.5,
  };
}

/** Links every figure of one stored article to the rest of the store. */
export async function linkArticle(db: CaravanDb, articleId: number): Promise<FigureLinks[]> {
  return db.transaction('r', [db.articleFigures, db.factReports, db.articles, db.sources], async () => {
    const page = await mentionsOf(db, articleId);
    const reports = await reportsOf(db, page, articleId);
    const sources = new Map((await db.sources.toArray()).map((source) => [source.site, source.name]));
    return Promise.all(
      page.map(async (mention): Promise<FigureLinks> => {
        // A forecast is not compared with an actual figure.
        const sameStatus = ([other]: [FactReport, ArticleRow]) =>
          !mention.status || !other.status || other.status === mention.status;
        // One report per other article, even where it repeats the figure (headline and body).
        const perArticle = new Map(
          (reports.get(mention.factKey) ?? []).filter(sameStatus).map((r) => [r[1].id, r]),
        );
        const others = [...perArticle.values()]
          .map(([other, article]) => ({
            text: other.text,
            value: other.value,
            unit: other.unit,
            title: article.title,
            source: sources.get(article.site) ?? article.site,
            publishedAt: article.publishedAt,
            fragment: other.fragment || article.url,
            agrees: agrees(mention, other),
          }))
          .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
        const values = [mention.value, ...others.map((other) => other.value)];
        const differ = others.some((other) => !other.agrees);
        const converted = page.find(
          (m) =>
            m.index === mention.conversionOf ||
            (m.conversionOf === mention.index && m.index !== mention.index),
        );
        return {
          index: mention.index,
          others,
          agreement: others.length === 0 ? 'none' : differ ? 'differ' : 'agree',
          spread: differ ? { low: Math.min(...values), high: Math.max(...values) } : null,
          conversion: converted
            ? { text: converted.text, unit: converted.unit, rate: converted.value / mention.value }
            : null,
          growthCheck: await checkGrowth(db, mention, page),
        };
      }),
    );
  });
}
