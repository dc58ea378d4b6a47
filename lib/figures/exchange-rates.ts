import { readCurrencyAfter } from './currencies';
import { CONVERSION_WORDS, gapBetweenCurrencies } from './link-conversions';
import type { Figure } from './types';

// An exchange rate names one unit of a currency and its price in another: "1美元约合495坚戈", "1元人民币兑12索姆",
// "1 USD = 495 KZT". The one unit is no amount a reader looks for; the price after it is the figure, per that
// unit (`per`), as "495 tenge per dollar" is. After a price
// word the one unit is a price of its own ("票价为1美元约合7元人民币") and stays.

const RATE_BETWEEN = new RegExp(
  `^[ \\u00a0]*(?:${CONVERSION_WORDS}|合|兑换|兌換|兑|兌|可兑换|可兌換|相当于|相當於|等于|等於|=|＝|≈)[ \\u00a0]*$`,
);

/**
 * A price word right before the one unit makes it a price that a conversion follows: "票价为1美元约合7元人民币",
 * "costs $1 = 7 yuan", "стоит 1 доллар".
 */
const PRICE_BEFORE =
  /(?:票价|票價|价格|價格|售价|售價|单价|單價|定价|定價|报价|報價|收费|收費|只要|仅需|僅需|costs?|priced[ \u00a0]+at|sells?[ \u00a0]+for|sold[ \u00a0]+for|стоит|стоят|стоимостью|по[ \u00a0]+цене)[ \u00a0]*(?:为|為|是|:|：)?[ \u00a0]*$/i;

function isOneUnitOfMoney(figure: Figure): boolean {
  return figure.kind === 'money' && figure.value === 1 && figure.range === undefined;
}

function isPrice(text: string, figure: Figure): boolean {
  return PRICE_BEFORE.test(text.slice(Math.max(0, figure.start - 16), figure.start));
}

/**
 * The figures without the single currency units that open exchange rates; the rate's price says which currency
 * it is the price of ("1美元约合495坚戈" is 495 KZT per USD).
 */
export function dropRateUnits(text: string, figures: Figure[]): Figure[] {
  return figures.filter((figure, index) => {
    const next = figures[index + 1];
    if (!next || !isOneUnitOfMoney(figure) || isPrice(text, figure)) return true;
    const gap = gapBetweenCurrencies(text, figure, next);
    if (gap === null || gap.length > 8 || !RATE_BETWEEN.test(gap)) return true;
    next.per = figure.unit;
    return false;
  });
}

/**
 * A rate named before its price: "курс доллара составил 528 тенге", "курс юаня вырос до 1 789 сумов", "the
 * exchange rate of the dollar reached 528 tenge", "the yuan's exchange rate hit 1,790 soums", "the yuan traded at
 * 73.81 tenge". The words name the
 * currency priced; the first amount in another currency after them in the sentence is its price.
 */
const RATE_OF = [
  /(?<![\p{L}])курс(?:а|у|ом|е)?[ \u00a0]+(?:(?:американского|китайского|российского|единой[ \u00a0]+европейской)[ \u00a0]+)?/giu,
  /(?<![\p{L}])(?:exchange[ \u00a0]+)?rate[ \u00a0]+of[ \u00a0]+the[ \u00a0]+/giu,
];
/** "the dollar's exchange rate", "the yuan exchange rate", "the tenge rate": the currency before the word. */
const THE = /(?<![\p{L}])the[ \u00a0]+/giu;
const RATE_AFTER_CURRENCY = /(?:['’]s)?[ \u00a0]+(?:exchange[ \u00a0]+)?rate(?![\p{L}])/iuy;
/** "the yuan traded at 73.81 tenge", "the dollar rose to 525 tenge": a currency quoted by a verb of the market. */
const QUOTED_AFTER_CURRENCY =
  /[ \u00a0]+(?:(?:was|is)[ \u00a0]+)?(?:trad(?:ed|ing)|quoted|stood|closed|opened|weakened|strengthened|firmed|slid|fell|rose|dropped|climbed|depreciated|appreciated)[ \u00a0]+(?:at|to)(?![\p{L}])/iuy;
/** How far after the words of a rate its price may stand, within one sentence. */
const RATE_REACH = 80;
const SENTENCE_END = /[.!?;。！？；\n](?=[ \u00a0\n]|$)/;
/** A rate is the price of one unit: an amount written with a scale ("5 млрд тенге") is no rate. */
const SCALE_WORD =
  /(?<![\p{L}])(?:thousand|million|billion|trillion|mln|bln|bn|тыс|млн|млрд|трлн|миллион|миллиард)/iu;

/** The currencies the rates of `text` are named for, with where each name ends. */
function findRateNames(text: string): { code: string; at: number }[] {
  const names: { code: string; at: number }[] = [];
  for (const pattern of RATE_OF) {
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
      const currency = readCurrencyAfter(text, found.index + found[0].length);
      if (currency) names.push(currency);
    }
  }
  THE.lastIndex = 0;
  for (let found = THE.exec(text); found; found = THE.exec(text)) {
    const currency = readCurrencyAfter(text, found.index + found[0].length);
    if (!currency) continue;
    for (const after of [RATE_AFTER_CURRENCY, QUOTED_AFTER_CURRENCY]) {
      after.lastIndex = currency.at;
      if (after.test(text)) names.push({ code: currency.code, at: after.lastIndex });
    }
  }
  return names;
}

/**
 * Gives the first amount after a named rate, in another currency, unscaled and in the same sentence, that
 * rate's `per`.
 */
export function readRatesNamedBefore(text: string, figures: readonly Figure[]): void {
  if (!figures.some((figure) => figure.kind === 'money')) return;
  for (const name of findRateNames(text)) {
    const price = figures.find((figure) => figure.start >= name.at && figure.kind === 'money');
    if (!price || price.per || price.unit === name.code || price.start - name.at > RATE_REACH) continue;
    if (SENTENCE_END.test(text.slice(name.at, price.start)) || SCALE_WORD.test(price.text)) continue;
    price.per = name.code;
  }
}
