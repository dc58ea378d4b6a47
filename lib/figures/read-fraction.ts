// Fractions written as words ("a third", "two-thirds", "half of", "треть", "две трети", "около четверти"):
// a share, read as the percentage it stands for. Ordinals share these words ("a third summit", "the first half",
// "в третьей четверти"), so each form is read only where it can only be a fraction.

import { isCjkCode } from './char-classes';
import { matchAt } from './sticky-match';

/** What a fraction word stands for, in percent: "a third", "an eighth"; each also has a plural ("two thirds"). */
// biome-ignore format: a word table reads best packed
const EN_SINGULAR_PARTS: Readonly<Record<string, number>> = {
  third: 100 / 3, quarter: 25, fifth: 20, sixth: 100 / 6, seventh: 100 / 7, eighth: 12.5, ninth: 100 / 9,
  tenth: 10,
};
const EN_PARTS: Readonly<Record<string, number>> = {
  ...EN_SINGULAR_PARTS,
  ...Object.fromEntries(Object.entries(EN_SINGULAR_PARTS).map(([word, part]) => [`${word}s`, part])),
};
// biome-ignore format: a word table reads best packed
const RU_PARTS: Readonly<Record<string, number>> = {
  треть: 100 / 3, трети: 100 / 3, четверть: 25, четверти: 25, половина: 50, половины: 50, половину: 50,
  половиной: 50, половине: 50,
};
/** Russian parts written as ordinals: after a count ("две пятых", "три десятых") or before "часть". */
// biome-ignore format: a word table reads best packed
const RU_ORDINAL_PARTS: Readonly<Record<string, number>> = {
  пятых: 20, пятая: 20, пятую: 20, пятой: 20, десятых: 10, десятая: 10, десятую: 10, десятой: 10,
};
/** Counts before a plural fraction: "two thirds", "seven eighths", "три четверти", "одна пятая". */
// biome-ignore format: a word table reads best packed
const NUMERATORS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, одна: 1, одну: 1, одной: 1, две: 2,
  три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9,
};

function keysOf(table: Readonly<Record<string, number>>, pattern: RegExp): string[] {
  return Object.keys(table).filter((word) => pattern.test(word));
}

/** The words of a table as alternatives of a pattern, longest first. */
function alternatives(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

const RU_SINGULAR_ORDINALS = keysOf(RU_ORDINAL_PARTS, /[яюй]$/);

/** Russian fraction words that start a number of their own ("треть", "половины", "одна пятая", "пятую часть"). */
export const RU_FRACTION_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(RU_PARTS),
  ...keysOf(NUMERATORS, /^одн/),
  ...RU_SINGULAR_ORDINALS,
]);
/** English words that start a fraction after "a" or "an": "a third", "an eighth". */
export const EN_FRACTIONS_AFTER_A: ReadonlySet<string> = new Set(Object.keys(EN_SINGULAR_PARTS));

const EN_SINGULAR = new RegExp(
  `(an?|one)[ \\u00a0-](${alternatives(Object.keys(EN_SINGULAR_PARTS))})(?![A-Za-z-])`,
  'iy',
);
const EN_PLURAL = new RegExp(
  `(${alternatives(keysOf(NUMERATORS, /^[a-z]/))})([ \\u00a0-])(${alternatives(keysOf(EN_PARTS, /s$/))})(?![A-Za-z])`,
  'iy',
);
const EN_HALF = /half(?![A-Za-z-])/iy;
const RU_FRACTION = new RegExp(
  `(?:(две|три)[ \\u00a0]+(?=трети|четверти))?(${alternatives(Object.keys(RU_PARTS))})(?![А-Яа-яЁё-])`,
  'iy',
);
/**
 * "четыре пятых", "одна пятая", "пятую часть", "три десятых": fifths and tenths, which Russian writes as ordinals
 * after a count or before "часть".
 */
const RU_ORDINAL_FRACTION = new RegExp(
  `(?:(${alternatives(keysOf(NUMERATORS, /^[а-я]/))})[ \\u00a0]+(${alternatives(Object.keys(RU_ORDINAL_PARTS))})|(${alternatives(RU_SINGULAR_ORDINALS)})[ \\u00a0]+част(?:ь|и|ью))(?![А-Яа-яЁё-])`,
  'iy',
);
/**
 * "три десятых процента", "две десятых процентного пункта": tenths of a percent or a point, no share. They read as
 * the fraction of a percent they are, which a word number below one is too small to be highlighted as.
 */
const RU_OF_PERCENT_AFTER =
  /[ \u00a0]+(?:процента|процентного[ \u00a0]+пункта|п\.[ \u00a0]?п\.)(?![А-Яа-яЁё])/iy;

/** "of Kazakhstan's exports": a share follows; "of a century", "of 2025", "of the year" are spans of time. */
const OF_SHARE_AFTER =
  /[ \u00a0]+of[ \u00a0]+(?!an?[ \u00a0]|the[ \u00a0]+year|this[ \u00a0]|last[ \u00a0]|[0-9])/iy;
