import { readBareRateCurrency, readChineseQuotedRate } from './bare-rate';
import { readCurrencyAfter } from './currencies';
import { findDeclaredUnit } from './declared-unit';
import {
  countNoun,
  isComparisonBase,
  isLevelOfNumber,
  isMeaningfulCount,
  isMeasuredBare,
  isPartOfCount,
  namesNumberBefore,
} from './judge-count';
import {
  isMoneyContext,
  isPopulation,
  isSameLineNear,
  isSameSentenceNear,
  refersToFigureBefore,
  UNKNOWN_CURRENCY,
} from './money-context';
import type { ReadContext, Reading, ReadingParts } from './reading';
import { isTokenYearLike, rejectAsTime } from './screen-number';
import type { Figure } from './types';

export type { ReadContext, Reading, ReadingParts } from './reading';

const OF_AFTER = /[ \u00a0]+of[ \u00a0]/y;

function inferBareUnit(
  text: string,
  context: ReadContext,
  parts: ReadingParts,
): Pick<Figure, 'unit' | 'kind'> {
  // A population, or the level a named count reaches, is never money, whatever its sentence says.
  if (isPopulation(text, parts.spanStart) || namesNumberBefore(text, parts.spanStart))
    return { unit: 'count', kind: 'count' };
  const last = context.lastMoney;
  const measure = context.lastMeasure;
  // "мощностью 30 млрд куб. м позволит увеличить ее до 85 млрд": a bare amount after a measure of its sentence
  // is in that measure's unit, as one after a sum is in its currency.
  const measured = measure && isSameSentenceNear(text, measure.end, parts.spanStart);
  if (!isMoneyContext(text, parts.spanStart, parts.end)) {
    const listed = last && isSameSentenceNear(text, last.end, parts.spanStart);
    if (listed && (!measured || last.end > measure.end)) return { unit: last.code, kind: 'money' };
    if (measured) return { unit: measure.unit, kind: 'measure' };
    // "…составил 7,8 млрд долларов. Годом ранее показатель был 4,2 млрд.": a sentence that looks back.
    if (measure && (!last || measure.end > last.end)) {
      if (refersToFigureBefore(text, measure.end, parts.spanStart, parts.end))
        return { unit: measure.unit, kind: 'measure' };
    } else if (last && refersToFigureBefore(text, last.end, parts.spanStart, parts.end))
      return { unit: last.code, kind: 'money' };
    return { unit: 'count', kind: 'count' };
  }
  const code = last && isSameLineNear(text, last.end, parts.spanStart) ? last.code : UNKNOWN_CURRENCY;
  return { unit: code, kind: 'money' };
}

/** Drops binary noise from scaling: 4341.6 × 1e8 is 434160000000, not 434160000000.00006. */
function roundValue(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}

function build(
  parts: ReadingParts,
  fields: Pick<Figure, 'unit' | 'kind'> & { factor?: number; noun?: string; stated?: string },
  text: string,
): Reading {
  const factor = fields.factor ?? 1;
  const figure: Figure = {
    start: parts.spanStart,
    end: parts.end,
    text: text.slice(parts.spanStart, parts.end),
    value: roundValue(parts.value * factor),
    unit: fields.unit,
    kind: fields.kind,
    approx: parts.approx,
  };
  if (fields.noun) figure.noun = fields.noun;
  if (parts.range)
    figure.range = { low: roundValue(parts.range.low * factor), high: roundValue(parts.range.high * factor) };
  if (fields.stated) figure.statedUnit = fields.stated;
  return { figure, resume: parts.end };
}

/** Turns what was read around a number into a figure, or rejects it (years, bare numbers, named sets). */
export function decideFigure(text: string, context: ReadContext, parts: ReadingParts): Reading {
  const { token, unit, noun } = parts;
  const skipPast = { resume: Math.max(token.end, parts.token.start + 1) };
  // A zero is no figure on its own ("0 comments"), but it opens a range: "0-5%", "от 0 до 5%".
  if ((parts.value === 0 && !parts.range) || !Number.isFinite(parts.value)) return skipPast;
  if (unit) {
    if (token.source === 'words' && token.value <= 1) return skipPast;
    const code = unit.kind === 'money' && parts.currencyBefore ? parts.currencyBefore : unit.unit;
    const fields = {
      unit: code,
      kind: unit.kind,
      factor: unit.factor,
      ...(unit.stated ? { stated: unit.stated } : {}),
    };
    return build(
      { ...parts, approx: parts.approx === 'none' ? (unit.approx ?? 'none') : parts.approx },
      fields,
      text,
    );
  }
  if (parts.currencyBefore) return build(parts, { unit: parts.currencyBefore, kind: 'money' }, text);
  if (noun.kind === 'time') return rejectAsTime(text, token, noun.end);
  if (noun.kind === 'counter') return skipPast;
  const counted = countNoun(parts);
  if (counted) {
    if (!isMeaningfulCount(text, parts, counted))
      return isTokenYearLike(token) ? rejectAsTime(text, token, token.end) : skipPast;
    return build(parts, { unit: 'count', kind: 'count', noun: counted }, text);
  }
  if (token.vague) {
    OF_AFTER.lastIndex = token.end;
    if (token.source !== 'words' || !OF_AFTER.test(text)) return skipPast;
    const currency = readCurrencyAfter(text, OF_AFTER.lastIndex - 1);
    if (currency) return build({ ...parts, end: currency.at }, { unit: currency.code, kind: 'money' }, text);
    return build(parts, { unit: 'count', kind: 'count' }, text);
  }
  if (isTokenYearLike(token)) return rejectAsTime(text, token, token.end);
  const declared = token.source === 'digits' ? findDeclaredUnit(text, parts.spanStart) : null;
  if (declared) {
    const factor = token.scaled ? 1 : declared.factor;
    return build(parts, { unit: declared.code, kind: 'money', factor }, text);
  }
  const table = context.tableUnit;
  // As if the table's unit stood after the number; a number that brings its own scale keeps it.
  if (table && token.source === 'digits')
    return build(parts, token.scaled ? { ...table, factor: 1 } : table, text);
  const isScaled = token.scaled && (!token.unitsOnly || parts.approx !== 'none' || parts.vagueChinese);
  if (isScaled && (token.source !== 'words' || token.value >= 1e3))
    return build(parts, inferBareUnit(text, context, parts), text);
  const quote = token.source === 'digits' ? readBareRateCurrency(text, parts.spanStart, parts.end) : null;
  if (quote) return build(parts, { unit: quote, kind: 'money' }, text);
  const quoted = token.source === 'digits' ? readChineseQuotedRate(text, parts.spanStart) : null;
  if (quoted) {
    const reading = build(parts, { unit: quoted.unit, kind: 'money' }, text);
    if (reading.figure) reading.figure.per = quoted.per;
    return reading;
  }
  if (
    isMeasuredBare(text, parts) ||
    isPartOfCount(text, parts) ||
    isComparisonBase(text, parts) ||
    isLevelOfNumber(text, parts)
  )
    return build(parts, { unit: 'count', kind: 'count' }, text);
  return skipPast;
}
