import { isAlphanumericAt, isDigitAt, isLetterAt } from './char-classes';
import { hasMonthBefore, isYearLike, readDateOrTime, readDayRangeMonthAfter, readMonthAfter } from './dates';
import { findNeverFigure, isIdentifierLike, isProportionWhole } from './exclusions';
import type { NumberToken } from './read-number';

/** A stretch of text that names a time: "2024", "2024年", "first five months", "1-5月". */
export interface TimeRef {
  start: number;
  end: number;
  text: string;
  /** An explicit period ("first five months") outranks a bare year for a figure's `period`. */
  kind: 'period' | 'year';
}

/** Why a number was set aside before reading its unit, and where scanning resumes. */
export interface Rejection {
  resume: number;
  timeRef?: TimeRef;
}

/** "18+", "16+ Фото": an age rating in a page's furniture; "12+ projects" still counts projects. */
const AGE_RATING = /^(?:0|6|12|16|18|21)\+(?![0-9])(?![ \u00a0]?[a-zа-яё])/;

/** "单位：亿元", "（万吨）": a bare scale that labels a table's unit, not an amount ("过亿元" still is one). */
const BARE_SCALE = /^(?:万|萬|亿|億|万亿|萬億)$/;
const SCALE_LABEL_BEFORE = /(?:^|[^\u3400-\u9fff]|单位|單位)$/;

const EACH = '每';
const CHINESE_ORDINAL_BEFORE = /(?:第|初|农历|農曆)$/;
/**
 * 周三, 星期五, 礼拜一: a weekday is one numeral from 一 to 七 after the word for week; "每周十余列", "每周二十列"
 * and "每周五六列" count trains a week.
 */
const WEEK_BEFORE = /(?:星期|礼拜|禮拜|周|週)$/;
const WEEKDAY = /^[一二三四五六七]$/;

/** "в 2020-м", "с 2014-го", "к 2030-му": a year written with the ending of "году" left off. */
const RUSSIAN_YEAR_ENDING = /^-(?:м|го|му|ом)(?![А-Яа-яЁё])/;

function endOfRussianYear(text: string, end: number): number {
  const ending = RUSSIAN_YEAR_ENDING.exec(text.slice(end, end + 5));
  return ending ? end + ending[0].length : -1;
}

function isDigitBefore(text: string, start: number): boolean {
  return start > 0 && isDigitAt(text, start - 1);
}

export function isTokenYearLike(token: NumberToken): boolean {
  return (
    token.source !== 'words' &&
    !token.scaled &&
    isYearLike(token.value, token.integerDigits, token.decimal, token.grouped)
  );
}

/** End of the letters and digits glued to a number ("5G", "4K60"), to resume scanning after them. */
export function endOfGluedRun(text: string, from: number): number {
  let i = from;
  while (i < text.length && isAlphanumericAt(text, i)) i++;
  return i;
}

/**
 * Screens a freshly read number for the never-figures decided by its surroundings alone: dates and clock
 * times, names with digits, citation markers, ordinals, labels, identifiers. Returns null when it may be a figure.
 */
