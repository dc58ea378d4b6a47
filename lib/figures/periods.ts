import { CHANGE_VERB } from './approximations';
import { isInClosedAside, isInLaterChineseClause } from './char-classes';
import type { TimeRef } from './screen-number';
import type { Figure } from './types';

// Periods used as time references ("the first five months", "1-5月", "за 10 месяцев", "first quarter") are
// never highlighted; each figure keeps the nearest one in its sentence (or a year) as its `period`.

const EN_COUNT = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2})';
const EN_MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ZH_NUM = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十两兩]{1,3})';
const RU_COUNT =
  '(?:[0-9]{1,2}|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|одиннадцати|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать)';
const RU_MONTH = '(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*';

/**
 * The period patterns by script, in the order they are tried. Each needs something in the text to match at
 * all: English ones an ASCII letter, the Chinese one 月, 季 or 半, Russian ones "в" or "за" (ᲀ is a "в" to a
 * case-insensitive pattern). A text is searched with one pattern of only the alternatives it can hold: a
 * Chinese paragraph is not searched for English and Russian periods at every character, and the periods found
 * are the same, as alternatives that cannot match change nothing.
 */
const PERIOD_GROUPS: readonly { needs: RegExp; sources: readonly string[] }[] = [
  {
    needs: /[A-Za-z]/,
    sources: [
      `(?<![A-Za-z])(?:(?:in|during|for|over)[ \\u00a0]+)?the[ \\u00a0]+(?:first|last|past|previous|next|final)[ \\u00a0]+(?:${EN_COUNT}[ \\u00a0]+)?(?:months?|quarters?|half|weeks?|days?|years?|decades?)(?:[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+year|this[ \\u00a0]+year|last[ \\u00a0]+year|[0-9]{4}))?(?![A-Za-z])`,
      `(?<![A-Za-z])${EN_MONTH}\\.?[ \\u00a0]*(?:[-–—]|to|through)[ \\u00a0]*${EN_MONTH}(?![A-Za-z])(?:\\.?[ \\u00a0]+[0-9]{4})?`,
      `(?<![A-Za-z])(?:first|second|third|fourth)[ \\u00a0]+(?:quarter|half)(?![A-Za-z])`,
      // The business press: "Q3 2025", "in Q1", "H1 2025", "9M 2025", "9M2025". A quarter needs its year or a
      // preposition; a half its year, or a preposition and the clause's end (H2 is also hydrogen: "green H2",
      // "invest in H2 plants"); a bare "9M" is nine million.
      `(?<![A-Za-z0-9])(?:(?:Q[1-4]|H[12]|(?:[1-9]|1[01])M)[ \\u00a0]?(?:19|20)[0-9]{2}|(?<=(?:in|for|during|over|by|since|of)[ \\u00a0]+(?:the[ \\u00a0]+)?)(?:Q[1-4]|H[12](?=[ \\u00a0]*(?:[,.;:!?)]|$))))(?![A-Za-z0-9])`,
    ],
  },
  {
    needs: /[月季半]/,
    sources: [
      // 首11個月, 首季, 首三季: Hong Kong and Taiwan write "first" as 首.
      `(?:今年|去年|前年|[0-9０-９]{4}年)?(?:[前首]${ZH_NUM}(?:个|個)?月|${ZH_NUM}[-—–~～至到]${ZH_NUM}月份?|第?[一二三四1-4]季度|第[一二三四1-4]季(?![节節赛賽])|[前首][一二三]季度?|首季度?(?![节節赛賽])|[上下]半年|(?<![0-9０-９年])${ZH_NUM}月份)`,
    ],
  },
  {
    needs: /[звЗВ\u1c80]/,
    sources: [
      `(?<![А-Яа-яЁё])(?:за|в течение)[ \\u00a0]+(?:первые[ \\u00a0]+)?${RU_COUNT}[ \\u00a0]+(?:месяц(?:а|ев)(?![А-Яа-яЁё])|мес\\.)`,
      `(?<![А-Яа-яЁё])(?:в|за)[ \\u00a0]+январ[еьяи][ \\u00a0]*[-–—][ \\u00a0]*${RU_MONTH}`,
      `(?<![А-Яа-яЁё])(?:за|в)[ \\u00a0]+(?:первое|второе|первом|втором)[ \\u00a0]+полугоди[еия]`,
      `(?<![А-Яа-яЁё])(?:в|за)[ \\u00a0]+(?:первом|втором|третьем|четв[её]ртом|первый|второй|третий)[ \\u00a0]+квартал[еа]?(?![А-Яа-яЁё])`,
      // "в 3-м квартале", "за III квартал", "во 2-м полугодии": an ordinal written in digits.
      `(?<![А-Яа-яЁё])(?:в|во|за)[ \\u00a0]+(?:[1-4][ \\u00a0]?-?[ \\u00a0]?(?:м|й|ом|ий)|I{1,3}|IV)[ \\u00a0]+(?:квартал[еа]?|полугоди[еия])(?![А-Яа-яЁё])`,
    ],
  },
];

