import { afterEach, beforeEach, expect, test } from 'vitest';
import { agrees } from '@/lib/store/agreement';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { exportStore } from '@/lib/store/export-store';
import { readSeriesOfFact } from '@/lib/store/fact-series';
import { importStore } from '@/lib/store/import-store';
import { linkArticle } from '@/lib/store/link-figures';
import { recordPage } from '@/lib/store/record-page';
import { measuredPage } from '../../support/measured-page';

let db: CaravanDb;
let n = 0;
beforeEach(() => {
  db = openDb(`signed-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const FALL = 'https://steppe-wire.example/fall';
const RISE = 'https://silk-ledger.example/rise';
const MINUS = 'https://bazaar-daily.example/minus';

test('a fall of 4.2% and a rise of 4.2% of the same fact disagree; a printed minus agrees with the fall', async () => {
  const fall = await recordPage(db, measuredPage(FALL, '2025年中国与乌兹别克斯坦贸易额同比下降4.2%。'));
  await recordPage(db, measuredPage(RISE, 'Trade between China and Uzbekistan rose 4.2% in 2025.'));
  await recordPage(
    db,
    measuredPage(MINUS, 'Товарооборот Китая и Узбекистана за 2025 год: минус 4,2% к прошлому году.'),
  );

  const [links] = await linkArticle(db, fall);
  expect(links?.agreement).toBe('differ');
  expect(links?.spread).toEqual({ low: -4.2, high: 4.2 });
  const verdicts = Object.fromEntries((links?.others ?? []).map((other) => [other.text, other.agrees]));
  expect(verdicts).toEqual({ '4.2%': false, 'минус 4,2%': true });

  // The Facts view's series holds the values signed.
  const series = await readSeriesOfFact(db, 'CN-UZ|growth:trade_volume|2025|percent');
  const entry = series?.entries[0];
  expect(entry?.reports.map((report) => report.value).sort()).toEqual([-4.2, -4.2, 4.2]);
  expect(entry?.agreement).toBe('differ');
  // Each report differs from another: the two falls from the rise, the rise from both.
  expect(entry?.disagreeing).toHaveLength(3);
});

test('agreement compares signed values: "down 4.2" and -4.2 agree, a fall and a rise do not', () => {
  expect(
    agrees({ value: -4.2, text: '4.2%', approx: 'none' }, { value: -4.2, text: '-4.2%', approx: 'none' }),
  ).toBe(true);
  expect(
    agrees({ value: -4.2, text: '4.2%', approx: 'none' }, { value: 4.2, text: '4.2%', approx: 'none' }),
  ).toBe(false);
});

test('the growth check compares a fall with the stored levels of both years', async () => {
  await recordPage(
    db,
    measuredPage(
      'https://steppe-wire.example/2024',
      'Trade between China and Uzbekistan reached $13.8 billion in 2024.',
    ),
  );
  const page = await recordPage(
    db,
    measuredPage(
      'https://steppe-wire.example/2025',
      'Trade between China and Uzbekistan reached $13.2 billion in 2025, down 4.3% from a year earlier.',
    ),
  );
  const check = (await linkArticle(db, page)).find((links) => links.growthCheck)?.growthCheck;
  expect(check?.impliedPercent).toBeCloseTo(-4.35, 2);
  expect(check?.agrees).toBe(true);
});

test('a backup keeps the sign of a fall, and an import links it as a fall', async () => {
  await recordPage(db, measuredPage(FALL, '2025年中国与乌兹别克斯坦贸易额同比下降4.2%。'));
  const backup = JSON.stringify(await exportStore(db));
  const other = openDb(`signed-import-${n}`);
  try {
    await importStore(other, backup);
    await recordPage(other, measuredPage(RISE, 'Trade between China and Uzbekistan rose 4.2% in 2025.'));
    const series = await readSeriesOfFact(other, 'CN-UZ|growth:trade_volume|2025|percent');
    expect(series?.entries[0]?.reports.map((report) => [report.text, report.value])).toEqual(
      expect.arrayContaining([
        ['4.2%', -4.2],
        ['4.2%', 4.2],
      ]),
    );
    expect(series?.entries[0]?.agreement).toBe('differ');
  } finally {
    await other.delete();
  }
});
