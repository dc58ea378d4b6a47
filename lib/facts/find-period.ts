import { isInClosedAside, isInLaterChineseClause } from '../figures/char-classes';
import { isWithin, pickNearestCue, type Span } from './find-cues';
import { findPeriodCues, type PeriodWords } from './period-cues';
import type { Cue, Period } from './types';

export interface PeriodFinding {
  period?: Period;
  /** The period is the year of publication, named as "this year": not over yet when the article appeared. */
  thisYear?: true;
  evidence: string[];
}

/**
 * Words before a year that make it the base of a comparison: "same period of 2022", "чем в 2022 году", 比, "an
 * increase over 2023", "выше уровня 2024 года", "больше показателя 2024 года".
 */
const BASELINE_BEFORE =
  /(?:same period (?:of|in|last)|compared (?:with|to)|than(?: in)?|versus|vs\.?|against|from|up from|down from|(?:increase|rise|growth|gain|jump|decline|decrease|drop|fall)\s+over|чем в|по сравнению с|против|относительно|(?:выше|ниже|больше|меньше|превысил[аио]?|превышает)\s+(?:уровня|показателя)|同期|比|较|較|相比|由)\s*(?:the\s+)?$/iu;
/**
 * A comparison's base value with its own year (a comma only between digits, as in "1,100"): "compared with 1,100 in 2023", "up from 500 in 2019",
 * "против 1,1 млн тонн в 2023 году". The year is that value's, not the period of the figure compared with it.
 */
const BASE_VALUE_BEFORE =
  /(?:compared (?:with|to)|versus|vs\.?|against|up from|down from|than|по сравнению с|против|чем|относительно)\s+(?:(?:[^,;:，；。]|,(?=\d)){0,30}?\d(?:[^,;:，；。]|,(?=\d)){0,30}?)\s(?:in|в)\s*$/iu;
/** The whole year, named in a Chinese clause: 全年, 全年度. */
const WHOLE_YEAR = /全年/u;
/** Between a year and the figure it is written onto: "2020年的约40%". */
const ON_FIGURE = /^\s*[的之]\s*$/u;
/** A change word between a year and its figure: 增长, 下降, 提高, 缩短, 扩大, 跌. */
const CHANGE_BETWEEN = /增|降|减|減|提高|上升|下滑|[缩縮扩擴压壓]|跌|升|回落/u;
/**
 * Words around a year that make it a starting point: "since 2009", "с момента запуска в декабре 2009", 2009年以来;
 * a total of the year so far ("so far this year", "с начала 2025 года") is not the whole year either.
 */
const SINCE_BEFORE = /(?:since|so far|с момента|начиная с|с начала|自)[^,，;；]{0,24}$/iu;
const SINCE_AFTER = /^[^,，;；]{0,12}(?:以来|以來)/u;
/** The figure is the earlier value: "15,5 млрд годом ранее", "$3 billion a year earlier". */
const YEAR_EARLIER_AFTER =
  /^\s*(?:годом ранее|a year (?:earlier|before)|in the previous year|the year before|一年前|上年同期)/iu;

/** A month after a verb of saying is when something was said: "said in December", "заявил в декабре". */
const SAID_BEFORE =
  /(?<![\p{L}])(?:said|says|told|announced|stated|noted|added|заявил[аи]?|сообщил[аи]?|отметил[аи]?|рассказал[аи]?|объявил[аи]?)\s+$/iu;

/** All that stands between a figure and the year it is of: "$94.8 billion in 2024", "45 млрд в 2024 году". */
const OWN_YEAR_BETWEEN = /^\s*(?:in|в)\s+$/iu;

/** The year a target is set for, right after the figure: "to $25bn by 2030", "до 80 млрд долларов к 2030 году". */
const BY_YEAR_AFTER = /^\s*(?:by|until|к|до)\s+(?:the\s+end\s+of\s+|концу\s+)?(?:199\d|20\d\d)(?!\d)/iu;
const BY_YEAR_REACH = 24;

