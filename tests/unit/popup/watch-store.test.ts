import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { saveArticle } from '@/lib/list/save-article';
import { watchTable } from '@/lib/popup/watch-store';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { articleCapture } from '../../support/capture';

let n = 0;
let db: CaravanDb;
beforeEach(() => {
  db = openDb(`watch-store-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const capture = articleCapture('https://a.example/rail', 'Railway to Kazakhstan opens', [
  'The new line carries 1,200 containers a week.',
]);

test('a save made after the watch starts is reported; the list as it was is not, nor anything after stopping', async () => {
  const onChange = vi.fn();
  const stop = watchTable(db.copies, onChange);
  // The live query's first answer (the list as shown) is no change.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(onChange).not.toHaveBeenCalled();
  await saveArticle(db, capture);
  await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
  stop();
  await db.copies.update((await db.copies.toCollection().first())?.articleId ?? 0, { read: 1 });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(onChange).toHaveBeenCalledTimes(1);
});
