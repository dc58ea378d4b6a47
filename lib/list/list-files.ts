// The reading list's export files: name, type and content for each format.
import { t } from '../i18n';
import type { CaravanDb } from '../store/db';
import { exportList, listCsv, listMarkdown } from './export-list';

/** An export ready to save. */
export interface ListFile {
  name: string;
  type: string;
  content: string;
  count: number;
}

/** The reading list exported in one format, named with today's date. */
export async function listFile(
  db: CaravanDb,
  format: 'md' | 'json' | 'csv',
  now = new Date(),
): Promise<ListFile> {
  const data = await exportList(db, now);
  const name = `caravan-reading-list-${now.toISOString().slice(0, 10)}.${format}`;
  const count = data.articles.length;
  if (format === 'json')
    return { name, type: 'application/json', content: JSON.stringify(data, null, 1), count };
  if (format === 'csv') return { name, type: 'text/csv', content: listCsv(data), count };
  const labels = {
    heading: t('listMdHeading'),
    saved: t('listMdSaved'),
    published: t('listMdPublished'),
    tags: t('listTags'),
    read: t('listReadRead'),
    unread: t('listReadUnread'),
    note: t('listNote'),
  };
  return { name, type: 'text/markdown', content: listMarkdown(data, labels), count };
}
