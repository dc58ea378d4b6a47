import {
  foldRussianCode,
  isAsciiLetterCode,
  isSpaceOrNoBreakCode,
  readDigitAt,
  trimSpacesBefore,
} from './char-classes';

// Dates and clock times: numbers that are never figures ("2025-06-18", "18.06.2025", "07:26", "May 19").

const D = '[0-9０-９]';
const YEAR = `(?:1[89]|20|２０|１[８９])${D}{2}`;
/** Not followed by more of a number: "10.5-12.5" is a range, not a date. */
const NO_MORE = `(?!${D}|[.,．]${D})`;
const DATE_OR_TIME = new RegExp(
  [
    `${YEAR}[-/](?:0?[1-9]|1[0-2])(?:[-/]${D}${D}?)?${NO_MORE}`,
    `${YEAR}[.．]${D}${D}?[.．]${D}${D}?${NO_MORE}`,
    `${D}${D}?[-/.]${D}${D}?[-/.](?:${D}{4}|${D}{2})${NO_MORE}`,
    `${D}{1,2}[:：]${D}{2}(?:[:：]${D}{2})?(?!${D})(?:[ \\u00a0]?[ap]\\.?m\\.?(?![A-Za-z]))?`,
    `${D}{1,2}[ \\u00a0]?(?:[ap]\\.m\\.|[ap]m(?![A-Za-z]))`,
  ].join('|'),
  'iy',
);

const EN_MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A Russian month, written out or abbreviated as wire datelines do: "25 декабря", "25 дек — Sputnik", "3 янв.". */
const RU_MONTH =
  '(?:(?:январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*|(?:янв|фев|мар|апр|авг|сент?|окт|нояб?|дек)(?![а-яё])\\.?)';
const MONTH_AFTER = new RegExp(`[ \\u00a0]?(?:${EN_MONTH}\\.?(?![A-Za-z])|${RU_MONTH}(?![А-Яа-яЁё]))`, 'iy');
const MONTH_BEFORE = new RegExp(`(?<![A-Za-z])${EN_MONTH}\\.?[ \\u00a0]+$`, 'i');

const DATE_MARKS = new Set([...'-/.．:：aApP'].map((ch) => ch.charCodeAt(0)));

/**
 * Whether what follows the digits at `start` can make a date or time: each pattern above wants, right after its
 * one to four leading digits, a date mark, a colon or "am"/"pm" (perhaps after one space), so the first character
 * after the run of digits must be one. Most numbers ("5%", "5,000", "5 billion") fail at once.
 */
function mayBeDateOrTime(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && readDigitAt(text, end) >= 0) end++;
  const code = text.charCodeAt(end);
  if (DATE_MARKS.has(code)) return true;
  const next = text.charCodeAt(end + 1) | 32;
  return isSpaceOrNoBreakCode(code) && (next === 97 || next === 112);
}

/** End of a numeric date or clock time starting at `start`, or -1. */
export function readDateOrTime(text: string, start: number): number {
  if (!mayBeDateOrTime(text, start)) return -1;
  DATE_OR_TIME.lastIndex = start;
  return DATE_OR_TIME.test(text) ? DATE_OR_TIME.lastIndex : -1;
}

/** A month name right after the number: "19 May", "19 мая". */
export function readMonthAfter(text: string, start: number): number {
  // Every month name starts with a letter, at `start` or after one space.
  const first = isSpaceOrNoBreakCode(text.charCodeAt(start)) ? start + 1 : start;
  const code = text.charCodeAt(first);
  if (!isAsciiLetterCode(code) && foldRussianCode(code) < 0) return -1;
  MONTH_AFTER.lastIndex = start;
  return MONTH_AFTER.test(text) ? MONTH_AFTER.lastIndex : -1;
}

const DAY_RANGE_TAIL = new RegExp(`[ \\u00a0]?[-–—][ \\u00a0]?(?:0?[1-9]|[12][0-9]|3[01])(?!${D})`, 'y');

/** "16–17 июня", "16-17 June": the first day of a range of days before a month name; returns its end. */
export function readDayRangeMonthAfter(text: string, start: number): number {
  DAY_RANGE_TAIL.lastIndex = start;
  if (!DAY_RANGE_TAIL.test(text)) return -1;
  return readMonthAfter(text, DAY_RANGE_TAIL.lastIndex);
}

/** A month name right before the number: "May 19", "June 2024". */
export function hasMonthBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 12);
  const last = trimSpacesBefore(text, start, from);
  // A month name ends in a letter or its abbreviation's period, then spaces: nothing else needs the pattern.
  if (last === start || last === from) return false;
  const code = text.charCodeAt(last - 1);
  if (!isAsciiLetterCode(code) && code !== 46) return false;
  return MONTH_BEFORE.test(text.slice(from, start));
}

/** A four-digit number that reads as a year (1800–2100). */
export function isYearLike(
  value: number,
  integerDigits: number,
  decimal: boolean,
  grouped: boolean,
): boolean {
  return integerDigits === 4 && !decimal && !grouped && value >= 1800 && value <= 2100;
}
