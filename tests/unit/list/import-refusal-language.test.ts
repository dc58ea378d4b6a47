// Its own file: t() keeps the plain strings it has read for the page's life, as the browser's language does.
import { afterEach, expect, test } from 'vitest';
import { importList } from '@/lib/list/import-list';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { importStore } from '@/lib/store/import-store';
import { useMessagesOf } from '../../support/english-messages';

let db: CaravanDb | undefined;
afterEach(async () => {
  await db?.delete();
});

test("a refused import is told in the reader's language, with the row and field it stopped at", async () => {
  db = openDb('refusal-language');
  useMessagesOf('ru');
  await expect(importList(db, '{"hello":1}')).rejects.toThrow(
    'Этот файл не является экспортом списка чтения Caravan. Ничего не импортировано.',
  );
  await expect(
    importStore(db, '{"format":"caravan-fact-store","schemaVersion":2,"tables":{"facts":[{"id":1}]}}'),
  ).rejects.toThrow(
    'Строка 1 раздела «facts»: поле «key» отсутствует или повреждено. Ничего не импортировано.',
  );
  useMessagesOf('zh_CN');
  await expect(
    importList(
      db,
      '{"format":"caravan-reading-list","version":1,"articles":[{"url":"javascript:alert(1)"}]}',
    ),
  ).rejects.toThrow('第 1 篇文章缺少“url”或其格式有误。未导入任何内容。');
});
