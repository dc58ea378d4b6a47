import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readFactQuery } from '@/lib/facts/read-query';
import { clearStore } from '@/lib/store/clear-store';
import { type CaravanDb, openDb } from '@/lib/store/db';
import demoFacts from '@/lib/store/demo-facts.json';
import { compareSpans, readSeriesOfFact } from '@/lib/store/fact-series';
import { importStore } from '@/lib/store/import-store';
import { readStats, recordPage } from '@/lib/store/record-page';
import { SERIES_PER_SEARCH, searchFacts } from '@/lib/store/search-facts';
import { figureSummary, pageReport } from '../../support/page-report';

describe('reading a search', () => {
  test('a country, in any of the three languages, stands for itself and its pair with China', () => {
    for (const query of ['Kazakhstan', '哈萨克斯坦', 'Казахстан'])
      expect(readFactQuery(query).subjects).toEqual(['KZ', 'CN-KZ']);
  });

  test('a metric word asks for the metric and its growth; a growth word for the growth only', () => {
    expect(readFactQuery('Kazakhstan trade').measures).toEqual(['trade_volume', 'growth:trade_volume']);
    expect(readFactQuery('中亚 出口 增长 2025')).toMatchObject({
      subjects: ['CA', 'CN-CA'],
      measures: ['growth:exports'],
      years: ['2025'],
    });
  });

  test('an exchange rate and a price are asked for in the three languages', () => {
    for (const query of ['Kazakhstan exchange rate', '哈萨克斯坦 汇率', 'курс Казахстан'])
      expect(readFactQuery(query).measures).toContain('exchange_rate');
    for (const query of ['wheat price', '小麦价格', 'цена пшеницы'])
      expect(readFactQuery(query).measures).toContain('price');
  });

  test("a regional currency named in a search for rates asks for its country's rate", () => {
    for (const query of ['курс тенге', 'tenge exchange rate', '坚戈汇率', 'курс на 1 марта тенге'])
      expect(readFactQuery(query)).toMatchObject({
        subjects: ['KZ'],
        measures: ['exchange_rate', 'growth:exchange_rate'],
      });
    expect(readFactQuery('курс юаня').subjects).toEqual(['CN']);
    // The dollar a rate is counted in names no country; in a search for trade, "tenge" stays a word.
    expect(readFactQuery('dollar exchange rate').subjects).toEqual([]);
    expect(readFactQuery('Kazakhstan tenge trade').subjects).toEqual(['KZ', 'CN-KZ']);
  });

  test('"курс на" before a word is a course, not a rate; before a date it is a rate', () => {
    expect(readFactQuery('Казахстан курс на сотрудничество').measures).toEqual([]);
    expect(readFactQuery('курс на 1 марта').measures).toContain('exchange_rate');
    expect(readFactQuery('курсов валют').measures).toContain('exchange_rate');
  });

  test('what the gazetteer and cue words do not know is kept as words', () => {
    expect(readFactQuery('Tianshan  Times')).toMatchObject({
      subjects: [],
      measures: [],
      words: ['tianshan', 'times'],
    });
  });
});

test('periods sort by year, then by the month they end', () => {
  expect(['2025', '2024 M1–M5', '2023', '2024', '2024 M3'].sort(compareSpans)).toEqual([
    '2023',
    '2024 M3',
    '2024 M1–M5',
    '2024',
    '2025',
  ]);
});

