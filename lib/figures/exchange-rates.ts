import { gapBetweenCurrencies } from './link-conversions';
import type { Figure } from './types';

// An exchange rate names one unit of a currency and its price in another: "1美元约合495坚戈", "1元人民币兑12索姆",
// "1 USD = 495 KZT". The one unit is no amount a reader looks for; the price after it is the figure.

const RATE_BETWEEN =
  /^[ \u00a0]*(?:约合|約合|折合|合|兑换|兌換|兑|兌|可兑换|可兌換|相当于|相當於|等于|等於|=|＝|≈)[ \u00a0]*$/;

function isOneUnitOfMoney(figure: Figure): boolean {
  return figure.kind === 'money' && figure.value === 1 && figure.range === undefined;
}

/** The figures without the single currency units that open exchange rates. */
export function dropRateUnits(text: string, figures: Figure[]): Figure[] {
  return figures.filter((figure, index) => {
    const next = figures[index + 1];
    if (!next || !isOneUnitOfMoney(figure)) return true;
    const gap = gapBetweenCurrencies(text, figure, next);
    return gap === null || gap.length > 8 || !RATE_BETWEEN.test(gap);
  });
}
