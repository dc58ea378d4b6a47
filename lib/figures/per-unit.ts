import { readApproxBefore } from './approximations';
import { readCurrencyAfter } from './currencies';
import { matchAt } from './sticky-match';
import type { Figure } from './types';
import { readMeasureUnit } from './units';

// A price per unit: "$245/t", "$245 per tonne", "$80 a barrel", "245 долл./т", "245 долларов за тонну",
// "245美元/吨", "每吨245美元". The amount stays money; `per` names the unit it is the price of, and the highlight
// takes in the unit ("per tonne", "每吨"). An exchange rate is the price of one unit of another currency: "512.30
// tenge per dollar", "512,3 тенге за доллар", "512 tenge to the dollar" are KZT per USD.

/** What joins an amount to the unit after it: a slash, "per", "за", or "a" before a unit written out. */
const PER_AFTER = /[ \u00a0]?\/[ \u00a0]?|[ \u00a0]+(?:per|за|(an?))(?=[ \u00a0])/iy;
/** "512 tenge to the dollar": how a rate names the currency it prices, and no measure. */
const TO_THE = /[ \u00a0]+to[ \u00a0]+the(?=[ \u00a0])/iy;
/** The currency after "to the" ends its phrase: "to the dollar." is a rate, "to the euro zone" a place. */
const PHRASE_END =
  /[ \u00a0]*(?:[.,;:!?)—–]|$)|[ \u00a0]+(?:on|in|at|as|from|for|this|last|and|after|before|while|when)(?![A-Za-z])/iy;
/** Whether a currency ending at `at` ends its phrase: "to the dollar." is a rate, "to the euro zone" a place. */
export function endsRatePhrase(text: string, at: number): boolean {
  return matchAt(PHRASE_END, text, at) >= 0;
}
/** After "a", an abbreviation is a word of its own: "$20 a t-shirt", not "a t(onne)". */
const SHORTEST_UNIT_AFTER_ARTICLE = 2;
/** 每 and at most a space, as far before the amount as a unit may reach: "每吨", "每立方米". */
const EACH = '每'.charCodeAt(0);
const LONGEST_UNIT_BEFORE = 5;
/**
 * "每吨运费60美元", "每千立方米价格为290美元": what is priced may stand between the unit 每 opens and the amount.
 * The amount is still the price per unit; its highlight stays the amount.
 */
const PRICE_NOUN_GAP =
  /^(?:运费|運費|运价|運價|价格|價格|售价|售價|均价|均價|报价|報價|单价|單價|费用|費用|成本|租金|收费|收費|电价|電價|气价|氣價)(?:为|為|是|达|達|在)?$/;
const LONGEST_PRICE_NOUN = 3;

/** The unit as the reader wrote it: "km" for a kilometre rather than the metres it is counted in. */
function unitName(found: NonNullable<ReturnType<typeof readMeasureUnit>>): string {
  return found.spec.stated ?? found.spec.unit;
}

/** "per dollar", "за доллар", "/USD", "to the dollar": a currency other than the amount's own. */
function readCurrencyPer(text: string, figure: Figure, joined: number, limit: number) {
  const currency = readCurrencyAfter(text, joined);
  if (!currency || currency.code === figure.unit || currency.at > limit) return null;
  return { end: currency.at, per: currency.code };
}

/**
 * "$250 per 1,000 cubic metres", "за 1 тонну": a quantity of one unit, or of a thousand cubic metres, right after
 * the joiner is the unit the amount prices, not a figure of its own. Gas is priced per thousand cubic metres.
 */
function readQuantityPer(text: string, next: Figure | undefined, joined: number): string | null {
  if (
    !next ||
    text.slice(joined, next.start).trim() !== '' ||
    next.kind !== 'measure' ||
    next.approx !== 'none' ||
    next.range
  )
    return null;
  if (next.value === 1) return next.statedUnit ?? next.unit;
  return next.unit === 'cubic_metre' && next.value === 1000 ? 'tcm' : null;
}

