import { isDurationUnit } from '../figures/duration-units';
import { isCurrencyCode } from '../figures/reported-unit';
import type { Figure } from '../figures/types';
import { findCues, pickNearestCue, type Span } from './find-cues';
import {
  CHANGE_BY_BEFORE,
  CHANGE_CUE,
  CHINESE_COMPARISON_BEFORE,
  COMPARED_AFTER,
  COUNT_NOUNS,
  DIFFERENCE_BEFORE,
  DURATION_CHANGE_AFTER,
  DURATION_CHANGE_BEFORE,
  DURATION_CUES,
  EARLIER_TIME,
  METRIC_CUES,
  NOT_DISTANCE_CUE,
  RUSSIAN_BY_BEFORE,
  RUSSIAN_COMPARATIVE,
  THAN_AFTER,
} from './metric-terms';
import type { Cue, MeasureContext, Metric } from './types';

export interface MetricFinding {
  metric?: Metric;
  growthOf?: Metric;
  /** Where the word that named the metric (or what grew) stands in the sentence. */
  cue?: Span;
  evidence: string[];
}

const MONEY: readonly Metric[] = [
  'trade_volume',
  'trade_balance',
  'exports',
  'imports',
  'investment',
  'loans',
  'aid',
];
const COUNT: readonly Metric[] = ['train_trips', 'companies', 'projects', 'agreements', 'visitors'];
const MASS: readonly Metric[] = ['freight', 'capacity', 'production', 'exports', 'imports'];
/** What a price or a rate is: a change of one is no change of the total its phrase names. */
const PRICES: readonly Metric[] = ['price', 'exchange_rate'];
/** Metrics a growth rate can be the growth of. */
const GROWABLE: readonly Metric[] = [...new Set([...MONEY, ...COUNT, ...MASS, 'gas_volume' as const])];

/** The metrics a figure of this unit can measure; undefined for units read only by their own rules. */
function listCompatibleMetrics(figure: Figure): readonly Metric[] {
  if (figure.kind === 'money') return MONEY;
  if (figure.unit === 'count') return COUNT;
  if (figure.unit === 'tonne' || figure.unit === 'teu') return MASS;
  if (figure.unit === 'cubic_metre') return ['capacity', 'gas_volume'];
  return [];
}

function pickMetric(cues: readonly Cue<Metric>[], allowed: readonly Metric[], figure: Span, clause: Span) {
  return pickNearestCue(
    cues.filter((cue) => allowed.includes(cue.value)),
    figure,
    clause,
  );
}

/** A cue of one of these metrics inside the clause: "share" or "trade surplus" there decide, whatever stands nearer. */
function findInClause(
  cues: readonly Cue<Metric>[],
  metrics: readonly Metric[],
  clause: Span,
): Cue<Metric> | undefined {
  return cues.find(
    (cue) => metrics.includes(cue.value) && cue.start >= clause.start && cue.end <= clause.end,
  );
}

/** What may stand between a price and what it prices in one phrase: "export prices", "prices of exports", "цены на экспорт". */
const PRICE_OF_GAP = /^[ \u00a0]*(?:(?:of|for|on|на|в|во)(?:[ \u00a0]+(?:an?|the|one))?)?[ \u00a0]*$/iu;

/**
 * The price or rate cue that makes one phrase with a metric's cue ("export prices", "цены на экспорт", 出口价格):
 * the phrase names a price of what is exported, and a change in it is no growth of exports.
 */
function findPriceOf(
  sentence: string,
  cues: readonly Cue<Metric>[],
  metric: Cue<Metric>,
): Cue<Metric> | undefined {
  return cues.find((cue) => {
    if (!PRICES.includes(cue.value)) return false;
    const gap =
      cue.start >= metric.end ? sentence.slice(metric.end, cue.start) : sentence.slice(cue.end, metric.start);
    return PRICE_OF_GAP.test(gap);
  });
}

/** "(+14,5%)", "(–3.2% y/y)": a percent with its sign, alone in brackets. */
const OPEN_SIGNED_BEFORE = /\(\s*([+]\s*)?$/u;
const SIGN_OPENING = /^[-−–+]/u;
const CLOSE_AFTER = /^\s*(?:y\/y|yoy|г\/г|year[- ]on[- ]year)?\s*\)/iu;

/**
 * A percent written with its sign and alone in brackets after a level is that level's change: "12,1 млрд долл.
 * (–3,2%)", "$28.2 billion (+9.7%)". Without a sign ("(23,4%)") it may as well be a share, and is left alone.
 */
function isSignedInBrackets(sentence: string, figure: Span): boolean {
  const open = OPEN_SIGNED_BEFORE.exec(sentence.slice(Math.max(0, figure.start - 4), figure.start));
  if (!open) return false;
  const signed = open[1] !== undefined || SIGN_OPENING.test(sentence.slice(figure.start, figure.end));
  return signed && CLOSE_AFTER.test(sentence.slice(figure.end));
}

