import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { FigureSummary } from '@/lib/messages';
import { agrees, roundingOf } from '@/lib/store/agreement';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { exportStore } from '@/lib/store/export-store';
import { importStore } from '@/lib/store/import-store';
import { linkArticle, linkPage, previousPeriod } from '@/lib/store/link-figures';
import { recordPage } from '@/lib/store/record-page';
import { figureSummary, pageReport } from '../../support/page-report';

describe('agreement within rounding', () => {
  test('a figure is as precise as the digits it prints', () => {
    expect(roundingOf({ value: 94.8e9, text: '$94.8 billion', approx: 'none' })).toBeCloseTo(0.05e9);
    expect(roundingOf({ value: 94.8e9, text: '948亿美元', approx: 'none' })).toBeCloseTo(0.5e8);
    expect(roundingOf({ value: 66.2e9, text: '66,2 млрд долларов', approx: 'none' })).toBeCloseTo(0.05e9);
    expect(roundingOf({ value: 16400, text: '16,400 trains', approx: 'none' })).toBe(50);
  });

  test('reports agree when they round to each other, and differ when they do not', () => {
    expect(
      agrees(
        { value: 94.8e9, text: '$94.8 billion', approx: 'none' },
        { value: 94.8e9, text: '948亿美元', approx: 'none' },
      ),
    ).toBe(true);
    expect(
      agrees(
        { value: 95e9, text: '$95 billion', approx: 'none' },
        { value: 94.8e9, text: '$94.8 billion', approx: 'none' },
      ),
    ).toBe(true);
    expect(
      agrees(
        { value: 94.8e9, text: '$94.8 billion', approx: 'none' },
        { value: 89.4e9, text: '$89.4 billion', approx: 'none' },
      ),
    ).toBe(false);
  });

  test('a stated bound agrees with the values it allows', () => {
    expect(
      agrees(
        { value: 100e9, text: '千亿美元', approx: 'over' },
        { value: 106.3e9, text: '1063亿美元', approx: 'none' },
      ),
    ).toBe(true);
    expect(
      agrees(
        { value: 100e9, text: 'over $100 billion', approx: 'over' },
        { value: 94.8e9, text: '$94.8 billion', approx: 'none' },
      ),
    ).toBe(false);
  });
});

test('the period a year earlier keeps its shape', () => {
  expect(previousPeriod('2025 M1–M5')).toBe('2024 M1–M5');
  expect(previousPeriod('2024')).toBe('2023');
  expect(previousPeriod('first half')).toBeNull();
});

