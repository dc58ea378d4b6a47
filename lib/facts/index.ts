export { describeMeasure } from './describe-measure';
export { factKey, readUnitFamily } from './fact-key';
export type { FactStatus, Measure, MeasureContext, Metric, Period } from './types';
