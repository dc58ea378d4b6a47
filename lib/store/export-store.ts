import { INVISIBLE_CHARS } from '../scan/invisible-chars';
import type { CaravanDb } from './db';
import { mentionsIn } from './mentions-of';
import type { ArticleRow, FactRow, MentionRow, SourceRow } from './rows';
import { LATEST_VERSION } from './schema';

/** A mention as exports list it: one row per figure, numbered in the order of the file (articles, then index). */
export interface ExportedMention extends MentionRow {
  id: number;
}

/**
 * Everything the store holds, as one JSON document. Its shape is the same for every store version: the store
 * keeps an article's figures in one row (docs/adr/0005), the file keeps one row per figure.
 */
export interface CaravanExport {
  format: 'caravan-fact-store';
  schemaVersion: number;
  /** ISO date-time of the export. */
  exportedAt: string;
  tables: {
    sources: SourceRow[];
    articles: ArticleRow[];
    mentions: ExportedMention[];
    facts: FactRow[];
  };
}

export const EXPORT_FORMAT = 'caravan-fact-store';

/** Reads the whole store in one transaction, so the export is a consistent picture. */
export async function exportStore(db: CaravanDb, now = new Date()): Promise<CaravanExport> {
  return db.transaction('r', [db.sources, db.articles, db.articleFigures, db.facts], async () => ({
    format: EXPORT_FORMAT,
    schemaVersion: LATEST_VERSION,
    exportedAt: now.toISOString(),
    tables: {
      sources: await db.sources.toArray(),
      articles: await db.articles.toArray(),
      mentions: (await allMentions(db)).map((mention, index) => ({ ...mention, id: index + 1 })),
      facts: await db.facts.toArray(),
    },
  }));
}

/** Every stored mention, by article id and then in reading order. */
async function allMentions(db: CaravanDb): Promise<MentionRow[]> {
  return (await db.articleFigures.toArray()).flatMap(mentionsIn);
}

const CSV_COLUMNS = [
  'article_title',
  'article_url',
  'site',
  'published_at',
  'figure',
  'value',
  'unit',
  'kind',
  'approx',
  'subject',
  'metric',
  'period',
  'status',
  'sentence',
  'link',
] as const;

/**
 * What a spreadsheet may run as a formula: a cell starting with a tab, carriage return or line feed, or whose
 * first visible character is =, +, - or @ (or their full-width forms), after spaces and invisible characters.
 */
const FORMULA_START = new RegExp(
  `^[\\t\\r\\n]|^[\\s${INVISIBLE_CHARS}]*[=+\\-@\\uff1d\\uff0b\\uff0d\\uff20]`,
);

/** One cell of CSV: quoted, and neutralized with a leading apostrophe when a spreadsheet would run it. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The figures of every article as CSV, one row per mention, in reading order. */
export async function figuresCsv(db: CaravanDb): Promise<string> {
  const articles = new Map((await db.articles.toArray()).map((article) => [article.id, article]));
  const mentions = await allMentions(db);
  const lines = [CSV_COLUMNS.join(',')];
  for (const mention of mentions) {
    const article = articles.get(mention.articleId);
    const row = [
      article?.title ?? '',
      article?.url ?? '',
      article?.site ?? '',
      article?.publishedAt ?? '',
      mention.text,
      mention.value,
      mention.unit,
      mention.kind,
      mention.approx,
      mention.subject,
      mention.metric,
      mention.period,
      mention.status,
      mention.context,
      mention.fragment,
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
