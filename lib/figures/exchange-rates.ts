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
