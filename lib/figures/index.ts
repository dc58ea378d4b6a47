import type { ReadContext } from './decide-figure';
import { dropRateUnits, readRatesNamedBefore } from './exchange-rates';
import { readLevelsOfChange } from './from-to';
import { linkConversions } from './link-conversions';
import { readCurrencyAhead, UNKNOWN_CURRENCY } from './money-context';
import { findNumberStart } from './number-starts';
import { readPricesPerUnit } from './per-unit';
import { attachPeriods, findPeriods } from './periods';
import { readFigureAt } from './read-figure';
import { readReferenceValues } from './reference-comparisons';
import type { TimeRef } from './screen-number';
import type { ExtractOptions, Figure } from './types';

export type { Approx, ExtractOptions, Figure, FigureKind, TableUnit } from './types';

/**
 * Finds the figures of a text: money, percentages, counts, measures and multiples, with their values fully
 * scaled. Offsets are UTF-16 code units into `text`; figures come in order and never overlap.
 *
 * One pass: periods are found first (never highlighted); then each place a number may start is read outward
 * (screen the number, read its scale, bounds, range, unit or counted noun, then decide); finally stated
 * conversions are linked (the single unit that opens an exchange rate is dropped) and each figure gets the time
 * reference of its sentence; a comparative before a reference value ("高于3%的目标") stops bounding it. Nothing
 * looks past a line break to the right, so text appended after one never changes the figures before it.
 */
export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
  const periods = findPeriods(text);
  const timeRefs: TimeRef[] = [...periods];
  const figures: Figure[] = [];
  const context: ReadContext = { minStart: 0, ...(options.lang ? { lang: options.lang } : {}) };
  if (options.tableUnit) context.tableUnit = options.tableUnit;
  let periodIndex = 0;
  for (let at = findNumberStart(text, 0); at >= 0; ) {
    while (periodIndex < periods.length && (periods[periodIndex]?.end ?? 0) <= at) periodIndex++;
    const period = periods[periodIndex];
    if (period && period.start <= at) {
      at = findNumberStart(text, period.end);
      continue;
    }
    const reading = readFigureAt(text, at, context);
    const figure = reading.figure;
    if (figure) {
      figures.push(figure);
      context.minStart = figure.end;
      if (figure.kind === 'money' && figure.unit !== UNKNOWN_CURRENCY)
        context.lastMoney = { code: figure.unit, end: figure.end };
      if (figure.kind === 'measure' && !figure.statedUnit && !figure.per)
        context.lastMeasure = { unit: figure.unit, end: figure.end };
    } else if (reading.timeRef) timeRefs.push(reading.timeRef);
    at = findNumberStart(text, Math.max(reading.resume, at + 1));
  }
  const unpriced = dropRateUnits(text, figures);
  readReferenceValues(text, unpriced);
  readLevelsOfChange(text, unpriced);
  const kept = readPricesPerUnit(text, unpriced);
  readRatesNamedBefore(text, kept);
  readCurrencyAhead(text, kept);
  linkConversions(text, kept);
  attachPeriods(text, kept, timeRefs);
  return kept;
}