/** "up from", "down from", "против", "compared with": the figure after them is the base a level moved from. */
const BASE_OF_LEVEL_BEFORE =
  /(?:(?<![\p{L}])(?:up|down)\s+from|compared\s+(?:with|to)|(?<![\p{L}])(?:versus|против))\s*$/iu;

/**
 * A percent or multiple: a change when a change word stands in its clause, a share when a share word does. What
 * grew is named in its clause, else is the level it follows in the sentence, else the nearest word for it.
 */
function readRatio(
  sentence: string,
  cues: readonly Cue<Metric>[],
  figure: Span,
  clause: Span,
  levelBefore: Metric | undefined,
): MetricFinding {
  const clauseText = sentence.slice(clause.start, clause.end);
  const share = findInClause(cues, ['share'], clause);
  if (share) return { metric: 'share', evidence: [`metric: "${share.text}"`] };
  // "33.5% of its imports, up from 29.8% a year earlier": the base a level moved from is the same measure.
  if (levelBefore && BASE_OF_LEVEL_BEFORE.test(sentence.slice(Math.max(0, figure.start - 20), figure.start)))
    return { metric: levelBefore, evidence: ['metric: the base of the level before it'] };
  if (levelBefore && GROWABLE.includes(levelBefore) && isSignedInBrackets(sentence, figure))
    return {
      metric: 'growth',
      growthOf: levelBefore,
      evidence: ['metric: growth, a signed percent in brackets', 'growth of: the level before it'],
    };
  const change = CHANGE_CUE.exec(clauseText) ?? COMPARED_AFTER.exec(sentence.slice(figure.end));
  if (!change) return { evidence: [] };
  const named = [...GROWABLE, ...PRICES];
  if (!findInClause(cues, named, clause) && levelBefore && GROWABLE.includes(levelBefore))
    return {
      metric: 'growth',
      growthOf: levelBefore,
      evidence: [`metric: growth, "${change[0]}"`, 'growth of: the level before it'],
    };
  // A price or a rate can change too: its growth is read (and left unlinked), never taken for exports' growth.
  const grown = pickMetric(cues, named, figure, { start: 0, end: 0 });
  const of = grown && (PRICES.includes(grown.value) ? grown : (findPriceOf(sentence, cues, grown) ?? grown));
  return readGrowth(change[0], of);
}

/** A growth, said by `change`, of what the cue `of` names (if one does). */
function readGrowth(change: string, of: Cue<Metric> | undefined): MetricFinding {
  const evidence = [`metric: growth, "${change}"`];
  if (of) evidence.push(`growth of: "${of.text}"`);
  return { metric: 'growth', ...(of ? { growthOf: of.value, cue: of } : {}), evidence };
}

/** How far before an amount its change or comparison words may start. */
const CHANGE_WINDOW = 40;

/** The words that make an amount a difference between two figures, if any stand around it. */
function findDifference(before: string, after: string, figureText: string): RegExpExecArray | null {
  const stated = DIFFERENCE_BEFORE.exec(before) ?? THAN_AFTER.exec(after);
  if (stated) return stated;
  // "на 2,4 млрд меньше": the comparative may already stand inside the figure's text.
  const russian = RUSSIAN_BY_BEFORE.test(before)
    ? (RUSSIAN_COMPARATIVE.exec(after.slice(0, 12)) ?? RUSSIAN_COMPARATIVE.exec(figureText.slice(-8)))
    : null;
  if (russian) return russian;
  const compared = CHINESE_COMPARISON_BEFORE.exec(before);
  return compared && !EARLIER_TIME.test(compared[1] ?? '') ? compared : null;
}

/**
 * An amount that is a change ("increased by $2.4 billion": the growth of trade, in dollars) or the difference
 * between two figures ("$2.4 billion less than the customs figure": nothing the store may link); undefined for a
 * level. Read as a level, either would be linked as the total and contradict every true report of it.
 */
function readAmountChange(
  sentence: string,
  cues: readonly Cue<Metric>[],
  figure: Figure,
  at: Span,
): MetricFinding | undefined {
  const before = sentence.slice(Math.max(0, at.start - CHANGE_WINDOW), at.start);
  const difference = findDifference(before, sentence.slice(at.end), figure.text);
  if (difference) return { evidence: [`metric: a difference, "${difference[0].trim()}": not a total`] };
  const compared = CHINESE_COMPARISON_BEFORE.exec(before);
  const change = CHANGE_BY_BEFORE.exec(before) ?? compared;
  if (!change) return undefined;
  return readGrowth(change[0].trim(), pickMetric(cues, GROWABLE, at, { start: 0, end: 0 }));
}

/** Chinese classifiers that say nothing of what is counted: 12个项目 is read from the word after. */
const GENERIC_CLASSIFIER = /^[个個项項座名]$/u;

