import { afterEach, beforeEach, expect, test } from 'vitest';
import { exportList, listCsv, listMarkdown } from '@/lib/list/export-list';
import { importList } from '@/lib/list/import-list';
import { saveArticle } from '@/lib/list/save-article';
import { searchIds } from '@/lib/list/search-index';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { mentionsOf } from '@/lib/store/mentions-of';
import { ImportError } from '@/lib/store/validate-export';
import { articleCapture } from '../../support/capture';
import { useEnglishMessages } from '../../support/english-messages';
import { figureSummary } from '../../support/page-report';

let n = 0;
let db: CaravanDb;
let fresh: CaravanDb;
beforeEach(() => {
  useEnglishMessages();
  db = openDb(`list-export-${++n}`);
  fresh = openDb(`list-import-${n}`);
});
afterEach(async () => {
  await db.delete();
  await fresh.delete();
});

const LABELS = {
  heading: 'Reading list',
  saved: 'Saved',
  published: 'Published',
  tags: 'Tags',
  read: 'Read',
  unread: 'Unread',
  note: 'Note',
};

async function fill(store: CaravanDb): Promise<void> {
  const figures = [figureSummary(0, '$94.8 billion', { factKey: 'CN-CA|trade|2024|USD', subject: 'CN-CA' })];
  const a = await saveArticle(
    store,
    articleCapture(
      'https://a.example/1',
      'Trade tops $94.8 billion',
      ['Trade reached $94.8 billion.', '# not a heading'],
      {
        figures,
      },
    ),
    1000,
  );
  await store.copies.update(a, { tags: ['=cmd', 'trade'], note: 'Check customs\n=SUM(A1)', read: 1 });
  await saveArticle(
    store,
    articleCapture('https://b.example/2', '中亚铁路', ['中欧班列开行一万列。'], { lang: 'zh' }),
    2000,
  );
}

test('a JSON export imported into a fresh store brings back every article whole, searchable', async () => {
  await fill(db);
  const text = JSON.stringify(await exportList(db));
  expect(await importList(fresh, text)).toBe(2);
  expect(await exportList(fresh, new Date(0))).toEqual(await exportList(db, new Date(0)));
  const [zh] = (await searchIds(fresh, '中欧班列')) ?? [];
  expect((await fresh.copies.get(zh ?? -1))?.title).toBe('中亚铁路');
  const [en] = (await searchIds(fresh, 'customs trade')) ?? [];
  expect(en).toBeUndefined(); // notes are not searched; the text is
  const [trade] = (await searchIds(fresh, 'trade')) ?? [];
  expect((await mentionsOf(fresh, trade ?? -1)).map((m) => m.factKey)).toEqual(['CN-CA|trade|2024|USD']);
  expect(await fresh.facts.where('key').equals('CN-CA|trade|2024|USD').count()).toBe(1);
});

test('importing the same export twice keeps one copy of each article', async () => {
  await fill(db);
  const text = JSON.stringify(await exportList(db));
  await importList(fresh, text);
  await importList(fresh, text);
  expect(await fresh.copies.count()).toBe(2);
  expect(await searchIds(fresh, '中欧')).toHaveLength(1);
});

test('the Markdown export is readable: a section per article, its details, note and text, markup escaped', async () => {
  await fill(db);
  const markdown = listMarkdown(await exportList(db), LABELS);
  expect(markdown).toMatch(/^# Reading list\n/);
  expect(markdown).toContain('## Trade tops $94.8 billion');
  expect(markdown).toContain('<https://a.example/1> · a.example · en');
  expect(markdown).toContain('Tags: =cmd, trade · Read');
  expect(markdown).toContain('> Check customs\n> \\=SUM(A1)');
  expect(markdown).toContain('\n\\# not a heading\n');
  expect(markdown).toContain('## 中亚铁路');
});

test('the CSV export has one row per article and neutralizes formulas', async () => {
  await fill(db);
  const lines = listCsv(await exportList(db))
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('title,url,site,lang,published_at,saved_at,read,tags,note,figures,words');
  expect(lines).toHaveLength(3);
  // Newest save first: the Chinese article, then the tagged one, whose tags cell would start with "=".
  expect(lines[1]).toMatch(/^中亚铁路,https:\/\/b\.example\/2,/);
  expect(lines[2]).toContain(",'=cmd; trade,");
  expect(listCsv({ format: 'caravan-reading-list', version: 1, exportedAt: '', articles: [] })).toBe(
    'title,url,site,lang,published_at,saved_at,read,tags,note,figures,words\r\n',
  );
});

const refusals: [string, string, RegExp][] = [
  ['not JSON', '{oops', /not valid JSON/],
  [
    'a fact-store export',
    '{"format":"caravan-fact-store","tables":{}}',
    /fact-store export: import it in the options/,
  ],
  ['another file', '{"hello":1}', /not a Caravan reading-list export/],
  ['a newer format', '{"format":"caravan-reading-list","version":9,"articles":[]}', /newer Caravan/],
  [
    'a bad field',
    '{"format":"caravan-reading-list","version":1,"articles":[{"url":"javascript:alert(1)"}]}',
    /Article 1 has a missing or malformed "url"/,
  ],
];

test.each(refusals)(
  'an import of %s is refused with a clear message and nothing written',
  async (_, text, message) => {
    await fill(fresh);
    const before = await exportList(fresh, new Date(0));
    const refused = importList(fresh, text);
    await expect(refused).rejects.toBeInstanceOf(ImportError);
    await expect(refused).rejects.toThrow(message);
    expect(await exportList(fresh, new Date(0))).toEqual(before);
  },
);

test('an export with the same address twice is refused', async () => {
  await fill(db);
  const data = await exportList(db);
  data.articles.push({ ...(data.articles[0] as (typeof data.articles)[0]) });
  await expect(importList(fresh, JSON.stringify(data))).rejects.toThrow(/repeats the address/);
  expect(await fresh.copies.count()).toBe(0);
});