export function screenNumber(text: string, token: NumberToken): Rejection | null {
  if (token.malformed) return { resume: token.end };
  if (token.source === 'digits') {
    const date = readDateOrTime(text, token.start);
    if (date >= 0) return { resume: date };
    const never = findNeverFigure(text, token.start, token.end);
    if (never >= 0) {
      const yearEnd = isTokenYearLike(token) ? endOfRussianYear(text, token.end) : -1;
      if (yearEnd >= 0) return rejectAsTime(text, token, yearEnd);
      return { resume: Math.max(never, token.start + 1) };
    }
    if (hasMonthBefore(text, token.start)) return { resume: token.end };
    const month = readMonthAfter(text, token.end);
    if (month >= 0) return { resume: month };
    const isDay = token.integerDigits <= 2 && !token.decimal && token.value >= 1 && token.value <= 31;
    const dayRange = isDay ? readDayRangeMonthAfter(text, token.end) : -1;
    if (dayRange >= 0) return { resume: dayRange };
    if (isIdentifierLike(token.integerDigits, token.grouped, token.decimal)) return { resume: token.end };
    if (token.leadingZero && !token.decimal) return { resume: token.end };
    if (
      text.charAt(token.end) === '+' &&
      AGE_RATING.test(text.slice(token.start, token.end + 4)) &&
      !isDigitBefore(text, token.start)
    )
      return { resume: token.end + 1 };
  }
  if (
    token.source === 'chinese' &&
    BARE_SCALE.test(text.slice(token.start, token.end)) &&
    SCALE_LABEL_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start))
  ) {
    return { resume: token.end };
  }
  // "每千立方米300美元", "每万人": a bare 千 or 万 after 每 is the base a price or a rate is given for.
  if (token.source === 'chinese' && token.unitsOnly && text.charAt(token.start - 1) === EACH)
    return { resume: token.end };
  if (token.source === 'chinese') {
    const before = text.slice(Math.max(0, token.start - 2), token.start);
    if (CHINESE_ORDINAL_BEFORE.test(before)) return { resume: token.end };
    if (WEEK_BEFORE.test(before) && WEEKDAY.test(text.slice(token.start, token.end)))
      return { resume: token.end };
  }
  if (token.source === 'words' && isProportionWhole(text, token.start)) return { resume: token.end };
  if (
    token.source === 'words' &&
    isLetterAt(text, token.end) &&
    !/^fold/i.test(text.slice(token.end, token.end + 4))
  ) {
    return { resume: endOfGluedRun(text, token.end) };
  }
  return null;
}

/** "May 19, 2023", "19 мая 2023": the year of a full date, which dates the page rather than a figure. */
const DAY_MONTH_BEFORE =
  /(?:[A-Za-z]{3,}\.?[ \u00a0]+[0-9]{1,2},?|[0-9]{1,2}[ \u00a0]+[А-Яа-яЁё]{3,})[ \u00a0]*$/;
/** "2024年6月17日": the year of a full Chinese date. */
const MONTH_DAY_AFTER = /^[ \u00a0]?[0-9０-９]{1,2}[ \u00a0]?月[ \u00a0]?[0-9０-９]{1,2}[ \u00a0]?[日号號]/;

/** "2026-2035", "2024-25": the later end of a span of years written with a dash right after a year. */
const LATER_YEAR_AFTER = /^[-–—][ \u00a0]?((?:19|20)?[0-9]{2})(?![0-9%]|[.,][0-9])/;

/**
 * Where a span of years that starts at the year `token` ends: "over 2026-2035" dates its figure by the whole
 * span, not by its first year.
 */
function endOfYearSpan(text: string, token: NumberToken, resume: number): number {
  if (resume !== token.end) return resume;
  const later = LATER_YEAR_AFTER.exec(text.slice(resume, resume + 8));
  if (!later?.[1]) return resume;
  const written = later[1];
  // Two digits only for a season of two years ("2024-25"): "in 2024-30 trains" keeps its count.
  if (written.length === 2)
    return Number(written) === (token.value + 1) % 100 ? resume + later[0].length : resume;
  const year = Number(written);
  return year > token.value && year - token.value <= 50 ? resume + later[0].length : resume;
}

/** A rejection that remembers a year (not one inside a full date) as a time reference for nearby figures. */
export function rejectAsTime(text: string, token: NumberToken, resume: number): Rejection {
  if (!isTokenYearLike(token)) return { resume };
  resume = endOfYearSpan(text, token, resume);
  const isDate =
    DAY_MONTH_BEFORE.test(text.slice(Math.max(0, token.start - 16), token.start)) ||
    MONTH_DAY_AFTER.test(text.slice(resume, resume + 10));
  if (isDate) return { resume };
  return {
    resume,
    timeRef: { start: token.start, end: resume, text: text.slice(token.start, resume), kind: 'year' },
  };
}