/** Whether a period phrase states the comparison base or the start of a cumulative total, not the figure's own period. */
function isBaseOrStart(sentence: string, cue: Cue<PeriodWords>, figure: Span): boolean {
  const before = sentence.slice(Math.max(0, cue.start - 40), cue.start);
  if (SINCE_BEFORE.test(before) || SINCE_AFTER.test(sentence.slice(cue.end))) return true;
  if (cue.value.kind === 'month' && SAID_BEFORE.test(before)) return true;
  // "由2020年的19.9%": a base year written onto its own figure is that figure's period; in "较上年增长28%" the
  // year stands on the change word, and the figure is the change.
  const attached =
    cue.end <= figure.start &&
    figure.start - cue.end <= 3 &&
    !CHANGE_BETWEEN.test(sentence.slice(cue.end, figure.start));
  if (!attached && BASELINE_BEFORE.test(before)) return true;
  const base = BASE_VALUE_BEFORE.exec(before);
  // The base value's own year stays its period: the figure is not in the words between the comparison and it.
  return base !== null && figure.end <= cue.start - before.length + base.index;
}

function readPublication(publishedAt: string | undefined): { year: number; month: number } | undefined {
  const match = /^(\d{4})-(\d{2})/.exec(publishedAt ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]) } : undefined;
}

/** A canonical label: "2024", "2023 M1–M4", "2025 H1", "2024 Q1–Q3", "2023 M4"; without the year when unknown. */
function labelPeriod(kind: Period['kind'], year: number | undefined, from = 1, to = 12): string {
  const prefix = year === undefined ? '' : `${year} `;
  if (kind === 'year') return `${year ?? ''}`;
  if (kind === 'half') return `${prefix}H${from === 1 ? 1 : 2}`;
  if (kind === 'quarters') return `${prefix}Q${Math.ceil(from / 3)}${to - from > 2 ? `–Q${to / 3}` : ''}`;
  if (kind === 'month' || from === to) return `${prefix}M${from}`;
  return `${prefix}M${from}–M${to}`;
}

/** Builds a period; "first twelve months" is the year. */
export function buildPeriod(
  kind: Period['kind'],
  year: number | undefined,
  from?: number,
  to?: number,
): Period {
  if (kind !== 'year' && from === 1 && to === 12) return buildPeriod('year', year);
  const months = from !== undefined && to !== undefined ? { fromMonth: from, toMonth: to } : {};
  return {
    kind,
    ...(year === undefined ? {} : { year }),
    ...months,
    label: labelPeriod(kind, year, from, to),
  };
}

/**
 * A single month or quarter that has begun but not ended when the article is published is this year's: "四季度…或将放缓"
 * in November, "10月以来" in October. A longer span under way ("1—11月" in January) is last year's: its total is
 * not out yet.
 */
function isUnderway(span: PeriodWords, month: number): boolean {
  const from = span.fromMonth ?? span.toMonth ?? 0;
  const to = span.toMonth ?? 0;
  return from <= month && month <= to && to - from <= 2;
}

/** The year of a span that names none: from another year in the sentence, "this year", or the publication date. */
function resolveSpanYear(span: PeriodWords, other: Cue<PeriodWords> | undefined, publishedAt?: string) {
  if (span.year !== undefined) return { year: span.year };
  const published = readPublication(publishedAt);
  if (other?.value.kind === 'year') return { year: other.value.year, evidence: `"${other.text}"` };
  if (other && published)
    return {
      year: published.year + (other.value.offset ?? 0),
      evidence: `"${other.text}" + published ${publishedAt}`,
    };
  if (published && span.toMonth !== undefined) {
    if (isUnderway(span, published.month))
      return {
        year: published.year,
        evidence: `the month or quarter under way at publication ${publishedAt}`,
      };
    const year = span.toMonth < published.month ? published.year : published.year - 1;
    return { year, evidence: `latest such span before publication ${publishedAt}` };
  }
  return {};
}

