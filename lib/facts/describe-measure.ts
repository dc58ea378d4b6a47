import { findClause, type Span } from './find-cues';
import { findMetric } from './find-metric';
import { findPeriod } from './find-period';
import { findStatus } from './find-status';
import { findRateSubject, findSubject } from './find-subject';
import type { Measure, MeasureContext, Metric } from './types';

/** Metrics of things that have no period of their own: a border's length, a pipeline's design capacity. */
const TIMELESS: readonly Metric[] = ['distance', 'capacity'];

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
  const metric = findMetric(sentence, figure, at, clause);
  const subject =
    metric.metric === 'exchange_rate'
      ? findRateSubject(figure.unit)
      : findSubject(context, clause, metric.metric === 'growth' ? metric.growthOf : metric.metric);
  const timeless = metric.metric !== undefined && TIMELESS.includes(metric.metric);
  const period = timeless ? { evidence: [] } : findPeriod(sentence, at, clause, context.publishedAt);
  const status = findStatus(sentence, at, clause);
  return {
    ...(subject.subject ? { subject: subject.subject } : {}),
    ...(metric.metric ? { metric: metric.metric } : {}),
    ...(metric.growthOf ? { growthOf: metric.growthOf } : {}),
    ...(period.period ? { period: period.period } : {}),
    ...(status.status ? { status: status.status } : {}),
    evidence: [
      ...(subject.evidence ? [`subject: ${subject.evidence}`] : []),
      ...metric.evidence,
      ...period.evidence,
      ...status.evidence,
    ],
  };
}