describe('searching the store', () => {
  let db: CaravanDb;
  let n = 0;
  beforeEach(async () => {
    db = openDb(`search-${++n}`);
    await importStore(db, JSON.stringify(demoFacts));
  });
  afterEach(async () => {
    await db.delete();
  });

  test.each(['Kazakhstan trade', '哈萨克斯坦 贸易', 'Казахстан торговля'])(
    '"%s" finds China–Kazakhstan trade over the years, reports in every language',
    async (query) => {
      const { series } = await searchFacts(db, query);
      const trade = series.find((item) => item.id === 'CN-KZ|trade_volume|USD');
      expect(trade?.entries.map((entry) => entry.period)).toEqual(['2023', '2024', '2025 M1–M10']);
      expect(series.every((item) => item.subject === 'CN-KZ')).toBe(true);
      expect(series.map((item) => item.measure)).toContain('growth:trade_volume');
    },
  );

  test('an article repeating a figure counts once; three articles in three languages agree', async () => {
    const { series } = await searchFacts(db, 'China Central Asia trade 2024');
    const entry = series
      .find((item) => item.id === 'CN-CA|trade_volume|USD')
      ?.entries.find((item) => item.period === '2024');
    expect(entry?.reports.map((report) => report.lang).sort()).toEqual(['en', 'ru', 'zh']);
    expect(entry?.agreement).toBe('agree');
    expect(entry?.reports.every((report) => report.fragment.includes('#:~:text='))).toBe(true);
  });

  test('reports that do not agree are marked', async () => {
    const { series } = await searchFacts(db, '中亚 出口 增长');
    const entry = series.find((item) => item.id === 'CA|growth:exports|percent')?.entries[0];
    expect(entry?.agreement).toBe('differ');
    expect(entry?.disagreeing).toHaveLength(2);
  });

  test('an outlet or a figure as printed finds its facts', async () => {
    const bySite = await searchFacts(db, 'tianshan-times');
    expect(bySite.series.length).toBeGreaterThan(0);
    const byText = await searchFacts(db, '1063亿美元');
    expect(byText.series.map((item) => item.id)).toEqual(['CN-CA|trade_volume|USD']);
  });

  test('a figure as printed is found in the newest articles and in older ones, hundreds of articles apart', async () => {
    const figure = (text: string, factKey: string) =>
      figureSummary(0, text, { factKey, metric: 'investment' });
    await recordPage(
      db,
      pageReport([figure('$4.321 billion', 'CN-KZ|investment|2019|USD')], { url: 'https://old.example/a' }),
    );
    for (let page = 0; page < 300; page++)
      await recordPage(db, pageReport([], { url: `https://filler.example/${page}` }));
    await recordPage(
      db,
      pageReport([figure('$8.765 billion', 'CN-KZ|investment|2025|USD')], { url: 'https://new.example/a' }),
    );
    for (const [text, id] of [
      ['$8.765 billion', 'CN-KZ|investment|USD'],
      ['$4.321 billion', 'CN-KZ|investment|USD'],
    ])
      expect((await searchFacts(db, text)).series.map((item) => item.id)).toEqual([id]);
  });

  test('ids left free by a cleared store are skipped, not read a range at a time', async () => {
    const figure = figureSummary(0, '$7.654 billion', {
      factKey: 'CN-UZ|investment|2025|USD',
      metric: 'investment',
    });
    const id = await recordPage(db, pageReport([figure], { url: 'https://gap.example/a' }));
    // The newest article's row sits 100,000 ids above the others, as after a store was cleared and refilled.
    const row = await db.articleFigures.get(id);
    if (row) await db.articleFigures.put({ ...row, articleId: id + 100_000 });
    await db.articleFigures.delete(id);
    const where = vi.spyOn(db.articleFigures, 'where');
    expect((await searchFacts(db, '$7.654 billion')).series.map((item) => item.id)).toEqual([
      'CN-UZ|investment|USD',
    ]);
    expect(where.mock.calls.length).toBeLessThan(12);
  });

  test("two articles' rates of the tenge in one year are one fact, and agree within their rounding", async () => {
    const rate = (text: string, value: number, url: string) =>
      recordPage(
        db,
        pageReport(
          [
            figureSummary(0, text, {
              value,
              unit: 'KZT/USD',
              subject: 'KZ',
              metric: 'exchange_rate',
              period: '2024',
              factKey: 'KZ|exchange_rate|2024|KZT/USD',
            }),
          ],
          { url },
        ),
      );
    await rate('470.5 tenge per dollar', 470.5, 'https://one.example/a');
    await rate('470,52 тенге за доллар', 470.52, 'https://two.example/b');
    const { series } = await searchFacts(db, 'Kazakhstan exchange rate');
    expect(series.map((item) => item.id)).toEqual(['KZ|exchange_rate|KZT/USD']);
    expect(series[0]?.entries.map((entry) => [entry.period, entry.reports.length, entry.agreement])).toEqual([
      ['2024', 2, 'agree'],
    ]);
  });

  test('a search for the rate of one currency finds that currency, not every rate', async () => {
    const rate = (text: string, value: number, unit: string, subject: string, url: string) =>
      recordPage(
        db,
        pageReport(
          [
            figureSummary(0, text, {
              value,
              unit,
              subject,
              metric: 'exchange_rate',
              period: '2024',
              factKey: `${subject}|exchange_rate|2024|${unit}`,
            }),
          ],
          { url },
        ),
      );
    await rate('470.5 tenge per dollar', 470.5, 'KZT/USD', 'KZ', 'https://one.example/a');
    await rate('7.19 yuan per dollar', 7.19, 'CNY/USD', 'CN', 'https://two.example/b');
    for (const query of ['курс тенге', 'tenge exchange rate', '坚戈汇率'])
      expect((await searchFacts(db, query)).series.map((item) => item.id)).toEqual([
        'KZ|exchange_rate|KZT/USD',
      ]);
    expect((await searchFacts(db, 'курс юаня')).series.map((item) => item.id)).toEqual([
      'CN|exchange_rate|CNY/USD',
    ]);
  });

  test('nothing found, and a store with no facts, are told apart', async () => {
    expect(await searchFacts(db, 'zzzz-nowhere')).toEqual({ series: [], more: false, storeEmpty: false });
    await clearStore(db);
    expect(await searchFacts(db, '')).toEqual({ series: [], more: false, storeEmpty: true });
  });

  test('a query that is not text, or far too long, is answered, not thrown at', async () => {
    expect((await searchFacts(db, 42)).series.length).toBe(SERIES_PER_SEARCH);
    expect(await searchFacts(db, 'zz'.repeat(100_000))).toMatchObject({ series: [], storeEmpty: false });
    expect(await readSeriesOfFact(db, { key: 'CN-CA|trade_volume|2024|USD' })).toBeNull();
  });

  test('a focused fact comes with its whole series', async () => {
    const series = await readSeriesOfFact(db, 'CN-CA|trade_volume|2024|USD');
    expect(series?.entries.map((entry) => entry.period)).toEqual(['2022', '2023 M1–M4', '2024', '2025']);
    expect(await readSeriesOfFact(db, 'XX|none|2024|USD')).toBeNull();
  });

  test('an empty search shows the newest facts, a bounded number of series', async () => {
    const { series, more } = await searchFacts(db, '');
    expect(series.length).toBe(SERIES_PER_SEARCH);
    expect(more).toBe(true);
  });
});

test('clearing the store empties every table', async () => {
  const db = openDb('clear-1');
  await recordPage(
    db,
    pageReport([figureSummary(0, '$5 billion', { factKey: 'CN-KZ|trade_volume|2024|USD' })]),
  );
  await clearStore(db);
  expect(await readStats(db)).toEqual({ articles: 0, mentions: 0 });
  expect(await db.facts.count()).toBe(0);
  expect(await db.sources.count()).toBe(0);
  await db.delete();
});
