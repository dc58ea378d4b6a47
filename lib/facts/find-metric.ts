import type { Figure } from '../figures/types';
import { findCues, pickNearestCue, type Span } from './find-cues';
import { CHANGE_CUE, COUNT_NOUNS, METRIC_CUES, NOT_DISTANCE_CUE } from './metric-terms';
import type { Cue, Metric } from './types';

export interface MetricFinding {
  metric?: Metric;
  growthOf?: Metric;
  evidence: string[];
}

const MONEY: readonly Metric[] = ['trade_volume', 'exports', 'imports', 'investment', 'loans', 'aid'];
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

/** What may stand between a price and what it prices in one phrase: "export prices", "prices of exports", "цены на экспорт". */
const PRICE_OF_GAP = /^[ \u00a0]*(?:of|for|on|на|в|во)?[ \u00a0]*$/iu;

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

/** A percent or multiple: a change when a change word stands in its clause, a share when a share word does. */
function readRatio(
  sentence: string,
  cues: readonly Cue<Metric>[],
  figure: Span,
  clause: Span,
): MetricFinding {
  const clauseText = sentence.slice(clause.start, clause.end);
  const share = cues.find(
    (cue) => cue.value === 'share' && cue.start >= clause.start && cue.end <= clause.end,
  );
  if (share) return { metric: 'share', evidence: [`metric: "${share.text}"`] };
  const change = CHANGE_CUE.exec(clauseText);
  if (!change) return { evidence: [] };
  // A price or a rate can change too: its growth is read (and left unlinked), never taken for exports' growth.
  const grown = pickMetric(cues, [...GROWABLE, ...PRICES], figure, { start: 0, end: 0 });
  const of = grown && (PRICES.includes(grown.value) ? grown : (findPriceOf(sentence, cues, grown) ?? grown));
  const evidence = [`metric: growth, "${change[0]}"`];
  if (of) evidence.push(`growth of: "${of.text}"`);
  return { metric: 'growth', ...(of ? { growthOf: of.value } : {}), evidence };
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

/** An ISO 4217 code: a price in one currency per unit of another is an exchange rate. */
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** A figure with a `per` (ADR 12): an exchange rate when it prices a currency, else a price. */
function readPrice(per: string): MetricFinding {
  return CURRENCY_CODE.test(per)
    ? { metric: 'exchange_rate', evidence: [`metric: exchange_rate, a price per ${per}`] }
    : { metric: 'price', evidence: [`metric: price, a price per ${per}`] };
}

/** What the figure measures, from its unit, its counted noun and the words of its sentence. */
export function findMetric(sentence: string, figure: Figure, at: Span, clause: Span): MetricFinding {
  // A price per unit or an exchange rate (ADR 12) is no total: "trade" or "exports" beside it say what is priced.
  if (figure.per) return readPrice(figure.per);
  const cues = findCues(sentence, METRIC_CUES).filter((cue) => cue.end <= at.start || cue.start >= at.end);
  if (figure.unit === 'percent' || figure.unit === 'times') return readRatio(sentence, cues, at, clause);
  if (figure.unit === 'm') {
    const clauseText = sentence.slice(clause.start, clause.end);
    const not = NOT_DISTANCE_CUE.exec(clauseText) ?? NOT_DISTANCE_CUE.exec(figure.statedUnit ?? '');
    if (not) return { evidence: [`metric: a length but "${not[0]}": not a distance`] };
    return { metric: 'distance', evidence: [`metric: distance, a length "${figure.text}"`] };
  }
  if (figure.unit === 'watt')
    return { metric: 'capacity', evidence: [`metric: capacity, a power "${figure.text}"`] };
  if (figure.unit === 'count') return readCount(figure, cues, at);
  const cue = pickMetric(cues, listCompatibleMetrics(figure), at, clause);
  if (cue) return { metric: cue.value, evidence: [`metric: "${cue.text}"`] };
  if (figure.unit === 'cubic_metre')
    return { metric: 'gas_volume', evidence: ['metric: gas_volume, a volume in m³'] };
  return { evidence: [] };
}
