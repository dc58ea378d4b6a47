import type { Figure } from './types';

/** Between a price's currency and what it prices, in a reported unit: "USD/tonne". */
const PER = '/';

/**
 * The unit a report and the store keep for a figure: its unit, and for a price the unit it prices after a slash
 * ("USD/tonne", "KZT/USD"). The store has no field of its own for `per` (ADR 12): a compound unit keeps a price
 * per tonne apart from an amount in the same currency, in the fact key and in every reading.
 */
export function reportedUnit(figure: Pick<Figure, 'unit' | 'per'>): string {
  return figure.per ? `${figure.unit}${PER}${figure.per}` : figure.unit;
}

/** Whether a unit is a currency, written as its ISO 4217 code ("USD", "KZT"). */
export function isCurrencyCode(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/** A reported unit taken apart again: "USD/tonne" → { unit: "USD", per: "tonne" }; "USD" → { unit: "USD" }. */
export function readReportedUnit(reported: string): Pick<Figure, 'unit' | 'per'> {
  const at = reported.indexOf(PER);
  return at < 0 ? { unit: reported } : { unit: reported.slice(0, at), per: reported.slice(at + PER.length) };
}
