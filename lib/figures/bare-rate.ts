import { isLetterAt } from './char-classes';
import { readCurrencyAfter } from './currencies';
import { endsRatePhrase } from './per-unit';
import { matchAt } from './sticky-match';

// An exchange rate often leaves out its own currency: "the tenge weakened to 470 per dollar", "китайский юань —
// 7,12 за доллар". The bare number is a price of the currency after it, in the currency its sentence named
// before it; `readPricesPerUnit` then reads the "per dollar" as for any rate (ADR 12).

/** "per", "за" or "to the" before the currency priced. */
const PER_CURRENCY = /[ \u00a0]+(?:per|за|to[ \u00a0]+the)(?=[ \u00a0])/iy;
/** How far back in its sentence the currency of the price may be named. */
const QUOTE_WINDOW = 60;
const SENTENCE_BREAK = /[.。!！?？;；\n](?=[ \u00a0\n]|$)/g;

/** The start of the sentence holding `at`, at most QUOTE_WINDOW characters back. */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - QUOTE_WINDOW);
  let start = from;
  SENTENCE_BREAK.lastIndex = from;
  for (let found = SENTENCE_BREAK.exec(text); found && found.index < at; found = SENTENCE_BREAK.exec(text))
    start = found.index + 1;
  return start;
}

/**
 * The first currency other than `priced` named in [from, to): the sentence's subject ("The tenge traded at 470 per
 * dollar and 65.4 per yuan" prices both in tenge).
 */
function findQuoteBefore(text: string, from: number, to: number, priced: string): string | null {
  for (let i = from; i < to; i++) {
    if (i > 0 && isLetterAt(text, i - 1)) continue;
    const currency = readCurrencyAfter(text, i);
    if (currency && currency.code !== priced && currency.at <= to) return currency.code;
  }
  return null;
}

/** The currency a bare number ending at `end` is a rate in, when a currency it is priced per follows it. */
export function readBareRateCurrency(text: string, start: number, end: number): string | null {
  const joined = matchAt(PER_CURRENCY, text, end);
  if (joined < 0) return null;
  const priced = readCurrencyAfter(text, joined);
  if (!priced || !endsRatePhrase(text, priced.at)) return null;
  return findQuoteBefore(text, sentenceStart(text, start), start, priced.code);
}

/** 兑 between the two currencies of a Chinese quote: "坚戈兑美元汇率报512.3". */
const ZH_AGAINST = /[兑兌]/g;
/** What may stand between the currency priced and the rate: 汇率, 中间价, and a verb of quoting or moving. */
const ZH_QUOTE_TAIL =
  /^(?:的)?(?:汇率|匯率)?(?:中间价|中間價|收盘价|收盤價)?(?:报|報|为|為|约为|約為|约|約|收于|收於|升至|跌至|贬至|貶至|贬值至|貶值至|升值至|达|達|在|是)?[ \u00a0]*$/;
/** How far back of the number a Chinese quote's 兑 may stand. */
const ZH_QUOTE_WINDOW = 24;
/**
 * Currencies from the most to the least valuable unit (about how many of each a dollar buys: 0.8 pounds, 7.2
 * yuan, 500 tenge, 12,800 soums). A rate quotes the less valuable currency per unit of the more valuable one.
 */
const BY_UNIT_VALUE = [
  'GBP',
  'EUR',
  'CHF',
  'USD',
  'TMT',
  'CNY',
  'HKD',
  'TJS',
  'TRY',
  'INR',
  'KGS',
  'RUB',
  'JPY',
  'PKR',
  'KZT',
  'MNT',
  'UZS',
];

/**
 * "坚戈兑美元汇率报512.3", "美元兑人民币汇率报7.18", "人民币兑坚戈71.5": a Chinese quote names both currencies around
 * 兑, in either order as outlets write it, and its bare number is a price in the currency of less value per unit
 * of the other ("512.3 tenge per dollar", "7.18 yuan per dollar"). Only quoting words stand between the second
 * currency and the number; a pair whose order of value is unknown is no rate.
 */
export function readChineseQuotedRate(text: string, start: number): { unit: string; per: string } | null {
  const from = Math.max(0, start - ZH_QUOTE_WINDOW);
  const window = text.slice(from, start);
  ZH_AGAINST.lastIndex = 0;
  for (let found = ZH_AGAINST.exec(window); found; found = ZH_AGAINST.exec(window)) {
    const at = from + found.index;
    const second = readCurrencyAfter(text, at + 1);
    if (!second || !ZH_QUOTE_TAIL.test(text.slice(second.at, start))) continue;
    for (let i = Math.max(0, at - 4); i < at; i++) {
      const first = readCurrencyAfter(text, i);
      if (!first || first.at !== at || first.code === second.code) continue;
      const [a, b] = [BY_UNIT_VALUE.indexOf(first.code), BY_UNIT_VALUE.indexOf(second.code)];
      if (a < 0 || b < 0) return null;
      return a > b ? { unit: first.code, per: second.code } : { unit: second.code, per: first.code };
    }
  }
  return null;
}
