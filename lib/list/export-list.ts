// Exports of the reading list: JSON (lossless, imports back), Markdown (to read), CSV (for a spreadsheet).
import type { FigureSummary } from '../messages';
import type { CaravanDb } from '../store/db';
import { csvCell } from '../store/export-store';
import {
  type ExportedArticle,
  LIST_FORMAT,
  LIST_FORMAT_VERSION,
  type ReadingListExport,
} from './list-export';

/** Reads every saved article whole, newest save first, in one transaction: a consistent picture. */
export async function exportList(db: CaravanDb, now = new Date()): Promise<ReadingListExport> {
  return db.transaction('r', [db.copies, db.bodies, db.articles, db.articleFigures], async () => {
    const copies = await db.copies.orderBy('savedAt').reverse().toArray();
    const ids = copies.map((copy) => copy.articleId);
    const [bodies, articles, figureRows] = await Promise.all([
      db.bodies.bulkGet(ids),
      db.articles.bulkGet(ids),
      db.articleFigures.bulkGet(ids),
    ]);
    const exported: ExportedArticle[] = [];
    for (const [at, copy] of copies.entries()) {
      // Rows are stored in reading order.
      const figures: FigureSummary[] = figureRows[at]?.figures ?? [];
      exported.push({
        url: copy.url,
        canonicalUrl: articles[at]?.canonicalUrl || copy.url,
        title: copy.title,
        site: copy.site,
        siteName: copy.siteName,
        lang: copy.lang,
        publishedAt: copy.publishedAt,
        savedAt: copy.savedAt,
        read: copy.read,
        tags: copy.tags,
        note: copy.note,
        blocks: bodies[at]?.blocks ?? [],
        figures,
      });
    }
    return {
      format: LIST_FORMAT,
      version: LIST_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      articles: exported,
    };
  });
}

/** Words of the Markdown export's frame, in the reader's language. */
export interface MarkdownLabels {
  heading: string;
  saved: string;
  published: string;
  tags: string;
  read: string;
  unread: string;
  note: string;
}

/** Characters Markdown would read as emphasis, code, links or HTML, escaped. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/** Page text as paragraphs: also a line Markdown would read as a heading, a list, a quote or a rule. */
function escapeBlock(text: string): string {
  return escapeInline(text).replace(/^(\s*)([#>+\-=|]|\d+[.)])/gm, '$1\\$2');
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The reading list as a Markdown document: one section per article, its details, note and text. */
export function listMarkdown(data: ReadingListExport, labels: MarkdownLabels): string {
  const parts = [`# ${labels.heading}`];
  for (const article of data.articles) {
    const facts = [
      `${labels.saved}: ${day(article.savedAt)}`,
      article.publishedAt ? `${labels.published}: ${article.publishedAt}` : '',
      article.tags.length ? `${labels.tags}: ${article.tags.map(escapeInline).join(', ')}` : '',
      article.read ? labels.read : labels.unread,
    ].filter(Boolean);
    parts.push(
      `## ${escapeInline(article.title)}`,
      `<${article.url.replace(/[<>\s]/g, encodeURIComponent)}> · ${escapeInline(article.site)} · ${article.lang}`,
      facts.join(' · '),
    );
    if (article.note) parts.push(`**${labels.note}:**\n\n${escapeBlock(article.note).replace(/^/gm, '> ')}`);
    parts.push(...article.blocks.map(escapeBlock));
  }
  return `${parts.join('\n\n')}\n`;
}

const CSV_COLUMNS = [
  'title',
  'url',
  'site',
  'lang',
  'published_at',
  'saved_at',
  'read',
  'tags',
  'note',
  'figures',
  'words',
] as const;

/** The reading list as CSV, one row per article (its text is left to the JSON and Markdown exports). */
export function listCsv(data: ReadingListExport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const article of data.articles) {
    const row = [
      article.title,
      article.url,
      article.site,
      article.lang,
      article.publishedAt,
      new Date(article.savedAt).toISOString(),
      article.read,
      article.tags.join('; '),
      article.note,
      article.figures.length,
      article.blocks.join(' ').split(/\s+/).filter(Boolean).length,
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
