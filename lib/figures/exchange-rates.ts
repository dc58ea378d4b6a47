import type { Figure } from './types';

// An exchange rate names one unit of a currency and its price in another: "1美元约合495坚戈", "1元人民币兑12索姆",
// "1 USD = 495 KZT". The one unit is no amount a reader looks for; the price after it is the figure.

const RATE_BETWEEN =
  /^[ \u00a0]*(?:约合|約合|折合|合|兑换|兌換|兑|兌|可兑换|可兌換|相当于|相當於|等于|等於|=|＝|≈)?[ \u00a0]*$/;
/** A connector word that opens the price's own highlight ("约合495坚戈"). */
const RATE_LEAD = /^(?:约合|約合|折合)/;

function isOneUnitOfMoney(figure: Figure): boolean {
  return figure.kind === 'money' && figure.value === 1 && figure.range === undefined && figure.unit !== 'XXX';
}

/** Whether the gap between a unit of one currency and a price in another, with the price's lead word, is a rate. */
function isRateGap(text: string, unit: Figure, price: Figure): boolean {
  if (price.kind !== 'money' || price.unit === unit.unit || price.unit === 'XXX') return false;
  const lead = RATE_LEAD.exec(price.text)?.[0] ?? '';
  const gap = text.slice(unit.end, price.start) + lead;
  return gap.trim() !== '' && gap.length <= 8 && RATE_BETWEEN.test(gap);
}

/** The figures without the single currency units that open exchange rates. */
export function dropRateUnits(text: string, figures: Figure[]): Figure[] {
  return figures.filter((figure, index) => {
    const next = figures[index + 1];
    return !(next && isOneUnitOfMoney(figure) && isRateGap(text, figure, next));
  });
}