/** "rose by a quarter.", "to nearly a third,": a fraction ending its clause after a bound or a change. */
const CLAUSE_END_AFTER = /[ \u00a0]?(?:[.,;:!?)\]—–]|$)/y;
const BOUND_OR_CHANGE_BEFORE =
  /(?<![A-Za-z])(?:by|nearly|almost|than|over|under|about|around|roughly|some|approximately|to)[ \u00a0]+$/i;
/** "в первой половине", "второй четверти": an adjective before a Russian fraction makes it a span of time. */
const RU_ADJECTIVE_BEFORE = /[А-Яа-яЁё]{2,}(?:ой|ей|ую|ая|ый|ий|ое|ые|ом|ем)[ \u00a0]+$/i;

const SECTION_BEFORE = /(?<![А-Яа-яЁё])во?[ \u00a0]+$/i;
/** "с половиной" after a number is "and a half". */
const AND_A_HALF_BEFORE = /(?<![А-Яа-яЁё])с[ \u00a0]+$/i;

export interface FractionReading {
  end: number;
  /** The share in percent: "a third" is 33.33. */
  percent: number;
}

/** "by" before a fraction: the size of a change ("rose by a third"). */
const BY_BEFORE = /(?<![A-Za-z])by[ \u00a0]+$/i;
/** What goes on after the size of a change: the new level or the base ("rose by a third to 7,600", "… from 2023"). */
const CHANGE_GOES_ON_AFTER =
  /[ \u00a0]+(?:to[ \u00a0]+(?=[0-9$€£¥₽₸]|US\$|(?:more|less|about|nearly|almost|over|around|roughly|some|just|a[ \u00a0]+record|record)(?![A-Za-z]))|(?:from|in|on|year-on-year|compared|since|against|versus)(?![A-Za-z-]))/iy;

function isShareInEnglish(text: string, start: number, end: number): boolean {
  if (matchAt(OF_SHARE_AFTER, text, end) >= 0) return true;
  const before = text.slice(Math.max(0, start - 16), start);
  if (BY_BEFORE.test(before) && matchAt(CHANGE_GOES_ON_AFTER, text, end) >= 0) return true;
  return matchAt(CLAUSE_END_AFTER, text, end) >= 0 && BOUND_OR_CHANGE_BEFORE.test(before);
}

function share(value: number, count = 1): number {
  return Number((value * count).toPrecision(4));
}

function readEnglishFraction(text: string, start: number): FractionReading | null {
  EN_SINGULAR.lastIndex = start;
  const singular = EN_SINGULAR.exec(text);
  if (singular?.[2]) {
    const end = EN_SINGULAR.lastIndex;
    const part = EN_PARTS[singular[2].toLowerCase()] ?? 0;
    return isShareInEnglish(text, start, end) ? { end, percent: share(part) } : null;
  }
  EN_PLURAL.lastIndex = start;
  const plural = EN_PLURAL.exec(text);
  if (plural?.[1] && plural[3]) {
    const end = EN_PLURAL.lastIndex;
    const count = NUMERATORS[plural[1].toLowerCase()] ?? 0;
    const part = EN_PARTS[plural[3].toLowerCase()] ?? 0;
    // "two thirds" is always a share, "two-fifths" too; "three quarters" may be a span of time and "three tenths
    // of a point" a fraction of a unit, so those need a share after them or a bound before them.
    const part3 = plural[3].toLowerCase();
    const isShare =
      part3 === 'thirds' || (plural[2] === '-' && part3 !== 'tenths') || isShareInEnglish(text, start, end);
    return isShare && count * part < 100 ? { end, percent: share(part, count) } : null;
  }
  const end = matchAt(EN_HALF, text, start);
  if (end < 0) return null;
  // "Half of them", "half the trains" name a part rather than measure it; "more than half" measures.
  if (!BOUND_OR_CHANGE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return null;
  return isShareInEnglish(text, start, end) ? { end, percent: 50 } : null;
}

/** "без четверти пять": a time of day. */
const RU_CLOCK_BEFORE = /(?<![А-Яа-яЁё])без[ \u00a0]+$/i;
/** "в половине девятого", "четверть часа", "четверть века": a time of day or a span of time. */
const RU_TIME_AFTER =
  /[ \u00a0]+(?:час|минут|век|столети|(?:первого|второго|третьего|четв[её]ртого|пятого|шестого|седьмого|восьмого|девятого|десятого|одиннадцатого|двенадцатого)(?![А-Яа-яЁё]))/iy;

function isTimeOfDayOrSpan(text: string, start: number, end: number): boolean {
  return (
    RU_CLOCK_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || matchAt(RU_TIME_AFTER, text, end) >= 0
  );
}

/** What a share follows in Chinese: "约占…的1/3", "近一半", "超过一半", "仅1/5". */
export const ZH_SHARE_CUE_BEFORE = /(?:占|佔|约|約|近|超过|超過|超|逾|达|達|为|為|仅|僅|不到|不足|的)$/;
/** 一半, 过半, 过半数, 半数: half, and "more than half" as one word. */
const ZH_HALF = /(?:(一)|([过過]))?半([数數])?/y;
/** "小麦有一半出口到中国": what a whole holds half of. */
const HALF_HELD_BEFORE = /有$/;
/** "一半以上", "一半的货物": a bound or a noun the half is a share of. */
const ZH_HALF_SHARE_AFTER = /以上|以下|左右|的/y;
/** "过半的受访者", "支持率过半。": 过半 measures before 的 or at the end of its clause; "通过半年" is no share. */
const ZH_PASSED_HALF_AFTER = /[的，,。；;！!？?、）)]|$/y;
const ZH_PASSED_NOT_AFTER = /[通经經度越不难難错錯]$/;
/**
 * "班列过半运往欧洲", "受访者过半支持": 过半 before a verb measures what precedes it. A span of time, a measure
 * word or an age after it makes 过 "pass" and 半 "half a": 过半年, 过半个月, 跑过半程, 年过半百.
 */
