import { readReportedUnit } from '../figures/reported-unit';

/** The span of values a chart draws, bottom to top. */
export interface ChartRange {
  low: number;
  high: number;
}

/** Room left above and below a price's or a rate's values, as a share of their spread. */
const PRICE_PADDING = 0.1;
/** The least room, as a share of the values, so that one report or a flat series still has some. */
const PRICE_MIN_PADDING = 0.02;

/**
 * From zero for amounts, counts and percents, whose size against nothing is what a reader compares (falls of
 * -3.6% and -2% are drawn down from zero, up to it). Around the
 * values for a price or a rate (a unit with a slash: "KZT/USD", "USD/tonne"): its zero is never near, and drawn
 * from zero the tenge's 456 → 505 would be a flat line. The axis labels say where the chart starts.
 */
export function chartRange(values: readonly number[], unit: string): ChartRange {
  if (readReportedUnit(unit).per !== undefined && values.length > 0) {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const pad = Math.max((max - min) * PRICE_PADDING, Math.abs(max) * PRICE_MIN_PADDING, Number.EPSILON);
    return { low: min - pad, high: max + pad };
  }
  // A fall is drawn below zero and a rise above it: zero stays in the range whichever way the values go.
  const low = Math.min(0, ...values);
  return { low, high: Math.max(0, ...values, low + 1) };
}