/** The search pattern for each combination of groups a text can hold, compiled when first needed. */
const PERIOD_SEARCHES = new Map<number, RegExp>();

function periodSearchFor(text: string): RegExp | null {
  let key = 0;
  PERIOD_GROUPS.forEach((group, index) => {
    if (group.needs.test(text)) key |= 1 << index;
  });
  if (key === 0) return null;
  let search = PERIOD_SEARCHES.get(key);
  if (!search) {
    const sources = PERIOD_GROUPS.flatMap((group, index) => (key & (1 << index) ? group.sources : []));
    search = new RegExp(sources.join('|'), 'gi');
    PERIOD_SEARCHES.set(key, search);
  }
  return search;
}

const LEADING_WORDS = /^(?:(?:in|during|for|over)\s+)?the\s+/i;
/**
 * A full stop before a space ends a sentence, unless it closes an abbreviation of at most three letters that a
 * lower-case word or a number follows ("за 9 мес. 2025 г. экспорт…", "in U.S. goods over the next decade"): a
 * figure after it keeps the period before.
 */
const SENTENCE_END =
  /[。！？!?；;\n]|(?<!(?:^|[^A-Za-zА-Яа-яЁё.])[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё.]{0,2})\.(?=\s)|\.(?=\s)(?![ \u00a0]+[a-zа-яё0-9])/g;

/** Every period in `text`, in order. */
export function findPeriods(text: string): TimeRef[] {
  const found: TimeRef[] = [];
  const search = periodSearchFor(text);
  if (!search) return found;
  search.lastIndex = 0;
  for (let match = search.exec(text); match; match = search.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], kind: 'period' });
  }
  return found;
}

const startOf = (ref: TimeRef) => ref.start;
const itself = (end: number) => end;

/** Index of the last ref starting before `position`, or -1. */
const findLastBefore = (refs: readonly TimeRef[], position: number) => findLastBelow(refs, position, startOf);

function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) ends.push(match.index);
  return ends;
}

/** Index of the last of `items` (in order of `key`) whose key is below `position`, or -1. */
function findLastBelow<T>(items: readonly T[], position: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (key(items[middle] as T) < position) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The ref of `sorted` closest before the figure inside [from, to), or undefined. */
function findBefore(sorted: TimeRef[], figure: Figure, from: number, text: string): TimeRef | undefined {
  const before = sorted[findLastBefore(sorted, figure.start)];
  return before &&
    before.start >= from &&
    before.end <= figure.start &&
    !isInClosedAside(text, figure, before)
    ? before
    : undefined;
}

/**
 * The end of a quotation: a closing quote right after the punctuation that ends what was said ('…more than 30,"
 * said'), or before the comma and dash that open the words of saying ('…120 поездов», — сказал'). A name in
 * quotes («Хоргос») has neither.
 */
const QUOTE_END = /[,.!?…][ \u00a0]*["”»]|["”»][ \u00a0]*,[ \u00a0]*[—–]/;

/**
 * The first ref of `sorted` after the figure inside [from, to), or undefined; a figure inside a quotation takes
 * no time from the narration after it ("…22 trains a day," he said, adding that … in the third quarter).
 */
function findAfter(sorted: TimeRef[], figure: Figure, to: number, text: string): TimeRef | undefined {
  const after = sorted[findLastBefore(sorted, figure.start) + 1];
  if (!after || after.start < figure.end || after.start >= to) return undefined;
  return QUOTE_END.test(text.slice(figure.end, after.start)) ? undefined : after;
}

/** A period right after a comma or semicolon: it may open a clause of its own. */
const AFTER_CLAUSE_BREAK = /[，,;；][ \u00a0]*$/;
/** What ends a clause: a period that it follows ends a clause rather than opening one ("…, in the first quarter."). */
const CLAUSE_END_AFTER = /^[ \u00a0]*(?:[.,;:!?。，；：！？)）]|$)/;

