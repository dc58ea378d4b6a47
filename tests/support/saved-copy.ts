import type { SavedCopyRow } from '@/lib/store/rows';

/** A saved copy's row as the reading list stores it: an unread, untagged English article unless `fields` say. */
export function savedCopy(articleId: number, fields: Partial<SavedCopyRow> = {}): SavedCopyRow {
  return {
    articleId,
    url: `https://a.example/${articleId}`,
    title: `Article ${articleId}`,
    site: 'a.example',
    siteName: '',
    lang: 'en',
    publishedAt: '',
    savedAt: 0,
    read: 0,
    tags: [],
    note: '',
    excerpt: '',
    ...fields,
  };
}
