// The reading list as a file of its own: every saved article with its text, its figures, tags, note and read
// state, so that importing it into a fresh profile brings everything back.
import type { FigureSummary } from '../messages';
import type { SavedCopyRow } from '../store/rows';

export const LIST_FORMAT = 'caravan-reading-list';
export const LIST_FORMAT_VERSION = 1;

/** One saved article, whole: its list entry (without the ids and excerpt this store derives), text and figures. */
export type ExportedArticle = Omit<SavedCopyRow, 'articleId' | 'excerpt'> & {
  canonicalUrl: string;
  blocks: string[];
  /** The figures, in reading order, as the store kept them. */
  figures: FigureSummary[];
};

/** The JSON export of the reading list. */
export interface ReadingListExport {
  format: typeof LIST_FORMAT;
  version: number;
  /** ISO date-time of the export. */
  exportedAt: string;
  articles: ExportedArticle[];
}
