import { afterEach, beforeEach, expect, test } from 'vitest';
import type { PageReport } from '@/lib/messages';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { mentionsOf } from '@/lib/store/mentions-of';
import { readStats, recordPage } from '@/lib/store/record-page';
import { mentionsOfFact } from '../../support/mentions-of-fact';
import { figureSummary, pageReport } from '../../support/page-report';

let db: CaravanDb;
let n = 0;

beforeEach(() => {
  db = openDb(`test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

function report(figureTexts: string[], url = 'https://news.example/a?id=1'): PageReport {
  return pageReport(
    figureTexts.map((text, index) => figureSummary(index, text)),
    { url },
  );
}

test('stores an article with its site and its figures in reading order', async () => {
  const id = await recordPage(db, report(['$94.8 billion', '10.4%']), 1000);
  const article = await db.articles.get(id);
  expect(article).toMatchObject({
    url: 'https://news.example/a?id=1',
    site: 'news.example',
    firstSeen: 1000,
    lastSeen: 1000,
  });
  const mentions = await mentionsOf(db, id);
  expect(mentions.map((m) => m.text)).toEqual(['$94.8 billion', '10.4%']);
});

test('a second visit updates the article and replaces its figures instead of adding them twice', async () => {
  const first = await recordPage(db, report(['$94.8 billion', '10.4%']), 1000);
  const second = await recordPage(db, report(['$94.8 billion']), 2000);
  expect(second).toBe(first);
  expect(await readStats(db)).toEqual({ articles: 1, mentions: 1 });
  expect((await db.articles.get(first))?.firstSeen).toBe(1000);
  expect((await db.articles.get(first))?.lastSeen).toBe(2000);
});

test('a failure inside the write leaves the store as it was', async () => {
  await recordPage(db, report(['$1 billion']), 1000);
  const broken = report(['$2 billion'], 'https://news.example/b');
  // A figure that cannot be cloned into IndexedDB makes the transaction fail half-way.
  (broken.figures[0] as unknown as { value: unknown }).value = () => 1;
  await expect(recordPage(db, broken)).rejects.toThrow();
  expect(await readStats(db)).toEqual({ articles: 1, mentions: 1 });
});

test('figures that report a known fact create that fact once, shared across articles', async () => {
  const key = 'CN-CA|trade_volume|2024|USD';
  const measured = {
    subject: 'CN-CA',
    metric: 'trade_volume',
    period: '2024',
    status: 'actual',
    factKey: key,
  };
  await recordPage(
    db,
    pageReport([figureSummary(0, '$94.8 billion', measured)], { url: 'https://a.example/1' }),
  );
  await recordPage(
    db,
    pageReport([figureSummary(0, '94.8 billion dollars', measured)], { url: 'https://b.example/2' }),
  );
  expect(await db.facts.toArray()).toMatchObject([
    { key, subject: 'CN-CA', metric: 'trade_volume', unitFamily: 'USD' },
  ]);
  expect((await mentionsOfFact(db, key)).map((m) => m.text)).toEqual([
    '$94.8 billion',
    '94.8 billion dollars',
  ]);
  expect(await db.sources.count()).toBe(2);
});

test('the same article under another address is recognized by its canonical url', async () => {
  const canonicalUrl = 'https://news.example/a';
  const first = await recordPage(
    db,
    pageReport([figureSummary(0, '$1 billion')], { url: 'https://news.example/a?utm=x', canonicalUrl }),
  );
  const second = await recordPage(
    db,
    pageReport([figureSummary(0, '$1 billion')], { url: 'http://127.0.0.1:4173/a/', canonicalUrl }),
  );
  expect(second).toBe(first);
  expect(await db.articles.count()).toBe(1);
  expect((await db.articles.get(first))?.url).toBe('https://news.example/a?utm=x');
});