describe('linking the figures of a page to the store', () => {
  let db: CaravanDb;
  let n = 0;
  beforeEach(() => {
    db = openDb(`link-${++n}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const trade = (period: string, unit = 'USD') => ({
    subject: 'CN-CA',
    metric: 'trade_volume',
    period,
    status: 'actual',
    factKey: `CN-CA|trade_volume|${period}|${unit}`,
  });

  test('other articles that report the same fact are listed with their sources, and agreement is judged', async () => {
    await recordPage(
      db,
      pageReport([figureSummary(0, '948亿美元', { ...trade('2024'), value: 94.8e9 })], {
        url: 'https://a.example/1',
        siteName: 'Silk Finance',
        publishedAt: '2025-01-13',
      }),
    );
    await recordPage(
      db,
      pageReport([figureSummary(0, '$89.4 billion', { ...trade('2024'), value: 89.4e9 })], {
        url: 'https://b.example/2',
        siteName: 'Wire B',
        publishedAt: '2025-02-01',
      }),
    );
    const id = await recordPage(
      db,
      pageReport([figureSummary(0, '$94.8 billion', { ...trade('2024'), value: 94.8e9 })], {
        url: 'https://c.example/3',
      }),
    );
    const [links] = await linkArticle(db, id);
    expect(links?.agreement).toBe('differ');
    expect(links?.spread).toEqual({ low: 89.4e9, high: 94.8e9 });
    expect(links?.others.map((other) => [other.source, other.text, other.agrees])).toEqual([
      ['Wire B', '$89.4 billion', false],
      ['Silk Finance', '948亿美元', true],
    ]);
  });

  test('a figure no other article reports has no links', async () => {
    const id = await recordPage(db, pageReport([figureSummary(0, '$94.8 billion', trade('2024'))]));
    expect((await linkArticle(db, id))[0]).toMatchObject({ agreement: 'none', others: [], spread: null });
  });

  test('a stated conversion shows the rate it implies, on both amounts', async () => {
    const id = await recordPage(
      db,
      pageReport([
        figureSummary(0, '173.05 billion yuan', { value: 173.05e9, unit: 'CNY' }),
        figureSummary(1, '$24.8 billion', { value: 24.8e9, conversionOf: 0 }),
      ]),
    );
    const [yuan, dollars] = await linkArticle(db, id);
    expect(dollars?.conversion?.text).toBe('173.05 billion yuan');
    expect(dollars?.conversion?.rate).toBeCloseTo(6.978, 3);
    expect(yuan?.conversion?.text).toBe('$24.8 billion');
    expect(yuan?.conversion?.rate).toBeCloseTo(0.1433, 4);
  });

  /**
   * 2024's China–Central Asia trade after 2023's is stored, with a growth figure beside it on the 2024 page:
   * what the store links to that growth.
   */
  async function linkGrowthAfterBase(growth: FigureSummary) {
    await recordPage(
      db,
      pageReport([figureSummary(0, '$89.4 billion', { ...trade('2023'), value: 89.4e9 })], {
        url: 'https://a.example/2023',
      }),
    );
    const id = await recordPage(
      db,
      pageReport([figureSummary(0, '$94.8 billion', { ...trade('2024'), value: 94.8e9 }), growth], {
        url: 'https://b.example/2024',
      }),
    );
    return (await linkArticle(db, id))[1];
  }

  const growthOfTrade = (unit: string) => ({
    subject: 'CN-CA',
    metric: 'growth',
    growthOf: 'trade_volume',
    period: '2024',
    status: 'actual',
    factKey: `CN-CA|growth:trade_volume|2024|${unit}`,
  });

  test('a growth rate is checked against the stored value of the same period a year earlier', async () => {
    const check = (
      await linkGrowthAfterBase(
        figureSummary(1, '6%', { ...growthOfTrade('percent'), value: 6, unit: 'percent', kind: 'percent' }),
      )
    )?.growthCheck;
    expect(check?.impliedPercent).toBeCloseTo(6.04, 2);
    expect(check?.agrees).toBe(true);
  });

  test('a growth in money ("up by $5.4 billion") is never checked as a percent', async () => {
    const links = await linkGrowthAfterBase(
      figureSummary(1, '$5.4 billion', { ...growthOfTrade('USD'), value: 5.4e9 }),
    );
    expect(links?.growthCheck).toBeNull();
  });

  test('a page read again with other figures is linked by what it says now, not by what it said', async () => {
    const first = pageReport([figureSummary(0, '$89.4 billion', { ...trade('2024'), value: 89.4e9 })], {
      url: 'https://a.example/1',
    });
    await recordPage(db, first);
    const id = await recordPage(
      db,
      pageReport([figureSummary(0, '$94.8 billion', { ...trade('2024'), value: 94.8e9 })], {
        url: 'https://b.example/2',
      }),
    );
    expect((await linkArticle(db, id))[0]?.others.map((other) => other.text)).toEqual(['$89.4 billion']);
    // The first article is corrected to the same figure: its old report gives way to the new one.
    await recordPage(db, {
      ...first,
      figures: [figureSummary(0, '$94.8 billion', { ...trade('2024'), value: 94.8e9 })],
    });
    expect((await linkArticle(db, id))[0]).toMatchObject({
      agreement: 'agree',
      others: [{ text: '$94.8 billion' }],
    });
    // Then it no longer reports the fact at all.
    await recordPage(db, { ...first, figures: [figureSummary(0, '$1 billion', trade('2023'))] });
    expect((await linkArticle(db, id))[0]).toMatchObject({ agreement: 'none', others: [] });
    expect(await db.factReports.get(trade('2024').factKey)).toMatchObject({ reports: [{ articleId: id }] });
  });

  test('another article is shown as it was last read, and a figure without a text-fragment link opens it', async () => {
    const other = pageReport([figureSummary(0, '$94.8 billion', { ...trade('2024'), fragment: '' })], {
      url: 'https://a.example/1',
      title: 'Trade tops $90 billion',
      publishedAt: '2025-01-13',
    });
    await recordPage(db, other);
    const id = await recordPage(
      db,
      pageReport([figureSummary(0, '948亿美元', trade('2024'))], { url: 'https://b.example/2' }),
    );
    expect((await linkArticle(db, id))[0]?.others).toMatchObject([
      { title: 'Trade tops $90 billion', publishedAt: '2025-01-13', fragment: 'https://a.example/1' },
    ]);
    // The other article is read again under a corrected headline and date.
    await recordPage(db, { ...other, title: 'Trade tops $94 billion', publishedAt: '2025-01-14' });
    expect((await linkArticle(db, id))[0]?.others).toMatchObject([
      { title: 'Trade tops $94 billion', publishedAt: '2025-01-14', source: 'News Example' },
    ]);
  });

  test('a store not yet opened, as after the service worker restarts, is opened to link a page', async () => {
    await recordPage(
      db,
      pageReport([figureSummary(0, '948亿美元', trade('2024'))], { url: 'https://a.example/1' }),
    );
    const id = await recordPage(
      db,
      pageReport([figureSummary(0, '$94.8 billion', trade('2024'))], { url: 'https://b.example/2' }),
    );
    const restarted = openDb(db.name);
    expect(restarted.isOpen()).toBe(false);
    expect((await linkArticle(restarted, id))[0]?.others.map((other) => other.text)).toEqual(['948亿美元']);
    restarted.close();
  });

  test('a page is found by its address, else by its canonical url, and an unknown page links nothing', async () => {
    await recordPage(
      db,
      pageReport([figureSummary(0, '948亿美元', trade('2024'))], { url: 'https://a.example/1' }),
    );
    await recordPage(
      db,
      pageReport([figureSummary(0, '$94.8 billion', trade('2024'))], {
        url: 'https://b.example/2',
        canonicalUrl: 'https://b.example/canonical',
      }),
    );
    const textsOf = async (url: string, canonicalUrl: string) =>
      (await linkPage(db, url, canonicalUrl))[0]?.others.map((other) => other.text);
    expect(await textsOf('https://b.example/2', '')).toEqual(['948亿美元']);
    expect(await textsOf('https://b.example/2?utm=x', 'https://b.example/canonical')).toEqual(['948亿美元']);
    expect(await linkPage(db, 'https://c.example/3', 'https://c.example/3')).toEqual([]);
  });

  test('an export imported over the same articles links each report once', async () => {
    const id = await recordPage(
      db,
      pageReport([figureSummary(0, '$94.8 billion', trade('2024'))], { url: 'https://a.example/1' }),
    );
    await recordPage(
      db,
      pageReport([figureSummary(0, '948亿美元', trade('2024'))], { url: 'https://b.example/2' }),
    );
    const exported = JSON.stringify(await exportStore(db));
    await importStore(db, exported);
    await importStore(db, exported);
    const [article] = await db.articles.where('url').equals('https://a.example/1').toArray();
    // The article keeps its id, which a saved copy of it is keyed by (import-over-saved.test.ts).
    expect(article?.id).toBe(id);
    expect((await linkArticle(db, article?.id ?? 0))[0]?.others.map((other) => other.text)).toEqual([
      '948亿美元',
    ]);
    expect((await db.factReports.get(trade('2024').factKey))?.reports).toHaveLength(2);
  });
});
