import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { measureFigures } from '@/lib/facts/measure-figures';
import { extractFigures } from '@/lib/figures';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { exportStore } from '@/lib/store/export-store';
import { importStore } from '@/lib/store/import-store';
import { mentionsOf } from '@/lib/store/mentions-of';
import { recordPage } from '@/lib/store/record-page';
import { type StoredChange, signedStoredValue, spanInSentence } from '@/lib/store/signed-falls';
import { measuredPage } from '../../support/measured-page';

/** A figure of `sentence` as a store before version 8 kept it: measured, its value as printed. */
function storedBefore(sentence: string, figureText: string): StoredChange {
  const figures = extractFigures(sentence);
  const figure = figures.find((candidate) => candidate.text === figureText);
  if (!figure) throw new Error(`no figure "${figureText}" in: ${sentence}`);
  const article = { title: '', lead: '', publishedAt: '2026-01-20', lang: '' };
  const [measure] = measureFigures({ article, figures: [{ sentence, figure }] });
  return {
    text: figure.text,
    value: figure.value,
    unit: figure.unit,
    metric: measure?.metric ?? '',
    context: sentence,
    quote: { exact: figure.text, prefix: sentence.slice(Math.max(0, figure.start - 32), figure.start) },
  };
}

describe('signedStoredValue reads a stored change again', () => {
  test.each([
    ['2025年中国与乌兹别克斯坦贸易额同比下降4.2%。', '4.2%', -4.2],
    ["Kazakhstan's exports to China fell 11.5% in the first half.", '11.5%', -11.5],
    ['Товарооборот Китая и Киргизии снизился на 7,3% за год.', '7,3%', -7.3],
    ['Trade between China and Uzbekistan rose 4.2% in 2025.', '4.2%', 4.2],
  ])('%s', (sentence, figure, value) => {
    expect(signedStoredValue(storedBefore(sentence, figure))).toBeCloseTo(value, 6);
  });

  test('what is no change keeps its value: a level, a multiple, a value already signed', () => {
    const level = storedBefore(
      'Trade between China and Kyrgyzstan fell to $13.1 billion in 2025.',
      '$13.1 billion',
    );
    expect(signedStoredValue(level)).toBe(level.value);
    const multiple = { ...storedBefore('Экспорт сократился в 2 раза.', '2 раза'), metric: 'growth' };
    expect(signedStoredValue(multiple)).toBe(2);
    const signed = storedBefore("Kazakhstan's exports to China fell 11.5% in the first half.", '11.5%');
    expect(signedStoredValue({ ...signed, value: -11.5 })).toBe(-11.5);
  });

  test('a figure its sentence no longer holds keeps its value', () => {
    const fall = storedBefore("Kazakhstan's exports to China fell 11.5% in the first half.", '11.5%');
    expect(signedStoredValue({ ...fall, context: 'Exports fell.' })).toBe(11.5);
  });

  test('of two equal figures in a sentence, the quoted prefix says which one was stored', () => {
    const sentence = 'Exports rose 3% while imports fell 3% over the year.';
    const second = { text: '3%', value: 3, unit: 'percent', metric: 'growth', context: sentence };
    expect(spanInSentence({ ...second, quote: { exact: '3%', prefix: 'while imports fell ' } })).toEqual({
      start: 35,
      end: 37,
    });
    expect(signedStoredValue({ ...second, quote: { exact: '3%', prefix: 'while imports fell ' } })).toBe(-3);
    expect(signedStoredValue({ ...second, quote: { exact: '3%', prefix: 'Exports rose ' } })).toBe(3);
  });
});

let db: CaravanDb;
let n = 0;
beforeEach(() => {
  db = openDb(`signed-falls-${++n}`, 7);
});
afterEach(async () => {
  await db.delete();
});

const FALL_URL = 'https://steppe-wire.example/fall';
const FALL = '2025年中国与乌兹别克斯坦贸易额同比下降4.2%。';

/** Writes the fall as a store before version 8 did: its value positive, in its figure and its fact report. */
async function unsignFalls(store: CaravanDb): Promise<void> {
  await store.articleFigures.toCollection().modify((row) => {
    for (const figure of row.figures) figure.value = Math.abs(figure.value);
  });
  await store.factReports.toCollection().modify((row) => {
    for (const report of row.reports) report.value = Math.abs(report.value);
  });
}

async function storedValues(store: CaravanDb): Promise<number[]> {
  const [article] = await store.articles.toArray();
  const figures = (await mentionsOf(store, article?.id ?? 0)).map((figure) => figure.value);
  const reports = (await store.factReports.toArray()).flatMap((row) => row.reports.map((r) => r.value));
  return [...figures, ...reports];
}

test('opening a version 7 store signs the falls it kept positive, in figures and fact reports', async () => {
  await recordPage(db, measuredPage(FALL_URL, FALL));
  await unsignFalls(db);
  expect(await storedValues(db)).toEqual([4.2, 4.2]);
  db.close();
  db = openDb(db.name);
  await db.open();
  expect(db.verno).toBe(8);
  expect(await storedValues(db)).toEqual([-4.2, -4.2]);
});

test('an export of a version 7 store is imported with its falls signed; a newer export as it is', async () => {
  await recordPage(db, measuredPage(FALL_URL, FALL));
  await unsignFalls(db);
  const old = { ...(await exportStore(db)), schemaVersion: 7 };
  for (const version of [7, 8]) {
    const other = openDb(`signed-falls-import-${n}-${version}`);
    try {
      await importStore(other, JSON.stringify({ ...old, schemaVersion: version }));
      expect(await storedValues(other)).toEqual(version === 7 ? [-4.2, -4.2] : [4.2, 4.2]);
    } finally {
      await other.delete();
    }
  }
});
