import { findLineStart } from './char-classes';

// A scaled number with no unit ("trade surpassed 100 billion", "贸易额突破千亿") reads as money when its
// sentence talks about money. The window stops at line breaks and sentence ends, so neither later lines nor
// neighbouring sentences change a figure; a population ("人口超过3700万") is never money.

const MONEY_WORDS =
  /trade|turnover|volume|invest|revenue|gdp|export|import|worth|valued|cost|fund|loan|budget|capital|sales|price|spend|financ|贸易|貿易|投资|投資|金额|金額|进出口|進出口|营收|營收|收入|销售|銷售|资金|資金|贷款|貸款|成交|产值|產值|经贸|經貿|товарооборот|торгов|инвестиц|экспорт|импорт|ввп|стоимост|бюджет|кредит|выручк|оборот/i;
const WINDOW = 160;
const POPULATION_BEFORE =
  /(?:人口|人数|人數|居民|population|inhabitants|residents|населени[ея]|жител[а-я]*)[^0-9０-９,，;；。]{0,30}$/i;

/** Line breaks and sentence ends: 。！？；, and . ! ? ; followed by a space. */
function isBoundary(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 10 || code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b) return true;
  if (code !== 46 && code !== 33 && code !== 63 && code !== 59) return false;
  const next = text.charCodeAt(i + 1);
  return next === 32 || next === 10 || Number.isNaN(next);
}

/** The sentence around [start, end), at most WINDOW characters either side. */
function sentenceWindow(text: string, start: number, end: number): string {
  let from = start;
  const lowest = Math.max(0, start - WINDOW);
  while (from > lowest && !isBoundary(text, from - 1)) from--;
  let to = end;
  const highest = Math.min(text.length, end + WINDOW);
  while (to < highest && !isBoundary(text, to)) to++;
  return text.slice(from, to);
}

/** Whether a number at `start` counts people: "人口超过3700万", "населения 20 млн". */
export function isPopulation(text: string, start: number): boolean {
  return POPULATION_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}

/** Whether the sentence around [start, end) talks about money (a population is the caller's check first). */
export function isMoneyContext(text: string, start: number, end: number): boolean {
  return MONEY_WORDS.test(sentenceWindow(text, start, end));
}

/** How far back in its sentence a sum may be that a bare amount shares the currency of. */
const SAME_LIST_CHARS = 80;

/**
 * Whether a sum ending at `from` and an amount starting at `to` are listed in one sentence, close together:
 * "Россия — 201,3 млн долларов, на третьем Казахстан с 96 млн", "$43.8 billion, followed by Kyrgyzstan at
 * 22.7 billion": the second leaves out the currency the first named.
 */
export function isSameSentenceNear(text: string, from: number, to: number): boolean {
  if (to < from || to - from > SAME_LIST_CHARS) return false;
  for (let i = from; i < to; i++) if (isBoundary(text, i)) return false;
  return true;
}

/**
 * The words of a sentence that only looks back at the figure before it and names nothing of its own: "Годом ранее
 * показатель был 4,2 млрд.", "A year earlier, the figure stood at 3.1 billion.", "Год назад — 41 млрд."
 */
const LOOKING_BACK =
  /(?<![\p{L}])(?:годом (?:ранее|раньше)|год назад|в прошлом году|в предыдущем году|a year (?:earlier|ago|before)|the year before|in the previous year|last year)(?![\p{L}])/giu;
const LINKING_WORDS =
  /(?<![\p{L}])(?:(?:этот |данный )?показатель|объ[её]м|сумма|the figure|it|this|that|was|stood at|came to|amounted to|totall?ed|reached|составлял[аио]?|был[аио]?|достигал[аио]?|равнял(?:ся|ась|ось)|около|порядка|примерно|about|around|some)(?![\p{L}])/giu;

/**
 * "Следом идут Киргизия (22,7 млрд)", "next come Kyrgyzstan (22.7 billion)": an amount alone in brackets after a
 * name, a capitalized word that does not open the sentence ("Туристы (2 млн) приехали" counts tourists).
 */
const NAME_BRACKET_BEFORE = /[\p{L}\d,][ \u00a0]+\p{Lu}[\p{L}-]*[ \u00a0]*[(（]$/u;
const BRACKET_CLOSE = /[)）]/;

/**
 * Whether the amount at [start, end) sits in a sentence that only looks back ("Годом ранее показатель был 4,2
 * млрд.") or stands alone in brackets after a name, right after the sentence in which a figure ends at `from`: it
 * is in that figure's unit.
 */
export function refersToFigureBefore(text: string, from: number, start: number, end: number): boolean {
  if (from > start) return false;
  let sentenceStart = start;
  while (sentenceStart > from && !isBoundary(text, sentenceStart - 1)) sentenceStart--;
  if (sentenceStart === from || text.charCodeAt(sentenceStart - 1) === 10) return false;
  for (let i = from; i < sentenceStart - 1; i++) if (isBoundary(text, i)) return false;
  const before = text.slice(sentenceStart, start);
  if (NAME_BRACKET_BEFORE.test(before) && BRACKET_CLOSE.test(text.charAt(end))) return true;
  if (before.search(LOOKING_BACK) < 0) return false;
  const rest = before.replace(LOOKING_BACK, ' ').replace(LINKING_WORDS, ' ');
  let after = end;
  while (after < text.length && !isBoundary(text, after)) after++;
  return !/[\p{L}\d]/u.test(rest + text.slice(end, after));
}

/** Whether `from` and `to` sit on the same line and close enough to share a currency. */
export function isSameLineNear(text: string, from: number, to: number): boolean {
  return to - from <= 400 && findLineStart(text, from, to) === from;
}

/** The code money read with no currency of its own carries (ISO 4217's "no currency"). */
export const UNKNOWN_CURRENCY = 'XXX';

/**
 * A sum that leaves out its currency before one that states it, in one sentence: "экспорт достиг 20,3 миллиарда,
 * импорт — около 310 миллионов долларов", "exports reached 20.3 billion and imports 310 million dollars". The
 * first is listed in the currency the second names.
 */
export function readCurrencyAhead(
  text: string,
  figures: readonly { kind: string; unit: string; start: number; end: number }[],
): void {
  figures.forEach((figure, index) => {
    if (figure.kind !== 'money' || figure.unit !== UNKNOWN_CURRENCY) return;
    const next = figures[index + 1];
    if (next?.kind !== 'money' || next.unit === UNKNOWN_CURRENCY) return;
    if (isSameSentenceNear(text, figure.end, next.start)) figure.unit = next.unit;
  });
}
