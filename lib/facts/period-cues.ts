import { WORD_START as W } from './find-cues';
import {
  COUNT_WORD,
  EN_MONTH,
  RU_MONTH,
  RU_MONTH_IN,
  readCount,
  readMonth,
  YEAR,
  ZH_MONTH_NUMBER,
} from './period-words';
import type { Cue, Period } from './types';

/** What one period phrase says: a span of months, a year, or a year relative to publication. */
export interface PeriodWords {
  kind: Period['kind'] | 'relative';
  fromMonth?: number;
  toMonth?: number;
  year?: number;
  /** For `relative`: 0 for "this year", -1 for "last year". */
  offset?: number;
}

type Build = (groups: Record<string, string | undefined>) => PeriodWords | undefined;

const Y = `(?<year>${YEAR})`;
const EN_OF_YEAR = `(?:,?\\s+(?:of\\s+|in\\s+)?${Y})?`;
const RU_OF_YEAR = `(?:\\s+${Y}\\s*(?:года|г\\.))?`;
const ZH_YEAR = `(?:${Y}\\s*年\\s*)?`;

function months(
  from: string | undefined,
  to: string | undefined,
  year: string | undefined,
): PeriodWords | undefined {
  const fromMonth = readMonth(from);
  const toMonth = readMonth(to);
  if (!fromMonth || !toMonth || toMonth < fromMonth) return undefined;
  return { kind: 'months', fromMonth, toMonth, ...(year ? { year: Number(year) } : {}) };
}

function firstMonths(count: string | undefined, year: string | undefined): PeriodWords | undefined {
  return months('1', String(readCount(count) ?? ''), year);
}

function quarters(
  count: number | undefined,
  year: string | undefined,
  single = false,
): PeriodWords | undefined {
  if (!count || count > 4) return undefined;
  const fromMonth = single ? count * 3 - 2 : 1;
  return { kind: 'quarters', fromMonth, toMonth: count * 3, ...(year ? { year: Number(year) } : {}) };
}

function half(second: boolean, year: string | undefined): PeriodWords {
  return {
    kind: 'half',
    fromMonth: second ? 7 : 1,
    toMonth: second ? 12 : 6,
    ...(year ? { year: Number(year) } : {}),
  };
}

const RU_QUARTER: Readonly<Record<string, number>> = { перв: 1, втор: 2, трет: 3, четв: 4 };
const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** "3-м", "3 м", "III": a quarter's or a half's number written in digits. */
function readQuarterNumber(written: string | undefined): number | undefined {
  if (!written) return undefined;
  return ROMAN[written.toUpperCase()] ?? Number.parseInt(written, 10);
}
const ORDINAL_QUARTER: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
};

