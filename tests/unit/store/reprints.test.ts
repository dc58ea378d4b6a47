import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PageReport } from '@/lib/messages';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { buildSeries } from '@/lib/store/fact-series';
import { linkArticle } from '@/lib/store/link-figures';
import { recordPage } from '@/lib/store/record-page';
import { type CopyCandidate, findReprints, wordingOf } from '@/lib/store/reprints';
import { factLines } from '@/lib/ui/fact-lines';
import { useEnglishMessages } from '../../support/english-messages';
import { figureSummary, pageReport } from '../../support/page-report';

beforeEach(useEnglishMessages);

const DISPATCH = '1-10月，中国与哈萨克斯坦双边贸易额达到413.6亿美元，同比增长5.2%。';
const FIGURE = '413.6亿美元';

describe('the wording of a sentence', () => {
  test('a reprint keeps it through spacing, punctuation, full-width forms and case', () => {
    const wording = wordingOf(DISPATCH, FIGURE);
    expect(wording).not.toBe('');
    expect(
      wordingOf(' 1－10月, 中国与哈萨克斯坦双边贸易额达到 413.6 亿美元, 同比增长5.2% ', '413.6 亿美元'),
    ).toBe(wording);
    expect(wordingOf('Trade between China and Kazakhstan reached $41.36 billion.', '$41.36 billion')).toBe(
      wordingOf('TRADE between China and Kazakhstan reached $41.36 billion', '$41.36 billion'),
    );
  });

  test('another sentence around the same figure is another wording; a short line has none', () => {
    expect(wordingOf('据海关统计，1-10月中哈贸易额为413.6亿美元，增长5.2%。', FIGURE)).not.toBe(
      wordingOf(DISPATCH, FIGURE),
    );
    expect(wordingOf('贸易额：413.6亿美元', FIGURE)).toBe('');
    expect(wordingOf('', FIGURE)).toBe('');
  });
});

const report = (fields: Partial<CopyCandidate>): CopyCandidate => ({
  articleId: 1,
  site: 'wire.example',
  title: 'A dispatch',
  wording: 'w1',
  value: 41.36e9,
  text: FIGURE,
  approx: 'none',
  publishedAt: '2025-11-20',
  ...fields,
});

describe('finding reprints among the reports of a fact', () => {
  test('copies point to the first printed of their text, whatever order they come in; a new text stands alone', () => {
    const reports = [
      report({ articleId: 3, site: 'portal-b.example', title: 'B', publishedAt: '2025-11-21' }),
      report({ articleId: 1, publishedAt: '2025-11-20' }),
      report({ articleId: 2, site: 'other.example', title: 'C', wording: 'w2' }),
      report({ articleId: 4, site: 'portal-c.example', title: 'D', publishedAt: '' }),
    ];
    expect(findReprints(reports)).toEqual([1, -1, -1, 1]);
  });

  test("held first, the page's own report names its copies, even when a copy was printed before it", () => {
    const page = report({ articleId: 9, site: 'portal-b.example', title: 'B', publishedAt: '2025-11-22' });
    expect(findReprints([page, report({})], true)).toEqual([-1, 0]);
  });

  test('one article at two addresses of its site is one text; an update that changed the figure is not', () => {
    const amp = report({ articleId: 2, wording: '', publishedAt: '2025-11-20' });
    expect(findReprints([report({ wording: '' }), amp])).toEqual([-1, 0]);
    const updated = report({ articleId: 2, value: 41.5e9, text: '415亿美元', publishedAt: '2025-11-21' });
    expect(findReprints([report({}), updated])).toEqual([-1, -1]);
  });

  test('no wording is no match: short lines of two outlets are two reports', () => {
    expect(
      findReprints([report({ wording: '' }), report({ articleId: 2, site: 'b.example', wording: '' })]),
    ).toEqual([-1, -1]);
  });
});