/**
 * Whether a period after a figure opens the next clause and goes on into it, so that it dates that clause's
 * figures, not the one before: "947.8億美元，年增3.2%，今年前10月已逾820億美元".
 */
function opensLaterClause(text: string, figure: Figure, period: TimeRef): boolean {
  return (
    AFTER_CLAUSE_BREAK.test(text.slice(figure.end, period.start)) &&
    !CLAUSE_END_AFTER.test(text.slice(period.end, period.end + 4))
  );
}

/** "by 2030", "in 2023", "к 2030 году", "到2030年": a year that dates what comes before it in its clause. */
const YEAR_OF_CLAUSE_BEFORE = /(?:(?<![A-Za-z])(?:in|by|for)|(?<![А-Яа-яЁё])(?:в|к|до)|到|至)[ \u00a0]*$/i;
const CLAUSE_BREAK = /[，,;；](?![0-9])/;

/**
 * Whether a year after the figure, in its own clause ("…, and aims for 15 million visitors a year by 2030"),
 * dates it rather than the year of an earlier clause ("grew by 3,500 rooms since 2022").
 */
function datesOwnClause(text: string, before: TimeRef, figure: Figure, after: TimeRef): boolean {
  return (
    CLAUSE_BREAK.test(text.slice(before.end, figure.start)) &&
    !CLAUSE_BREAK.test(text.slice(figure.end, after.start)) &&
    YEAR_OF_CLAUSE_BEFORE.test(text.slice(Math.max(0, after.start - 6), after.start))
  );
}

/**
 * The ref of the figure's sentence [from, to): an explicit period before it; else one after it, unless that one
 * opens a later clause and a year before the figure dates it ("2024年…947.8億美元，…，今年前10月已逾820億美元");
 * else a year before it, unless it dates an earlier clause and a year after the figure dates the figure's own
 * (`datesOwnClause`); else the first year after it.
 */
function findRef(
  text: string,
  periods: TimeRef[],
  years: TimeRef[],
  figure: Figure,
  from: number,
  to: number,
) {
  const periodBefore = findBefore(periods, figure, from, text);
  if (periodBefore) return periodBefore;
  const periodAfter = findAfter(periods, figure, to, text);
  const yearAfter = findAfter(years, figure, to, text);
  // "$89.4 billion in 2023 and $94.8 billion in 2024": a year written right after the figure is its own.
  if (yearAfter && OWN_YEAR_BETWEEN.test(text.slice(figure.end, yearAfter.start))) return yearAfter;
  // "$94.8 billion in 2024, and $28.6 billion in the first four months of 2025": the nearer year dates it.
  if (periodAfter && yearAfter && yearAfter.end <= periodAfter.start && datesFigureBefore(text, yearAfter))
    return yearAfter;
  if (periodAfter && !opensLaterClause(text, figure, periodAfter)) return periodAfter;
  const yearBefore = findBefore(years, figure, from, text);
  if (yearBefore && yearAfter && datesOwnClause(text, yearBefore, figure, yearAfter)) return yearAfter;
  return (
    yearBefore ??
    periodAfter ??
    (yearAfter && (isInLaterChineseClause(text, figure, yearAfter) || startsLaterSum(text, figure, yearAfter))
      ? undefined
      : yearAfter)
  );
}

/** "… in 2024", "… в 2024 году": all that stands between a figure and the year it is of. */
const OWN_YEAR_BETWEEN = /^[ \u00a0]*(?:in|в)[ \u00a0]+$/i;

function datesFigureBefore(text: string, year: TimeRef): boolean {
  return YEAR_OF_CLAUSE_BEFORE.test(text.slice(Math.max(0, year.start - 6), year.start));
}

/** "since 2005", "с 2005 года", "自2005年": where a running total starts. */
const SINCE_BEFORE = /(?:(?<![A-Za-z])since|(?<![А-Яа-яЁё])с|自|从|從)[ \u00a0]*$/i;

/**
 * "China invested $2.1 billion last year, bringing its total since 2005 to $26 billion": a year after "since"
 * in a later clause starts that clause's running total and dates no figure of an earlier one.
 */