/** Period phrases and how to read them; earlier, longer matches win over the ones inside them. */
const PATTERNS: readonly (readonly [string, Build])[] = [
  [
    `${W}(?:between\\s+)?(?<a>${EN_MONTH})(?![a-z])\\.?\\s*(?:[-–—]|to|through|and)\\s*(?<b>${EN_MONTH})(?![a-z])${EN_OF_YEAR}`,
    (g) => months(g.a, g.b, g.year),
  ],
  [
    `${ZH_YEAR}(?<a>${ZH_MONTH_NUMBER})\\s*月?\\s*[-–—~～至到]\\s*(?<b>${ZH_MONTH_NUMBER})\\s*月(?:份)?`,
    (g) => months(g.a, g.b, g.year),
  ],
  [`${W}(?<a>${RU_MONTH})\\s*[-–—]\\s*(?<b>${RU_MONTH})${RU_OF_YEAR}`, (g) => months(g.a, g.b, g.year)],
  [`${W}(?:the\\s+)?first\\s+(?<n>${COUNT_WORD})\\s+months${EN_OF_YEAR}`, (g) => firstMonths(g.n, g.year)],
  // 首10個月, 首季, 首三季, 第三季: Hong Kong and Taiwan write "first" as 首 and quarters without 度.
  [`${ZH_YEAR}[前首]\\s*(?<n>${COUNT_WORD})\\s*[个個]?月`, (g) => firstMonths(g.n, g.year)],
  [
    `${W}(?:за|по итогам)\\s+(?:перв\\p{L}*\\s+)?(?<n>${COUNT_WORD})\\s+месяц\\p{L}*${RU_OF_YEAR}`,
    (g) => firstMonths(g.n, g.year),
  ],
  [`${W}(?:the\\s+)?first\\s+half${EN_OF_YEAR}`, (g) => half(false, g.year)],
  // A half needs its year, or a preposition and the clause's end ("H2" is also hydrogen); a quarter its year or
  // a preposition before it (lib/figures/periods.ts reads them the same way).
  [`${W}H1\\s?${Y}(?![\\p{L}\\d])`, (g) => half(false, g.year)],
  [`${W}H2\\s?${Y}(?![\\p{L}\\d])`, (g) => half(true, g.year)],
  [
    `(?<=(?:in|for|during|over|by|since|of)\\s+(?:the\\s+)?)H(?<h>[12])(?=\\s*(?:[,.;:!?)]|$))`,
    (g) => half(g.h === '2', undefined),
  ],
  [`${W}Q(?<q>[1-4])\\s?${Y}(?![\\p{L}\\d])`, (g) => quarters(Number(g.q), g.year, true)],
  [
    `(?<=(?:in|for|during|over|by|since|of)\\s+(?:the\\s+)?)Q(?<q>[1-4])(?![\\p{L}\\d])`,
    (g) => quarters(Number(g.q), undefined, true),
  ],
  // "9M 2025", "9M2025": the first nine months; a bare "9M" is nine million.
  [`${W}(?<n>[1-9]|1[01])M\\s?${Y}(?![\\p{L}\\d])`, (g) => firstMonths(g.n, g.year)],
  [`${W}(?:the\\s+)?second\\s+half${EN_OF_YEAR}`, (g) => half(true, g.year)],
  [`${ZH_YEAR}上半年`, (g) => half(false, g.year)],
  [`${ZH_YEAR}下半年`, (g) => half(true, g.year)],
  [
    `${W}(?:перв\\p{L}*\\s+полугоди\\p{L}*|январ\\p{L}*\\s*[-–—]\\s*июн\\p{L}*)${RU_OF_YEAR}`,
    (g) => half(false, g.year),
  ],
  [
    `${W}(?:the\\s+)?first\\s+(?<n>two|three)\\s+quarters${EN_OF_YEAR}`,
    (g) => quarters(readCount(g.n), g.year),
  ],
  [
    `${W}(?:the\\s+)?(?<o>first|second|third|fourth)\\s+quarter${EN_OF_YEAR}`,
    (g) => quarters(ORDINAL_QUARTER[g.o ?? ''], g.year, true),
  ],
  [`${ZH_YEAR}[前首](?<n>[二两兩三])季度?`, (g) => quarters(readCount(g.n), g.year)],
  [`${ZH_YEAR}首季度?`, (g) => quarters(1, g.year, true)],
  [
    `${ZH_YEAR}(?:第(?<o>[一二三四])季度?|(?<p>[一二三四])季度)`,
    (g) => quarters(ORDINAL_QUARTER[g.o ?? g.p ?? ''], g.year, true),
  ],
  [
    `${W}(?:за\\s+)?(?:перв\\p{L}*\\s+)?(?<n>два|дв\\p{L}+|три|тр\\p{L}+)\\s+квартал\\p{L}*${RU_OF_YEAR}`,
    (g) => quarters(readCount(g.n?.startsWith('тр') ? 'три' : 'два'), g.year),
  ],
  [
    `${W}(?<o>перв|втор|трет|четв)\\p{L}*\\s+квартал\\p{L}*${RU_OF_YEAR}`,
    (g) => quarters(RU_QUARTER[g.o ?? ''], g.year, true),
  ],
  // "в 3-м квартале", "за III квартал 2025 года", "во 2-м полугодии": the ordinal written in digits.
  [
    `${W}(?<d>[1-4]\\s?-?\\s?(?:м|й|ом|ий)|I{1,3}|IV)\\s+квартал\\p{L}*${RU_OF_YEAR}`,
    (g) => quarters(readQuarterNumber(g.d), g.year, true),
  ],
  [
    `${W}(?<d>[12]\\s?-?\\s?(?:м|й|ом|ое|ий)|II?)\\s+полугоди\\p{L}*${RU_OF_YEAR}`,
    (g) => half(readQuarterNumber(g.d) === 2, g.year),
  ],
  [
    `${W}in\\s+(?<m>${EN_MONTH})(?![a-z])\\.?(?!\\s*\\d{1,2}(?!\\d))${EN_OF_YEAR}|${W}(?<m2>${EN_MONTH})\\s+alone`,
    (g) => month(g.m ?? g.m2, g.year),
  ],
  [
    `${ZH_YEAR}(?<![\\d.])(?<m>${ZH_MONTH_NUMBER})\\s*月(?:份)?(?![\\d日号號底初中上下旬举舉召])`,
    (g) => month(g.m, g.year),
  ],
  [
    `${W}(?:в|за)\\s+(?<m>${RU_MONTH_IN}|${RU_MONTH.replace('\\p{L}*', '')}ь?)(?![\\p{L}])${RU_OF_YEAR}`,
    (g) => month(g.m, g.year),
  ],
  [`${W}(?:this year|этом году|текущ\\p{L}+ года)|今年|本年`, () => ({ kind: 'relative', offset: 0 })],
  [
    `${W}(?:last year|прошлом году|прошлого года|прошлый год)|去年|上年`,
    () => ({ kind: 'relative', offset: -1 }),
  ],
  // A span of years ("in 2017-2024", "в 2021–2025 годах", "2021—2025 гг.", "2025年至2026年"): several years, no one
  // period.
  [
    `(?<a>${YEAR})\\s*(?:[-–—]|年\\s*[至到~～—–-])\\s*(?<b>${YEAR})(?:\\s*(?:гг\\.|год\\p{L}*|年))?`,
    (g) => (Number(g.b) > Number(g.a) ? { kind: 'range' } : undefined),
  ],
  [
    `${Y}(?:\\s*(?:年|год\\p{L}*|г\\.)|(?!\\s*[\\u3400-\\u9fff]))`,
    (g) => ({ kind: 'year', year: Number(g.year) }),
  ],
];

function month(name: string | undefined, year: string | undefined): PeriodWords | undefined {
  const at = readMonth(name);
  return at
    ? { kind: 'month', fromMonth: at, toMonth: at, ...(year ? { year: Number(year) } : {}) }
    : undefined;
}

const COMPILED = PATTERNS.map(([source, build]) => [new RegExp(source, 'giu'), build] as const);

/** Every period phrase of `text`; where two overlap, the longer one wins ("в январе–мае" over "в январе"). */
export function findPeriodCues(text: string): Cue<PeriodWords>[] {
  const found: Cue<PeriodWords>[] = [];
  for (const [pattern, build] of COMPILED) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const value = build(match.groups ?? {});
      if (value)
        found.push({ value, start: match.index, end: match.index + match[0].length, text: match[0] });
      if (match[0].length === 0) pattern.lastIndex += 1;
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Cue<PeriodWords>[] = [];
  for (const cue of found) {
    if (kept.every((other) => other.end <= cue.start || other.start >= cue.end)) kept.push(cue);
  }
  return kept.sort((a, b) => a.start - b.start);
}
