import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type CaravanDb, openDb } from '@/lib/store/db';
import demoFacts from '@/lib/store/demo-facts.json';
import { csvCell, exportStore, figuresCsv } from '@/lib/store/export-store';
import { importStore } from '@/lib/store/import-store';
import { linkArticle } from '@/lib/store/link-figures';
import { readStats, recordPage } from '@/lib/store/record-page';
import { useEnglishMessages } from '../../support/english-messages';
import { mentionsOfFact } from '../../support/mentions-of-fact';
import { figureSummary, pageReport } from '../../support/page-report';

let n = 0;
let db: CaravanDb;
let other: CaravanDb;

beforeEach(() => {
  useEnglishMessages();
  db = openDb(`export-${++n}`);
  other = openDb(`import-${n}`);
});
afterEach(async () => {
  await db.delete();
  await other.delete();
});

async function fill(store: CaravanDb): Promise<void> {
  const measured = {
    subject: 'CN-CA',
    metric: 'trade_volume',
    period: '2024',
    status: 'actual',
    factKey: 'CN-CA|trade_volume|2024|USD',
  };
  await recordPage(
    store,
    pageReport(
      [
        figureSummary(0, '$94.8 billion', measured),
        figureSummary(1, '5.4%', { unit: 'percent', kind: 'percent' }),
      ],
      { url: 'https://a.example/1' },
    ),
    1000,
  );
  await recordPage(
    store,
    pageReport([figureSummary(0, '948亿美元', { ...measured, value: 94.8e9 })], {
      url: 'https://b.example/2',
      lang: 'zh',
      title: '贸易额948亿美元',
    }),
    2000,
  );
}

const withoutTime = <T extends { exportedAt: string }>(data: T) => ({ ...data, exportedAt: '' });

test('export, then import into an empty store, gives back exactly the same store', async () => {
  await fill(db);
  const exported = await exportStore(db);
  expect(exported.tables.mentions).toHaveLength(3);
  const summary = await importStore(other, JSON.stringify(exported));
  expect(summary).toEqual({ articles: 2, mentions: 3, facts: 1, sources: 2 });
  expect(withoutTime(await exportStore(other))).toEqual(withoutTime(exported));
});

test('importing into a store that has the same articles replaces them instead of doubling them', async () => {
  await fill(db);
  await fill(other);
  await importStore(other, JSON.stringify(await exportStore(db)));
  expect(await other.articles.count()).toBe(2);
  expect(await readStats(other)).toEqual({ articles: 2, mentions: 3 });
  expect(await other.facts.count()).toBe(1);
});

describe('a file that cannot be imported is refused with a reason, and nothing changes', () => {
  test.each([
    ['not JSON', 'this is { not json', /not valid JSON/],
    ['another JSON document', '{"hello": "world"}', /not a Caravan fact-store export/],
    [
      'a newer store version',
      '{"format":"caravan-fact-store","schemaVersion":99,"tables":{}}',
      /newer Caravan.*Update Caravan/,
    ],
    ['no version', '{"format":"caravan-fact-store","tables":{}}', /does not say which version/],
    [
      'a malformed row',
      '{"format":"caravan-fact-store","schemaVersion":2,"tables":{"articles":[{"id":1,"url":"https://x.example/","title":5}]}}',
      /Row 1 of "articles" has a missing or malformed "title"/,
    ],
    [
      'a table that is not a list',
      '{"format":"caravan-fact-store","schemaVersion":2,"tables":{"mentions":{}}}',
      /"mentions" part .* not a list/,
    ],
  ])('%s', async (_name, text, message) => {
    await fill(other);
    const before = await exportStore(other);
    await expect(importStore(other, text)).rejects.toThrow(message);
    expect(withoutTime(await exportStore(other))).toEqual(withoutTime(before));
  });

  test('fields the store does not know are dropped, not stored', async () => {
    await fill(db);
    const exported = await exportStore(db);
    const tampered = JSON.parse(JSON.stringify(exported)) as {
      tables: { articles: Record<string, unknown>[] };
    };
    for (const article of tampered.tables.articles)
      Object.assign(article, { payload: '<img src=x onerror=alert(1)>' });
    await importStore(other, JSON.stringify(tampered));
    expect((await other.articles.toArray()).some((article) => 'payload' in article)).toBe(false);
  });

  test('a write that fails half-way leaves the store as it was', async () => {
    await fill(db);
    const exported = JSON.stringify(await exportStore(db));
    await fill(other);
    const before = await exportStore(other);
    // The disk fills up when the figures are written, after the sources, facts and articles.
    const failWrite = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    other.articleFigures.hook('creating', failWrite);
    await expect(importStore(other, exported)).rejects.toThrow();
    other.articleFigures.hook('creating').unsubscribe(failWrite);
    expect(withoutTime(await exportStore(other))).toEqual(withoutTime(before));
  });
});

