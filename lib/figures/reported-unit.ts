import type { Figure } from './types';

/**
 * The unit a report and the store keep for a figure: its unit, and for a price the unit it prices after a slash
 * ("USD/tonne", "KZT/USD"). The store has no field of its own for `per` (ADR 12): a compound unit keeps a price
 * per tonne apart from an amount in the same currency, in the fact key and in every reading.
 */
export function reportedUnit(figure: Pick<Figure, 'unit' | 'per'>): string {
  return figure.per ? `${figure.unit}/${figure.per}` : figure.unit;
}