function startsLaterSum(text: string, figure: Figure, year: TimeRef): boolean {
  return (
    CLAUSE_BREAK.test(text.slice(figure.end, year.start)) &&
    SINCE_BEFORE.test(text.slice(Math.max(0, year.start - 8), year.start))
  );
}

/** "比1—9月加快", "than in 2023", "по сравнению с 2023 годом": a time a change is measured against, not its own. */
const COMPARED_BEFORE =
  /(?:比|较|較|相比|than(?:[ \u00a0]+in)?|compared[ \u00a0]+(?:with|to)(?:[ \u00a0]+the)?|vs\.?|versus|против|чем(?:[ \u00a0]+в)?|по[ \u00a0]+сравнению[ \u00a0]+с[о]?|относительно|к[ \u00a0]+уровню)[ \u00a0]*$/i;

/**
 * "up 6.1% from the previous year", "down from 2023": the time a change starts from. "from January to September"
 * and "from 2020 through 2024" are spans, which a time after "to" closes.
 */
const FROM_BEFORE = /(?<![A-Za-z])from[ \u00a0]+(?:a[ \u00a0]+)?$/i;
const SPAN_WITHIN = /[ \u00a0](?:to|through)[ \u00a0]|[-–—]/i;
/** A span goes on to a time ("from 2020 to 2024", "from January through March"), not to a level ("to $40 billion"). */
const SPAN_GOES_ON = new RegExp(
  `^[ \\u00a0]*(?:to|through|till|until|[-–—])[ \\u00a0]*(?:(?:19|20)[0-9]{2}(?![0-9])|${EN_MONTH}(?![A-Za-z])|the[ \\u00a0]+(?:end|first|second|third|fourth|last)|date|now|present|today)`,
  'i',
);
/**
 * A change, said before its base: "up 6.1% from…", "rose from $3 billion in 2023…", "вырос с 5 млрд…". Without
 * one, "from" is where something comes from: "data from 2024", "investment from 25 countries in 2024".
 */
const CHANGE_WORD =
  /(?<![A-Za-z])(?:up|down|r[io]se|risen|rising|rises|grew|grown|grows?|growth|fell|fallen|falls?|increase[sd]?|decrease[sd]?|decline[sd]?|drop(?:ped|s)?|jump(?:ed|s)?|climb(?:ed|s)?|slipped|slid|gain(?:ed|s)?|surge[sd]?|soared|plunged|expanded|shrank|higher|lower|(?:un)?changed|changes?|compared)(?![A-Za-z])|%|percent|(?<![А-Яа-яЁё])(?:рост|снижени|увеличени|сокращени|больше|меньше|выше|ниже)/iu;
/** How far back a change's words are looked for, within the sentence. */
const CHANGE_REACH = 160;

/** The text of the sentence before `at`, at most CHANGE_REACH characters; `ends` are `sentenceEnds(text)`. */
function sentenceBefore(text: string, ends: readonly number[], at: number): string {
  const end = ends[findLastBelow(ends, at, itself)];
  return text.slice(Math.max(end === undefined ? 0 : end + 1, at - CHANGE_REACH), at);
}

const saysChange = (words: string) => CHANGE_WORD.test(words) || CHANGE_VERB.test(words);

function isComparisonBase(text: string, ends: readonly number[], ref: TimeRef): boolean {
  const before = text.slice(Math.max(0, ref.start - 24), ref.start);
  if (COMPARED_BEFORE.test(before)) return true;
  return (
    FROM_BEFORE.test(before) &&
    !SPAN_WITHIN.test(ref.text) &&
    !SPAN_GOES_ON.test(text.slice(ref.end, ref.end + 10)) &&
    saysChange(sentenceBefore(text, ends, ref.start))
  );
}

/**
 * "较2020年的1,600余家", "чем в 2022 году, когда показатель составлял 70,2 млрд", "than in 2022, when it stood at
 * $70 billion": the base's own value, which its time dates.
 */
const BASE_VALUE_BETWEEN = /^[ \u00a0]*(?:的|,[ \u00a0]*(?:когда|when)(?![\p{L}])[^.;,!?]{0,40})[ \u00a0]*$/u;

/**
 * The comparison base written right before the figure, as its value's time: "较2020年的1,600余家" is the count of
 * 2020, "比2013年的402亿美元增长1倍多" the trade of 2013.
 */
