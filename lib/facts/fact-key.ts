import type { Measure, Period } from './types';

/**
 * Units compared with each other: km and m are both length. Each currency is a family of its own: a yuan amount
 * and its dollar conversion are two facts, linked as a stated conversion rather than compared.
 */
const UNIT_FAMILIES: Readonly<Record<string, string>> = {
  percent: 'percent',
  percentage_point: 'percentage_point',
  count: 'count',
  times: 'ratio',
  tonne: 'mass',
  teu: 'teu',
  cubic_metre: 'volume',
  m: 'length',
  km: 'length',
  square_metre: 'area',
  hectare: 'hectare',
  watt: 'power',
};

/** The family a unit belongs to; an ISO 4217 code (three capitals) is its own family. */
export function readUnitFamily(unit: string): string {
  return UNIT_FAMILIES[unit] ?? unit;
}

/** The months a period spans, so that "first three quarters", "January–September" and "前9个月" match. */
function describeSpan(period: Period): string | undefined {
  if (period.year === undefined) return undefined;
  const from = period.fromMonth ?? 1;
  const to = period.toMonth ?? 12;
  if (period.kind === 'year' || (from === 1 && to === 12)) return String(period.year);
  return from === to ? `${period.year} M${from}` : `${period.year} M${from}–M${to}`;
}

/**
 * A stable key for "the same fact": subject|metric|period span|unit family; a growth rate's metric includes
 * what grew ("growth:exports"). Undefined when any part is unknown, or the period has no year, and for a price
 * or a share.
 * An exchange rate's unit family is its pair ("KZT/USD"), so a rate meets only rates of the same pair.
 */
export function factKey(measure: Measure, unit: string): string | undefined {
  const { subject, metric, period } = measure;
  if (!subject || !metric || !period || !unit) return undefined;
  if (metric === 'growth' && !measure.growthOf) return undefined;
  // What a price prices (wheat, gas, a ticket) is not read: two prices per tonne may be of different goods; nor
  // is whose rate changed by a percent ("the exchange rate fell 3%"). A share is a part of a whole, and the key
  // names neither: "Kazakhstan's 40% of China's trade with Central Asia" and "Central Asia's 1.5% of China's
  // foreign trade" would both be CN-CA's share, and contradict.
  if (
    metric === 'price' ||
    metric === 'share' ||
    measure.growthOf === 'price' ||
    measure.growthOf === 'exchange_rate'
  )
    return undefined;
  const span = describeSpan(period);
  if (!span) return undefined;
  const what = metric === 'growth' ? `growth:${measure.growthOf}` : metric;
  return `${subject}|${what}|${span}|${readUnitFamily(unit)}`;
}
