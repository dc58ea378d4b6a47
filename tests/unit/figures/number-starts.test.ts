import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findNumberStart } from '../../../lib/figures/number-starts';
import { EN_NUMBER_WORDS, EN_SCALES_AFTER_A, RU_NUMBER_WORDS } from '../../../lib/figures/read-number-words';

// The scanner replaces one case-insensitive regular expression the extractor used to search with: it must find
// exactly the places that expression finds, whatever the text.

const REFERENCE = new RegExp(
  [
    '[0-9０-９]',
    '[〇零一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]',
    '[过過](?=半)',
    `(?<![A-Za-z'’-])(?:an? (?:${[...EN_SCALES_AFTER_A].join('|')})|${[...EN_NUMBER_WORDS].join('|')})(?=fold|[^A-Za-z]|$)`,
    `(?<![А-Яа-яЁё-])(?:${[...RU_NUMBER_WORDS].join('|')})(?![А-Яа-яЁё])`,
  ].join('|'),
  'gi',
);

function referenceFrom(text: string, from: number): number {
  REFERENCE.lastIndex = from;
  return REFERENCE.exec(text)?.index ?? -1;
}

/** Every start the expression finds, searching again from just after the previous one. */
function referenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = referenceFrom(text, 0); at >= 0; at = referenceFrom(text, at + 1)) starts.push(at);
  return starts;
}

/** Every start, found the way the extractor asks: from just after the previous one. */
function scannedStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = findNumberStart(text, 0); at >= 0; at = findNumberStart(text, at + 1)) starts.push(at);
  return starts;
}

/** The next start from every position: the extractor may resume anywhere. */
function startsFromEveryPosition(text: string, find: (from: number) => number): number[] {
  return Array.from({ length: text.length + 1 }, (_, from) => find(from));
}

// biome-ignore format: a list of pieces reads best packed
const PIECES = [
  'a', 'A', ' ', 'a ', 'A ', 'an ', 'An', 'n', 'hundred', 'Hundred', 'thousand', 'MILLION', 'dozen', 'dozens', 'fold', 'FOLD',
  'folds', 'seven', 'Seventeen', 'seventy', 'ten', 'tens', 'tenth', 'one', 'someone', 'two', 'twofold', "'", '’',
  '-', 'x', 'é', '1', '２', '5.5', '一', '万', '两', '的', '过', '過', '半', 'пять', 'ПЯТЬ', 'два', 'двадцать', 'вдвое', 'тысячи',
  'ё', 'Ё', 'ᲀ', 'ᲁ', 'ᲆ', 'ᲇ', 'дᲀа', 'ᲃто', 'сто', 'стол', 'три', 'тридцать', 'полтора', '\n', '—', '.',
  'billions', 'hundreds', 'eighth', 'sixth', 'thousands', 'eleven', 'twelve', 'ninety', 'nine', 'и', 'й', 'q',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('the number-start scanner', () => {
  test('finds the places the regular expression finds, from every position', () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(scannedStarts(sample)).toEqual(referenceStarts(sample));
        expect(startsFromEveryPosition(sample, (from) => findNumberStart(sample, from))).toEqual(
          startsFromEveryPosition(sample, (from) => referenceFrom(sample, from)),
        );
      }),
      { numRuns: 3000 },
    );
  });

  test('agrees on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (sample) => {
        expect(scannedStarts(sample)).toEqual(referenceStarts(sample));
      }),
      { numRuns: 2000 },
    );
  });

  test('treats every character next to a number word as the regular expression does', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      for (const sample of [
        `${ch}five`,
        `five${ch}`,
        `${ch}пять`,
        `пять${ch}`,
        `п${ch}ть`,
        `fi${ch}e`,
        `a${ch}hundred`,
      ]) {
        if (scannedStarts(sample).join() !== referenceStarts(sample).join()) differing.push(sample);
      }
    }
    expect(differing).toEqual([]);
  }, 60_000);
});