function findBaseOf(text: string, bases: TimeRef[], figure: Figure): TimeRef | undefined {
  const base = bases[findLastBefore(bases, figure.start)];
  return base && base.end <= figure.start && BASE_VALUE_BETWEEN.test(text.slice(base.end, figure.start))
    ? base
    : undefined;
}

/**
 * Gives each figure the time reference of its sentence (`findRef`); a comparison's base dates no figure but the
 * base's own value (`findBaseOf`).
 */
/** "from $14.2 billion in 2023", "против 30 млрд в 2023 году": a figure that is the base a change starts from. */
const BASE_FIGURE_BEFORE =
  /(?:(?<![A-Za-z])(?:from|compared[ \u00a0]+(?:with|to)|versus|vs\.?|than)|(?<![А-Яа-яЁё])(?:против|чем|по[ \u00a0]+сравнению[ \u00a0]+с|с))[ \u00a0]+$/i;
const BASE_TIME_BETWEEN = /^[ \u00a0]*(?:in|в)[ \u00a0]+$/i;
/** The markers of a base that also say where something comes from. */
const FROM_MARKER = /^(?:from|с)[ \u00a0]+$/i;
/** The new level, before its base: "lift trade to $25 billion from $17.1 billion in 2024". */
const TO_LEVEL = /(?<![\p{L}])(?:to|до)[ \u00a0]+(?:[$€£¥₽₸]|US\$)?[ \u00a0]?\d/iu;
/** The new level after a base: "from $14.2 billion in 2023 to…", "с 5 млрд в 2023 году до 7 млрд". */
const TO_LEVEL_AFTER = /^[^.;!?]{0,16}?(?<![\p{L}])(?:to|до)[ \u00a0]+(?:[$€£¥₽₸]|US\$)?[ \u00a0]?\d/iu;

/**
 * The base figure whose own time `ref` is, written right after it: "from $14.2 billion in 2023". Only the figure
 * ending right before the time can be it, and only in a change (a word of change before it, or the new level
 * after): "investment from 25 countries in 2024" is no base.
 */
function findBaseFigureOf(
  text: string,
  ends: readonly number[],
  figures: readonly Figure[],
  ref: TimeRef,
): Figure | undefined {
  // The figures are in reading order and do not overlap: the last to end at or before the time.
  const figure = figures[findLastBelow(figures, ref.start + 1, (item) => item.end)];
  if (!figure || !BASE_TIME_BETWEEN.test(text.slice(figure.end, ref.start))) return undefined;
  const marker = BASE_FIGURE_BEFORE.exec(text.slice(Math.max(0, figure.start - 24), figure.start));
  if (!marker) return undefined;
  // "против", "than", "compared with" always compare; "from" and "с" only in a change.
  if (!FROM_MARKER.test(marker[0])) return figure;
  const before = sentenceBefore(text, ends, figure.start);
  return saysChange(before) || TO_LEVEL.test(before) || TO_LEVEL_AFTER.test(text.slice(ref.end, ref.end + 40))
    ? figure
    : undefined;
}

export function attachPeriods(text: string, figures: Figure[], refs: TimeRef[]): void {
  if (!refs.length || !figures.length) return;
  const byStart = (a: TimeRef, b: TimeRef) => a.start - b.start;
  const ends = sentenceEnds(text);
  const baseTimes = new Map<TimeRef, Figure>();
  for (const ref of refs) {
    const base = findBaseFigureOf(text, ends, figures, ref);
    if (base) baseTimes.set(ref, base);
  }
  const compared = new Set(refs.filter((ref) => isComparisonBase(text, ends, ref)));
  const bases = [...compared].sort(byStart);
  const own = refs.filter((ref) => !compared.has(ref) && !baseTimes.has(ref));
  const periods = own.filter((ref) => ref.kind === 'period').sort(byStart);
  const years = own.filter((ref) => ref.kind === 'year').sort(byStart);
  let sentence = 0;
  for (const figure of figures) {
    while (sentence < ends.length && (ends[sentence] ?? 0) < figure.start) sentence++;
    const from = sentence > 0 ? (ends[sentence - 1] ?? 0) : 0;
    const to = ends[sentence] ?? text.length;
    const chosen = findBaseOf(text, bases, figure) ?? findRef(text, periods, years, figure, from, to);
    if (chosen) figure.period = chosen.text.replace(LEADING_WORDS, '').trim();
  }
  for (const [ref, base] of baseTimes) base.period = ref.text.replace(LEADING_WORDS, '').trim();
}
