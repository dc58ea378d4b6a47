import { afterEach, beforeEach, expect, test } from 'vitest';
import { editCopy, saveArticle } from '@/lib/list/save-article';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { exportStore } from '@/lib/store/export-store';
import { importStore } from '@/lib/store/import-store';
import { articleCapture } from '../../support/capture';
import { figureSummary } from '../../support/page-report';

let n = 0;
let db: CaravanDb;
beforeEach(() => {
  db = openDb(`import-over-saved-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const capture = articleCapture(
  'https://a.example/rail',
  'Railway to Kazakhstan opens',
  ['The new line carries 1,200 containers a week.'],
  { figures: [figureSummary(0, '1,200 containers', { value: 1200, unit: 'count' })] },
);

test('importing a fact-store export over a saved article keeps its saved copy, note and tags joined to it', async () => {
  const articleId = await saveArticle(db, capture);
  await editCopy(db, articleId, { note: 'check the tonnage', tags: ['rail'] });
  // The reader restores a backup of the fact store, which holds the same article.
  await importStore(db, JSON.stringify(await exportStore(db)));
  const copies = await db.copies.toArray();
  expect(copies).toHaveLength(1);
  const [copy] = copies;
  expect(copy).toMatchObject({ note: 'check the tonnage', tags: ['rail'] });
  const article = await db.articles.get(copy?.articleId ?? -1);
  expect(article).toMatchObject({ url: 'https://a.example/rail', saved: 1 });
  expect((await db.articleFigures.get(copy?.articleId ?? -1))?.figures).toHaveLength(1);
});