const ZH_PASSED_NOT_BEFORE =
  /[年月天日时時小个個辈輩生世程路场場夜晌百千山点點钟鐘秒分周週岁歲旬期载載届屆]/y;

/**
 * Reads 一半 or 过半 at `start` as a share (50%; 过半 over it) where the words around it say a share is meant:
 * "占一半", "近一半", "一半以上", "一半的货物", "过半数", "过半的受访者". Elsewhere half is no figure: "做了一半",
 * "一半天", "另一半".
 */
export function readChineseHalf(text: string, start: number): (FractionReading & { over: boolean }) | null {
  ZH_HALF.lastIndex = start;
  const found = ZH_HALF.exec(text);
  if (!found) return null;
  const end = ZH_HALF.lastIndex;
  const before = text.slice(Math.max(0, start - 2), start);
  // 半数 is "half the number": a share wherever it stands ("半数以上的企业", "近半数受访者").
  if (!found[1] && !found[2]) return found[3] ? { end, percent: 50, over: false } : null;
  if (found[1]) {
    if (found[3]) return null;
    const isShare =
      ZH_SHARE_CUE_BEFORE.test(before) ||
      HALF_HELD_BEFORE.test(before) ||
      matchAt(ZH_HALF_SHARE_AFTER, text, end) >= 0;
    return isShare ? { end, percent: 50, over: false } : null;
  }
  if (ZH_PASSED_NOT_AFTER.test(before)) return null;
  const isShare =
    found[3] ||
    matchAt(ZH_PASSED_HALF_AFTER, text, end) >= 0 ||
    (isCjkCode(text.charCodeAt(end)) && matchAt(ZH_PASSED_NOT_BEFORE, text, end) < 0);
  return isShare ? { end, percent: 50, over: true } : null;
}

/** Reads a fraction written as words at `start`, when it can only be a share. */
export function readFraction(text: string, start: number): FractionReading | null {
  const code = text.charCodeAt(start);
  if (code < 0x80) return readEnglishFraction(text, start);
  if (RU_ADJECTIVE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return null;
  RU_ORDINAL_FRACTION.lastIndex = start;
  const ordinal = RU_ORDINAL_FRACTION.exec(text);
  // "в пятой части доклада" is a section of a text, not a share.
  const isSection = !ordinal?.[1] && SECTION_BEFORE.test(text.slice(Math.max(0, start - 4), start));
  if (ordinal && !isSection) {
    const count = NUMERATORS[ordinal[1]?.toLowerCase() ?? ''] ?? 1;
    const part = RU_ORDINAL_PARTS[(ordinal[2] ?? ordinal[3] ?? '').toLowerCase()] ?? 0;
    const end = RU_ORDINAL_FRACTION.lastIndex;
    const ofPercent = part === 10 ? matchAt(RU_OF_PERCENT_AFTER, text, end) : -1;
    if (ofPercent >= 0) return { end: ofPercent, percent: count / 10 };
    return count * part < 100 ? { end, percent: share(part, count) } : null;
  }
  RU_FRACTION.lastIndex = start;
  const found = RU_FRACTION.exec(text);
  if (!found?.[2] || isTimeOfDayOrSpan(text, start, RU_FRACTION.lastIndex)) return null;
  // "два с половиной": the half of a number before it, no share.
  if (AND_A_HALF_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return null;
  const part = RU_PARTS[found[2].toLowerCase()] ?? 0;
  const count = found[1] ? (NUMERATORS[found[1].toLowerCase()] ?? 1) : 1;
  return { end: RU_FRACTION.lastIndex, percent: share(part, count) };
}
