import { findClause, type Span } from './find-cues';
import { findMetric, type MetricFinding } from './find-metric';
import { findPeriod, type PeriodFinding } from './find-period';
import { findStatus } from './find-status';
import { findRateSubject, findSubject } from './find-subject';
import { type DirectionFinding, readDirection } from './read-direction';
import { type ChinaFlow, readCarriedFlow, readChinaFlow, readCoordinatedFlow } from './trade-direction';
import type { FactStatus, Measure, MeasureContext, Metric, Period } from './types';

/**
 * Metrics of things that have no period of their own: a border's length, a pipeline's design capacity, and the
 * lengths of time (a transit time, a contract's term): the year beside them dates an event, not a total.
 */
const TIMELESS: readonly Metric[] = [
  'distance',
  'capacity',
  'transit_time',
  'clearance_time',
  'term',
  'construction_time',
];

const FLOWS: readonly Metric[] = ['exports', 'imports'];

/**
 * Exports and imports between China and a partner, turned to China's side (`trade-direction.ts`): the metric
 * (or what grew) as the store keeps it, with the words that decided.
 */
/**
 * The flow of a cue word that stands in an earlier clause than the figure: in "Экспорт в КНР сократился на 3,2%,
 * до 10,1 млрд долларов" the amount is the flow that clause names, into China.
 */
function readCueClauseFlow(
  sentence: string,
  cue: Span & { metric: ChinaFlow },
  clause: Span,
): ChinaFlow | undefined {
  if (cue.start >= clause.start && cue.end <= clause.end) return undefined;
  return readChinaFlow(sentence, cue, findClause(sentence, cue));
}

function orientFlow(
  sentence: string,
  finding: MetricFinding,
  clause: Span,
  subject: string | undefined,
): MetricFinding {
  const named = finding.metric === 'growth' ? finding.growthOf : finding.metric;
  if (!subject?.startsWith('CN-') || !named || !FLOWS.includes(named) || !finding.cue) return finding;
  const cue = { ...finding.cue, metric: named as ChinaFlow };
  const flow =
    readChinaFlow(sentence, cue, clause) ??
    readCarriedFlow(sentence, cue, clause) ??
    readCueClauseFlow(sentence, cue, clause) ??
    readCoordinatedFlow(sentence, cue);
  if (!flow || flow === named) return finding;
  const evidence = [...finding.evidence, `direction: ${flow === 'imports' ? 'into' : 'out of'} China`];
  return finding.metric === 'growth'
    ? { ...finding, growthOf: flow, evidence }
    : { ...finding, metric: flow, evidence };
}

/**
 * "This year" in an article of that year: a target or a forecast is for the whole year, but anything already
 * counted is a total of the year so far, which the whole year's figure would contradict.
 */
/** A sentence that opens by taking a part of the whole before it: 其中, "Of the total", "Из них", "В том числе". */
const PART_OF_WHOLE_OPENING =
  /^\s*(?:其中|(?:of (?:the|this|that) (?:total|amount|sum|volume)|of (?:this|these|which|them)|из (?:них|этой суммы|этого объ[её]ма)|в том числе)(?![\p{L}]))/iu;

/** The period of the whole before, for a sentence of its parts that names no time of its own. */
function readPeriodOfWhole(
  sentence: string,
  found: PeriodFinding,
  whole: Period | undefined,
): PeriodFinding | undefined {
  if (found.period || !whole || !PART_OF_WHOLE_OPENING.test(sentence)) return undefined;
  return {
    period: whole,
    evidence: [...found.evidence, `period: ${whole.label}, of the whole in the sentence before`],
  };
}

function readPartialYear(found: PeriodFinding, status: FactStatus | undefined): PeriodFinding {
  if (!found.thisYear || status === 'target' || status === 'forecast') return found;
  return { evidence: [...found.evidence, 'period: this year, not over when published: the year so far'] };
}

/**
 * Which way a change went: only a growth in percent or an amount of change has a sign. A level that fell ("fell
 * to $35 billion") stays what it is, and a multiple ("сократился в 2 раза") is no signed figure.
 */
function readChange(
  sentence: string,
  finding: MetricFinding,
  at: Span,
  clause: Span,
  unit: string,
): DirectionFinding {
  if (finding.metric !== 'growth' || unit === 'times') return { evidence: [] };
  return readDirection(sentence, at, clause);
}

/** The figure's span in the sentence, clamped so that any offsets are safe. */
function clampFigure(context: MeasureContext): Span {
  const length = context.sentence.length;
  const clamp = (value: number) =>
    Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 0), length) : 0;
  const start = clamp(context.figureStart);
  return { start, end: Math.max(start, clamp(context.figureEnd)) };
}

/**
 * What a figure measures: who it is about, what it counts, the period it covers and whether it is a fact, a
 * target or a forecast, each with the words that decided it. Anything the text does not say stays undefined.
 */
export function describeMeasure(context: MeasureContext): Measure {
  const { sentence, figure } = context;
  const at = clampFigure(context);
  const clause = findClause(sentence, at);
  const metric = findMetric(sentence, figure, at, clause, context);
  const subject =
    metric.metric === 'exchange_rate'
      ? findRateSubject(figure.unit)
      : findSubject(context, clause, metric.metric === 'growth' ? metric.growthOf : metric.metric);
  const flow = orientFlow(sentence, metric, clause, subject.subject);
  const change = readChange(sentence, metric, at, clause, figure.unit);
  const timeless = metric.metric !== undefined && TIMELESS.includes(metric.metric);
  const found = timeless ? { evidence: [] } : findPeriod(sentence, at, clause, context.publishedAt);
  const status = findStatus(sentence, at, clause, figure.kind);
  const period =
    readPeriodOfWhole(sentence, found, timeless ? undefined : context.periodBefore) ??
    readPartialYear(found, status.status);
  return {
    ...(subject.subject ? { subject: subject.subject } : {}),
    ...(flow.metric ? { metric: flow.metric } : {}),
    ...(flow.growthOf ? { growthOf: flow.growthOf } : {}),
    ...(change.direction ? { direction: change.direction } : {}),
    ...(period.period ? { period: period.period } : {}),
    ...(status.status ? { status: status.status } : {}),
    evidence: [
      ...(subject.evidence ? [`subject: ${subject.evidence}`] : []),
      ...flow.evidence,
      ...change.evidence,
      ...period.evidence,
      ...status.evidence,
    ],
  };
}