/** The period the figure covers, from the phrases of its sentence (nearest first), resolved to a year. */
export function findPeriod(
  sentence: string,
  figure: Span,
  clause: Span,
  publishedAt?: string,
): PeriodFinding {
  const cues = findPeriodCues(sentence).filter(
    (cue) =>
      (cue.end <= figure.start || cue.start >= figure.end) &&
      !isBaseOrStart(sentence, cue, figure) &&
      !isInLaterChineseClause(sentence, figure, cue) &&
      !isInClosedAside(sentence, figure, cue),
  );
  const spans = cues.filter((cue) => cue.value.kind !== 'year' && cue.value.kind !== 'relative');
  const years = cues.filter((cue) => cue.value.kind === 'year' || cue.value.kind === 'relative');
  const byYear = BY_YEAR_AFTER.test(sentence.slice(figure.end));
  // "from $32.6 billion in 2015 to $94.8 billion in 2024": a year written right after the figure is its own.
  const ownYear = years.find(
    (cue) => cue.start >= figure.end && OWN_YEAR_BETWEEN.test(sentence.slice(figure.end, cue.start)),
  );
  const yearCue = byYear
    ? years.find((cue) => cue.start >= figure.end && cue.start - figure.end <= BY_YEAR_REACH)
    : (ownYear ?? pickNearestCue(years, figure, clause));
  let span = pickNearestCue(spans, figure, clause);
  // A year in the figure's own clause, or the year a target is set for, outranks a span of another clause; so does
  // a year written onto the figure ("由2020年的约40%提升至今年前10个月的近六成") over a span after it.
  const onFigure =
    yearCue !== undefined &&
    yearCue.end <= figure.start &&
    ON_FIGURE.test(sentence.slice(yearCue.end, figure.start)) &&
    span !== undefined &&
    span.start >= figure.end;
  if (span && yearCue && (byYear || onFigure || (isWithin(yearCue, clause) && !isWithin(span, clause))))
    span = undefined;
  // "四季度…放缓至15%左右，但全年进出口有望突破4500亿元": the whole year of the figure's own clause is not the span of
  // another clause.
  if (span && !isWithin(span, clause) && WHOLE_YEAR.test(sentence.slice(clause.start, clause.end)))
    span = undefined;
  if (span?.value.kind === 'range')
    return { evidence: [`period: "${span.text}": several years, not one period`] };
  const shift = YEAR_EARLIER_AFTER.exec(sentence.slice(figure.end));
  const shiftBy = shift ? -1 : 0;
  const shiftEvidence = shift ? [`period: "${shift[0].trim()}": one year before`] : [];
  if (span) {
    const { kind, fromMonth, toMonth } = span.value;
    const resolved = resolveSpanYear(span.value, yearCue, publishedAt);
    const year = resolved.year === undefined ? undefined : resolved.year + shiftBy;
    const evidence = [
      `period: "${span.text}"${resolved.evidence ? ` + ${resolved.evidence}` : ''}`,
      ...shiftEvidence,
    ];
    return { period: buildPeriod(kind as Period['kind'], year, fromMonth, toMonth), evidence };
  }
  if (!yearCue) return { evidence: [] };
  const published = readPublication(publishedAt);
  if (yearCue.value.kind === 'relative' && !published)
    return { evidence: [`period: "${yearCue.text}" but no publication date`] };
  const base = yearCue.value.year ?? (published?.year ?? 0) + (yearCue.value.offset ?? 0);
  const dated = yearCue.value.kind === 'relative' ? ` + published ${publishedAt}` : '';
  const thisYear = yearCue.value.kind === 'relative' && yearCue.value.offset === 0 && shiftBy === 0;
  return {
    period: buildPeriod('year', base + shiftBy),
    ...(thisYear ? { thisYear: true as const } : {}),
    evidence: [`period: "${yearCue.text}"${dated}`, ...shiftEvidence],
  };
}