function readPerAfter(
  text: string,
  figure: Figure,
  next: Figure | undefined,
): { end: number; per: string; takesNext?: boolean } | null {
  const limit = next?.start ?? text.length;
  TO_THE.lastIndex = figure.end;
  if (TO_THE.test(text)) {
    const rate = readCurrencyPer(text, figure, TO_THE.lastIndex, limit);
    return rate && matchAt(PHRASE_END, text, rate.end) >= 0 ? rate : null;
  }
  PER_AFTER.lastIndex = figure.end;
  const joiner = PER_AFTER.exec(text);
  if (!joiner) return null;
  const joined = PER_AFTER.lastIndex;
  if (!joiner[1]) {
    const rate = readCurrencyPer(text, figure, joined, limit);
    if (rate) return rate;
    const perQuantity = readQuantityPer(text, next, joined);
    if (perQuantity && next) return { end: next.end, per: perQuantity, takesNext: true };
  }
  const found = readMeasureUnit(text, joined, true);
  if (!found || found.end > limit) return null;
  if (joiner[1] && text.slice(joined, found.end).trim().length < SHORTEST_UNIT_AFTER_ARTICLE) return null;
  return { end: found.end, per: unitName(found) };
}

/** "每美元约87.4索姆": 每 before a currency other than the amount's own makes the amount a rate. */
function readCurrencyAfterEach(
  text: string,
  figure: Figure,
  at: number,
): { end: number; per: string } | null {
  const currency = readCurrencyAfter(text, at);
  return currency && currency.code !== figure.unit ? { end: currency.at, per: currency.code } : null;
}

function readPerBefore(text: string, figure: Figure, floor: number): { start: number; per: string } | null {
  const from = Math.max(floor, figure.start - LONGEST_UNIT_BEFORE - LONGEST_PRICE_NOUN - 1);
  // Only as far back as a unit may reach: a search of the whole text before each amount is quadratic.
  let each = figure.start - 1;
  while (each >= from && text.charCodeAt(each) !== EACH) each--;
  if (each < from) return null;
  const measure = readMeasureUnit(text, each + 1, true);
  const found = measure
    ? { end: measure.end, per: unitName(measure) }
    : readCurrencyAfterEach(text, figure, each + 1);
  if (!found) return null;
  const gap = text.slice(found.end, figure.start).trim();
  if (gap === '') return { start: each, per: found.per };
  return PRICE_NOUN_GAP.test(gap) ? { start: figure.start, per: found.per } : null;
}

/**
 * "约为每公升480坚戈": a bound before the unit that 每 opens bounds the price; as after a verb, the highlight starts
 * at the unit.
 */
function readBoundBeforeEach(text: string, figure: Figure, floor: number): void {
  if (figure.approx !== 'none') return;
  const bound = readApproxBefore(text, figure.start);
  if (bound && bound.start >= floor) {
    figure.approx = bound.approx;
    figure.start = Math.min(figure.start, bound.start);
  }
}

/**
 * Gives each money figure that is a price per unit its `per`, taking the unit into its highlight; returns the
 * figures left, without the quantities that were only the unit of a price ("за 1 тыс. кубометров").
 */
export function readPricesPerUnit(text: string, figures: Figure[]): Figure[] {
  const taken = new Set<Figure>();
  figures.forEach((figure, index) => {
    if (figure.kind !== 'money' || taken.has(figure)) return;
    const floor = figures[index - 1]?.end ?? 0;
    const next = figures[index + 1];
    const after = readPerAfter(text, figure, next);
    const before = after ? null : readPerBefore(text, figure, floor);
    if (after) {
      figure.end = after.end;
      figure.per = after.per;
      if (after.takesNext && next) taken.add(next);
    } else if (before) {
      figure.start = before.start;
      figure.per = before.per;
      readBoundBeforeEach(text, figure, floor);
    } else return;
    figure.text = text.slice(figure.start, figure.end);
  });
  return taken.size ? figures.filter((figure) => !taken.has(figure)) : figures;
}
