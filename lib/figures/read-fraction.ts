// Fractions written as words ("a third", "two-thirds", "half of", "треть", "две трети", "около четверти"):
// a share, read as the percentage it stands for. Ordinals share these words ("a third summit", "the first half",
// "в третьей четверти"), so each form is read only where it can only be a fraction.

import { matchAt } from './sticky-match';

/** What a fraction word stands for, in percent. */
// biome-ignore format: a word table reads best packed
const EN_PARTS: Readonly<Record<string, number>> = {
  third: 100 / 3, quarter: 25, fifth: 20, tenth: 10, thirds: 100 / 3, quarters: 25, fifths: 20, tenths: 10,
};
// biome-ignore format: a word table reads best packed
const RU_PARTS: Readonly<Record<string, number>> = {
  треть: 100 / 3, трети: 100 / 3, четверть: 25, четверти: 25, половина: 50, половины: 50, половину: 50,
  половиной: 50, половине: 50,
};
/** Counts before a plural fraction: "two thirds", "три четверти". */
// biome-ignore format: a word table reads best packed
const NUMERATORS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, nine: 9, одна: 1, одну: 1, одной: 1, две: 2, три: 3, четыре: 4,
};

/** Russian fraction words that start a number of their own ("треть", "половины"). */
export const RU_FRACTION_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(RU_PARTS),
  'одна',
  'одну',
  'одной',
  'пятая',
  'пятую',
  'пятой',
]);
/** English words that start a fraction after "a": "a third", "a quarter". */
export const EN_FRACTIONS_AFTER_A: ReadonlySet<string> = new Set(['third', 'quarter', 'fifth', 'tenth']);

const EN_SINGULAR = /(a|one)[ \u00a0-](third|quarter|fifth|tenth)(?![A-Za-z-])/iy;
const EN_PLURAL = /(two|three|four|nine)([ \u00a0-])(thirds|quarters|fifths|tenths)(?![A-Za-z])/iy;
const EN_HALF = /half(?![A-Za-z-])/iy;
const RU_FRACTION =
  /(?:(две|три)[ \u00a0]+(?=трети|четверти))?(треть|трети|четверть|четверти|половина|половины|половину|половиной|половине)(?![А-Яа-яЁё-])/iy;
/** "четыре пятых", "одна пятая", "пятую часть": fifths, which Russian writes as ordinals after a count or before "часть". */
const RU_FIFTHS =
  /(?:(одна|одну|одной|две|три|четыре)[ \u00a0]+(?:пятых|пятая|пятую|пятой)|пят(?:ая|ую|ой)[ \u00a0]+част(?:ь|и|ью))(?![А-Яа-яЁё-])/iy;

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

export interface FractionReading {
  end: number;
  /** The share in percent: "a third" is 33.33. */
  percent: number;
}

function isShareInEnglish(text: string, start: number, end: number): boolean {
  if (matchAt(OF_SHARE_AFTER, text, end) >= 0) return true;
  return (
    matchAt(CLAUSE_END_AFTER, text, end) >= 0 &&
    BOUND_OR_CHANGE_BEFORE.test(text.slice(Math.max(0, start - 16), start))
  );
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
/** 一半, 过半, 过半数: half, and "more than half" as one word. */
const ZH_HALF = /(?:(一)|[过過])半([数數])?/y;
/** "小麦有一半出口到中国": what a whole holds half of. */
const HALF_HELD_BEFORE = /有$/;
/** "一半以上", "一半的货物": a bound or a noun the half is a share of. */
const ZH_HALF_SHARE_AFTER = /以上|以下|左右|的/y;
/** "过半的受访者", "支持率过半。": 过半 measures before 的 or at the end of its clause; "通过半年" is no share. */
const ZH_PASSED_HALF_AFTER = /[的，,。；;！!？?、）)]|$/y;
const ZH_PASSED_NOT_AFTER = /[通经經度越不难難错錯]$/;

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
  if (found[1]) {
    if (found[2]) return null;
    const isShare =
      ZH_SHARE_CUE_BEFORE.test(before) ||
      HALF_HELD_BEFORE.test(before) ||
      matchAt(ZH_HALF_SHARE_AFTER, text, end) >= 0;
    return isShare ? { end, percent: 50, over: false } : null;
  }
  if (ZH_PASSED_NOT_AFTER.test(before)) return null;
  return found[2] || matchAt(ZH_PASSED_HALF_AFTER, text, end) >= 0 ? { end, percent: 50, over: true } : null;
}

/** Reads a fraction written as words at `start`, when it can only be a share. */
export function readFraction(text: string, start: number): FractionReading | null {
  const code = text.charCodeAt(start);
  if (code < 0x80) return readEnglishFraction(text, start);
  if (RU_ADJECTIVE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return null;
  RU_FIFTHS.lastIndex = start;
  const fifths = RU_FIFTHS.exec(text);
  // "в пятой части доклада" is a section of a text, not a share.
  const isSection = !fifths?.[1] && SECTION_BEFORE.test(text.slice(Math.max(0, start - 4), start));
  if (fifths && !isSection)
    return { end: RU_FIFTHS.lastIndex, percent: 20 * (NUMERATORS[fifths[1]?.toLowerCase() ?? ''] ?? 1) };
  RU_FRACTION.lastIndex = start;
  const found = RU_FRACTION.exec(text);
  if (!found?.[2] || isTimeOfDayOrSpan(text, start, RU_FRACTION.lastIndex)) return null;
  const part = RU_PARTS[found[2].toLowerCase()] ?? 0;
  const count = found[1] ? (NUMERATORS[found[1].toLowerCase()] ?? 1) : 1;
  return { end: RU_FRACTION.lastIndex, percent: share(part, count) };
}
