import { foldRussianCode, isAsciiLetterCode } from './char-classes';
import { EN_NUMBER_WORDS, EN_SCALES_AFTER_A, RU_NUMBER_WORDS } from './read-number-words';

// Where a number may start: a digit, a Chinese numeral, 过 before 半 ("过半", more than half), 半 before 数, or an English or Russian number word that stands as a
// word of its own ("seven", "twentyfold", "пять"; not "someone", "Seventh", "пятьдесят" inside "пятьдесятый").
// One pass over the characters, word by word: the extractor asks for the next start after each number it read.
// Word comparison ignores case as a case-insensitive regular expression without the `u` flag does: ASCII for
// English; for Russian, upper and lower case plus the old Cyrillic letter forms U+1C80–U+1C86 ("ᲀ" is "в").

const CHINESE_NUMERALS = new Set(
  '〇零一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟'
    .split('')
    .map((ch) => ch.charCodeAt(0)),
);
const OTHER = 0;
const NUMBER = 1;
const LATIN = 2;
const RUSSIAN = 3;
/** 过 or 過: a start only before 半. */
const PASSED = 4;
const HALF = '半'.charCodeAt(0);
/** 半 itself: a start only before 数 or 數 ("半数以上", half the number). */
const HALF_KIND = 5;
const HALF_COUNT = new Set(['数'.charCodeAt(0), '數'.charCodeAt(0)]);
/** What each UTF-16 code unit is to the scan: a number's first character, a letter of a script, or other. */
const KINDS = (() => {
  const kinds = new Uint8Array(0x10000);
  for (let code = 0; code < kinds.length; code++) {
    if (isAsciiLetterCode(code)) kinds[code] = LATIN;
    else if (foldRussianCode(code) >= 0) kinds[code] = RUSSIAN;
  }
  for (const code of CHINESE_NUMERALS) kinds[code] = NUMBER;
  kinds['过'.charCodeAt(0)] = PASSED;
  kinds['過'.charCodeAt(0)] = PASSED;
  kinds[HALF] = HALF_KIND;
  for (let digit = 0; digit < 10; digit++) {
    kinds[48 + digit] = NUMBER;
    kinds[0xff10 + digit] = NUMBER;
  }
  return kinds;
})();
const LONGEST_EN_WORD = Math.max(...[...EN_NUMBER_WORDS, ...EN_SCALES_AFTER_A].map((word) => word.length));
const LONGEST_RU_WORD = Math.max(...[...RU_NUMBER_WORDS].map((word) => word.length));
const FOLD = 'fold';

function endOfLatinRun(text: string, from: number): number {
  let i = from;
  while (i < text.length && isAsciiLetterCode(text.charCodeAt(i))) i++;
  return i;
}

/** A number for a lower-case word, the same for a word however its letters are cased: sets are looked up by it. */
function hashStep(hash: number, lowerCode: number): number {
  return (Math.imul(hash, 31) + lowerCode) | 0;
}

function hashesOf(words: ReadonlySet<string>): Set<number> {
  const hashes = new Set<number>();
  for (const word of words) {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
    hashes.add(hash);
  }
  return hashes;
}

const EN_HASHES = hashesOf(EN_NUMBER_WORDS);
const EN_A_HASHES = hashesOf(EN_SCALES_AFTER_A);
const RU_HASHES = hashesOf(RU_NUMBER_WORDS);

function lowerLatin(text: string, from: number, to: number): string {
  let word = '';
  for (let i = from; i < to; i++) word += String.fromCharCode(text.charCodeAt(i) | 32);
  return word;
}

function isFoldAt(text: string, at: number): boolean {
  return (
    (text.charCodeAt(at) | 32) === 102 &&
    (text.charCodeAt(at + 1) | 32) === 111 &&
    (text.charCodeAt(at + 2) | 32) === 108 &&
    (text.charCodeAt(at + 3) | 32) === 100
  );
}

/**
 * Whether the Latin letters [from, to) are a number word of `words`, alone or followed by "fold" ("tenfold",
 * "tens", "twofolds"). Words are told by their hash, then compared, so most words cost no string.
 */
function isEnglishWordRun(
  text: string,
  from: number,
  to: number,
  words: ReadonlySet<string>,
  hashes: ReadonlySet<number>,
): boolean {
  const limit = Math.min(to, from + LONGEST_EN_WORD);
  let hash = 0;
  for (let i = from; i < limit; i++) {
    hash = hashStep(hash, text.charCodeAt(i) | 32);
    const end = i + 1;
    const isWhole = end === to || (end + FOLD.length <= to && isFoldAt(text, end));
    if (isWhole && hashes.has(hash) && words.has(lowerLatin(text, from, end))) return true;
  }
  return false;
}

/** Whether an English number word starts at `at`, the first letter of a Latin run ending at `runEnd`. */
function isEnglishNumberAt(text: string, at: number, runEnd: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (isAsciiLetterCode(before) || before === 39 || before === 0x2019 || before === 45) return false;
  if (isEnglishWordRun(text, at, runEnd, EN_NUMBER_WORDS, EN_HASHES)) return true;
  // "a hundred", "a third", "an eighth".
  const isArticle =
    (text.charCodeAt(at) | 32) === 97 &&
    (runEnd === at + 1 || (runEnd === at + 2 && (text.charCodeAt(at + 1) | 32) === 110));
  if (!isArticle || text.charCodeAt(runEnd) !== 32) return false;
  return isEnglishWordRun(text, runEnd + 1, endOfLatinRun(text, runEnd + 1), EN_SCALES_AFTER_A, EN_A_HASHES);
}

/** Whether the Russian letters [at, runEnd) are one number word, with no Russian letter or hyphen before. */
function isRussianNumberAt(text: string, at: number, runEnd: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before === 45 || foldRussianCode(before) >= 0) return false;
  if (runEnd - at > LONGEST_RU_WORD) return false;
  let hash = 0;
  for (let i = at; i < runEnd; i++) hash = hashStep(hash, foldRussianCode(text.charCodeAt(i)));
  if (!RU_HASHES.has(hash)) return false;
  let word = '';
  for (let i = at; i < runEnd; i++) word += String.fromCharCode(foldRussianCode(text.charCodeAt(i)));
  return RU_NUMBER_WORDS.has(word);
}

/** Index of the first place at or after `from` where a number may start, or -1. */
export function findNumberStart(text: string, from: number): number {
  let i = Math.max(0, from);
  while (i < text.length) {
    const kind = KINDS[text.charCodeAt(i)];
    if (kind === OTHER) i++;
    else if (kind === NUMBER) return i;
    else if (kind === PASSED) {
      if (text.charCodeAt(i + 1) === HALF) return i;
      i++;
    } else if (kind === HALF_KIND) {
      if (HALF_COUNT.has(text.charCodeAt(i + 1))) return i;
      i++;
    } else if (kind === LATIN) {
      const runEnd = endOfLatinRun(text, i + 1);
      if (isEnglishNumberAt(text, i, runEnd)) return i;
      i = runEnd;
    } else {
      let runEnd = i + 1;
      while (runEnd < text.length && KINDS[text.charCodeAt(runEnd)] === RUSSIAN) runEnd++;
      if (isRussianNumberAt(text, i, runEnd)) return i;
      i = runEnd;
    }
  }
  return -1;
}
