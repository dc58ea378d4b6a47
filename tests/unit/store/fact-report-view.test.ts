import { afterEach, beforeEach, expect, test } from 'vitest';
import type { PageReport } from '@/lib/messages';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { REPORTS_PER_FACT, readShownReports } from '@/lib/store/fact-report-view';
import { recordPage } from '@/lib/store/record-page';
import { figureSummary, pageReport } from '../../support/page-report';

let db: CaravanDb;
let n = 0;
beforeEach(() => {
  db = openDb(`fact-report-view-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const KEY = 'CN-KZ|trade_volume|2024|USD';

test('a fact reported more often than a view shows lists its newest reports, newest first', async () => {
  // Stored oldest first: the earliest-stored articles are the oldest ones.
  const articles = REPORTS_PER_FACT + 3;
  for (let day = 1; day <= articles; day++) {
    const figure = figureSummary(0, `$${40 + day} billion`, { factKey: KEY, metric: 'trade_volume' });
    await recordPage(
      db,
      pageReport([figure], {
        url: `https://news.example/${day}`,
        publishedAt: `2025-01-${String(day).padStart(2, '0')}`,
      }),
    );
  }
  const shown = (await readShownReports(db, [KEY])).get(KEY) ?? [];
  expect(shown).toHaveLength(REPORTS_PER_FACT);
  expect(shown[0]?.publishedAt).toBe(`2025-01-${articles}`);
  expect(shown.at(-1)?.publishedAt).toBe('2025-01-04');
});

test("each report names its outlet and carries its article's title, date and language", async () => {
  const report = (text: string, fields: Partial<PageReport>) =>
    recordPage(db, pageReport([figureSummary(0, text, { factKey: KEY, metric: 'trade_volume' })], fields));
  await report('$43.8 billion', {
    url: 'https://www.steppe.example/kz',
    siteName: 'Steppe Ledger',
    title: 'Trade hits a record',
    publishedAt: '2025-01-20',
  });
  await report('438 亿美元', {
    url: 'https://silu.example/cn',
    siteName: '',
    lang: 'zh',
    title: '中哈贸易创新高',
    publishedAt: '2025-01-21',
  });
  const shown = (await readShownReports(db, [KEY])).get(KEY) ?? [];
  expect(
    shown.map(({ text, title, source, lang, publishedAt }) => ({ text, title, source, lang, publishedAt })),
  ).toEqual([
    {
      text: '438 亿美元',
      title: '中哈贸易创新高',
      source: 'silu.example',
      lang: 'zh',
      publishedAt: '2025-01-21',
    },
    {
      text: '$43.8 billion',
      title: 'Trade hits a record',
      source: 'Steppe Ledger',
      lang: 'en',
      publishedAt: '2025-01-20',
    },
  ]);
});

test('an article read again with other figures no longer reports what it dropped', async () => {
  const url = 'https://news.example/kz';
  await recordPage(db, pageReport([figureSummary(0, '$43.8 billion', { factKey: KEY })], { url }));
  await recordPage(db, pageReport([figureSummary(0, '12 trains')], { url }));
  expect((await readShownReports(db, [KEY])).get(KEY)).toEqual([]);
});