test('an export from store version 1 imports, its rows given the newer fields', async () => {
  const v1 = {
    format: 'caravan-fact-store',
    schemaVersion: 1,
    tables: {
      articles: [
        {
          id: 7,
          url: 'https://a.example/x',
          title: 'T',
          site: 'a.example',
          lang: 'en',
          firstSeen: 1,
          lastSeen: 2,
        },
      ],
      mentions: [
        {
          id: 3,
          articleId: 7,
          index: 0,
          text: '$1 billion',
          value: 1e9,
          unit: 'USD',
          kind: 'money',
          approx: 'none',
          context: 'c',
        },
      ],
    },
  };
  expect(await importStore(other, JSON.stringify(v1))).toMatchObject({ articles: 1, mentions: 1 });
  expect((await exportStore(other)).tables.mentions).toMatchObject([
    { text: '$1 billion', quote: { exact: '$1 billion' }, factKey: '' },
  ]);
});

test('an export written by store version 2 (one row per figure) imports whole and links', async () => {
  const v2 = { ...demoFacts, schemaVersion: 2 };
  expect(await importStore(other, JSON.stringify(v2))).toEqual({
    articles: demoFacts.tables.articles.length,
    mentions: demoFacts.tables.mentions.length,
    facts: demoFacts.tables.facts.length,
    sources: demoFacts.tables.sources.length,
  });
  expect((await exportStore(other)).tables.mentions).toEqual(demoFacts.tables.mentions);
  // $94.8 billion of 2024 trade is reported by several demo articles.
  const [mention] = await mentionsOfFact(other, 'CN-CA|trade_volume|2024|USD');
  const links = await linkArticle(other, mention?.articleId ?? 0);
  expect(links.find((link) => link.index === mention?.index)?.others.length).toBeGreaterThan(0);
});

describe('CSV of figures', () => {
  test('one row per figure with its article, in reading order', async () => {
    await fill(db);
    const lines = (await figuresCsv(db)).trim().split('\r\n');
    expect(lines[0]).toMatch(/^article_title,article_url,site,published_at,figure,value,unit/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('$94.8 billion');
    expect(lines[2]).toContain('5.4%');
  });

  test('cells a spreadsheet would run as formulas are neutralized, quotes are escaped', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-5%')).toBe("'-5%");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('a, b')).toBe('"a, b"');
  });

  test.each([
    ['=', '=1+1'],
    ['+', '+7 (727) 555'],
    ['-', '-3.2%'],
    ['@', '@SUM(A1:A9)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
    ['line feed', '\n=1+1'],
    ['space before =', '  =HYPERLINK("http://x")'],
    ['zero-width space before =', '\u200b=1+1'],
    ['right-to-left override before @', '\u202e@SUM(A1)'],
    ['full-width =', '\uff1d1+1'],
    ['full-width +', '\uff0b1'],
    ['full-width -', '\uff0d1'],
    ['full-width @', '\uff20SUM(A1)'],
  ])('a cell starting with %s reaches the spreadsheet as text', (_name, cell) => {
    const written = csvCell(cell);
    // Unquoted, the cell's first character is the apostrophe; quoted, the first character inside the quotes.
    expect(written.startsWith("'") || written.startsWith(`"'`)).toBe(true);
  });

  test('cells that start otherwise are left as they are', () => {
    for (const cell of ['$94.8 billion', '94,8 млрд долларов', '948亿美元', 'a = b', 'x@y', '2024-05-01'])
      expect(csvCell(cell).replace(/^"|"$/g, '')).toBe(cell);
  });
});