describe('reprints in the store: linked, counted and shown', () => {
  let db: CaravanDb;
  let n = 0;
  beforeEach(() => {
    db = openDb(`reprints-${++n}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const fact = {
    subject: 'CN-KZ',
    metric: 'trade_volume',
    period: '2025 M1–M10',
    status: 'actual',
    factKey: 'CN-KZ|trade_volume|2025 M1–M10|USD',
    value: 41.36e9,
  };
  const page = (
    url: string,
    siteName: string,
    title: string,
    context: string,
    publishedAt: string,
  ): PageReport =>
    pageReport([figureSummary(0, FIGURE, { ...fact, context })], {
      url,
      siteName,
      title,
      publishedAt,
      lang: 'zh',
    });

  const wire = page(
    'https://wire.example/kz/1',
    'Wire',
    '中哈贸易稳步增长',
    DISPATCH,
    '2025-11-20T09:00:00Z',
  );
  const portal = page(
    'https://portal.example/news/778',
    'Portal',
    '前十月中哈贸易额超四百亿美元',
    // The dispatch's sentence, spaced the portal's way.
    DISPATCH.replace('，', ', '),
    '2025-11-20T15:30:00Z',
  );
  const portalMobile = page(
    'https://m.portal.example/news/778?from=share',
    'Portal',
    '前十月中哈贸易额超四百亿美元',
    '贸易额413.6亿美元',
    '2025-11-20T15:30:00Z',
  );
  const ownSource = page(
    'https://steppe.example/trade',
    'Steppe Courier',
    'Kazakhstan–China trade',
    'Customs data show trade between Kazakhstan and China of $41.36 billion over ten months.',
    '2025-11-25',
  );

  test('the card of a reprint lists its source as the same text, and counts only a real second source', async () => {
    await recordPage(db, wire);
    await recordPage(db, ownSource);
    const id = await recordPage(db, portal);
    const [links] = await linkArticle(db, id);
    expect(links?.others.map((other) => [other.source, other.copy, other.agrees])).toEqual([
      ['Steppe Courier', '', true],
      ['Wire', 'page', true],
    ]);
    expect(links?.agreement).toBe('agree');
    if (!links) throw new Error('no links');
    expect(
      factLines({ value: fact.value, unit: 'USD', approx: 'none' }, links).map((line) => line.text),
    ).toEqual([
      'Another article reports the same and agrees',
      'Same text reprinted, not counted as another source: Wire',
    ]);
  });

  test('two copies of one article are no agreeing sources; the copies of a third are listed as its reprints', async () => {
    const wireId = await recordPage(db, wire);
    const [alone] = await linkArticle(db, await recordPage(db, portal));
    expect(alone?.agreement).toBe('none');
    expect(alone?.others.map((other) => other.copy)).toEqual(['page']);
    // The mobile address gives the same title on the same site: one article, though its line is too short.
    await recordPage(db, portalMobile);
    const [wireLinks] = await linkArticle(db, wireId);
    expect(wireLinks?.agreement).toBe('none');
    expect(wireLinks?.others.map((other) => other.copy)).toEqual(['page', 'page']);
    const steppeId = await recordPage(db, ownSource);
    const [steppe] = await linkArticle(db, steppeId);
    expect(steppe?.others.map((other) => [other.source, other.copy, other.copyOf])).toEqual([
      ['Wire', '', ''],
      ['Portal', 'other', 'Wire'],
      ['Portal', 'other', 'Wire'],
    ]);
    if (!steppe) throw new Error('no links');
    expect(factLines({ value: fact.value, unit: 'USD', approx: 'none' }, steppe)[0]?.text).toBe(
      'Another article reports the same and agrees',
    );
  });

  test('the Facts view marks a reprint and does not count it as a second source', async () => {
    await recordPage(db, wire);
    await recordPage(db, portal);
    const facts = await db.facts.toArray();
    const [single] = await buildSeries(db, facts);
    expect(single?.entries[0]?.agreement).toBe('single');
    expect(single?.entries[0]?.reports.map((shown) => [shown.source, shown.copyOf])).toEqual([
      ['Portal', 'Wire'],
      ['Wire', ''],
    ]);
    await recordPage(db, ownSource);
    const [two] = await buildSeries(db, facts);
    expect(two?.entries[0]?.agreement).toBe('agree');
  });
});

test("a store of schema version 6 gets its reports' wording from their figures' sentences", async () => {
  const snapshot = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../fixtures/db/v6.json'), 'utf8'),
  ) as { tables: Record<string, Record<string, unknown>[]> };
  const old = openDb('reprints-v6', 6);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(snapshot.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = openDb('reprints-v6');
  const [figures] = await db.articleFigures.toArray();
  const rows = await db.factReports.toArray();
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    for (const stored of row.reports) {
      const figure = figures?.figures.find((candidate) => candidate.index === stored.index);
      expect(stored.wording).not.toBe('');
      expect(stored.wording).toBe(wordingOf(figure?.context ?? '', stored.text));
    }
  }
  await db.delete();
});