/** A count measures what it counts: its noun ("trains", 家, "документов"), or a word right after it. */
function readCount(figure: Figure, cues: readonly Cue<Metric>[], at: Span): MetricFinding {
  if (figure.noun) {
    const noun = COUNT_NOUNS.find(([, pattern]) => pattern.test(figure.noun ?? ''));
    if (noun) return { metric: noun[0], evidence: [`metric: counted noun "${figure.noun}"`] };
    if (!GENERIC_CLASSIFIER.test(figure.noun)) return { evidence: [] };
  }
  const next = cues.find(
    (cue) => cue.start >= at.end && cue.start - at.end <= 12 && COUNT.includes(cue.value),
  );
  return next ? { metric: next.value, evidence: [`metric: "${next.text}"`] } : { evidence: [] };
}

/** A figure with a `per` (ADR 12): an exchange rate when it prices a currency, else a price. */
function readPrice(per: string): MetricFinding {
  return isCurrencyCode(per)
    ? { metric: 'exchange_rate', evidence: [`metric: exchange_rate, a price per ${per}`] }
    : { metric: 'price', evidence: [`metric: price, a price per ${per}`] };
}

/**
 * A length of time measures what the nearest word of a journey, a clearance, a construction or a term names
 * ("transit time", 通关, "сроком", "contract"); what it was cut by ("shortened by 3 days") measures none of them.
 */
function readDuration(sentence: string, at: Span, clause: Span): MetricFinding {
  const before = sentence.slice(Math.max(0, at.start - CHANGE_WINDOW), at.start);
  const change = DURATION_CHANGE_BEFORE.exec(before) ?? DURATION_CHANGE_AFTER.exec(sentence.slice(at.end));
  if (change) return { evidence: [`metric: a change of a duration, "${change[0].trim()}"`] };
  const cues = findCues(sentence, DURATION_CUES).filter((cue) => cue.end <= at.start || cue.start >= at.end);
  const cue = pickNearestCue(cues, at, clause);
  return cue ? { metric: cue.value, cue, evidence: [`metric: "${cue.text}"`] } : { evidence: [] };
}

/** What the figure measures, from its unit, its counted noun and the words of its sentence. */
export function findMetric(
  sentence: string,
  figure: Figure,
  at: Span,
  clause: Span,
  before: Pick<MeasureContext, 'levelBefore' | 'grownBefore'> = {},
): MetricFinding {
  const found = findOwnMetric(sentence, figure, at, clause, before.levelBefore);
  const grown = before.grownBefore;
  if (found.metric || !grown) return found;
  const fits =
    figure.unit === 'count' ? COUNT.includes(grown) : listCompatibleMetrics(figure).includes(grown);
  return fits ? { metric: grown, evidence: [`metric: the level the growth before it reached`] } : found;
}

/** What the figure measures by itself, and by a level before it for a growth. */
function findOwnMetric(
  sentence: string,
  figure: Figure,
  at: Span,
  clause: Span,
  levelBefore: Metric | undefined,
): MetricFinding {
  // A price per unit or an exchange rate (ADR 12) is no total: "trade" or "exports" beside it say what is priced.
  if (figure.per) return readPrice(figure.per);
  if (isDurationUnit(figure.unit)) return readDuration(sentence, at, clause);
  const cues = findCues(sentence, METRIC_CUES).filter((cue) => cue.end <= at.start || cue.start >= at.end);
  if (figure.unit === 'percent' || figure.unit === 'times')
    return readRatio(sentence, cues, at, clause, levelBefore);
  // A change in percentage points is a change of a rate, not of an amount: it is left to the rules below.
  const change = figure.kind === 'percent' ? undefined : readAmountChange(sentence, cues, figure, at);
  if (change) return change;
  if (figure.unit === 'm') {
    const clauseText = sentence.slice(clause.start, clause.end);
    const not = NOT_DISTANCE_CUE.exec(clauseText) ?? NOT_DISTANCE_CUE.exec(figure.statedUnit ?? '');
    if (not) return { evidence: [`metric: a length but "${not[0]}": not a distance`] };
    return { metric: 'distance', evidence: [`metric: distance, a length "${figure.text}"`] };
  }
  if (figure.unit === 'watt')
    return { metric: 'capacity', evidence: [`metric: capacity, a power "${figure.text}"`] };
  if (figure.unit === 'count') return readCount(figure, cues, at);
  const balance = figure.kind === 'money' && findInClause(cues, ['trade_balance'], clause);
  if (balance) return { metric: 'trade_balance', evidence: [`metric: "${balance.text}"`] };
  const compatible = listCompatibleMetrics(figure);
  // "The average price of an imported car was $21,200": a price named nearer than a flow is what the sum is.
  const cue = pickMetric(cues, figure.kind === 'money' ? [...compatible, 'price'] : compatible, at, clause);
  const price = cue && (cue.value === 'price' ? cue : findPriceOf(sentence, cues, cue));
  if (price) return { metric: 'price', evidence: [`metric: price, "${price.text}"`] };
  if (cue) return { metric: cue.value, cue, evidence: [`metric: "${cue.text}"`] };
  if (figure.unit === 'cubic_metre')
    return { metric: 'gas_volume', evidence: ['metric: gas_volume, a volume in m³'] };
  return { evidence: [] };
}
