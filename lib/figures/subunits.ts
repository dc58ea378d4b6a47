import { isCjkCode, isLetterAt } from './char-classes';
import { matchAt } from './sticky-match';
import { WordTable } from './word-table';

// The hundredth parts of currencies, read after an amount: "50 cents" is 0.50 USD, "80 копеек" 0.80 RUB, "80 тиынов" 0.80 KZT,
// "3.5美分" 0.035 USD, "5分钱" 0.05 CNY. The amount is money in the currency; the cent only scales it.

// biome-ignore format: a word table reads best packed
const SUBUNITS: Record<string, string> = {
  cents: 'USD', cent: 'USD', 'us cents': 'USD', 'u.s. cents': 'USD', 'euro cents': 'EUR', 'euro cent': 'EUR',
  kopecks: 'RUB', kopeks: 'RUB', kopeck: 'RUB', kopek: 'RUB', копеек: 'RUB', копейки: 'RUB', копейка: 'RUB',
  копейку: 'RUB', 'коп.': 'RUB', коп: 'RUB', 美分: 'USD', 欧分: 'EUR', 歐分: 'EUR', 戈比: 'RUB', 分钱: 'CNY',
  分錢: 'CNY',
  // The tiyn of the tenge, the tiyin of the sum and the tyiyn of the som.
  tiyn: 'KZT', tiyns: 'KZT', тиын: 'KZT', тиынов: 'KZT', тиына: 'KZT', tiyin: 'UZS', tiyins: 'UZS', тийин: 'UZS',
  тийинов: 'UZS', тийина: 'UZS', tyiyn: 'KGS', tyiyns: 'KGS', тыйын: 'KGS', тыйынов: 'KGS', тыйына: 'KGS',
  // A power tariff in Russian: "2,7 цента за кВт·ч".
  центов: 'USD', цента: 'USD', цент: 'USD', евроцентов: 'EUR', евроцента: 'EUR',
};
const SUBUNIT_TABLE = new WordTable(SUBUNITS);

/**
 * 分 alone is a fen only in a sentence about prices ("每度电降价5分", "票价涨了5分"), and only where nothing
 * Chinese follows it: 5分钟 is minutes, 五分之一 a fraction, "得了5分" a score, "3点5分" a time of day.
 */
const FEN = /分/y;
const PRICE_BEFORE = /(?:价|價|钱|錢|费|費|元|角|毛)[^。！？；!?;，,]{0,12}$/;
const CLOCK_BEFORE = /[点點时時]$/;

export interface SubunitReading {
  end: number;
  code: string;
}

function readFen(text: string, at: number, numberStart: number): SubunitReading | null {
  const end = matchAt(FEN, text, at);
  if (end < 0 || isCjkCode(text.charCodeAt(end))) return null;
  const before = text.slice(Math.max(0, numberStart - 16), numberStart);
  if (CLOCK_BEFORE.test(before) || !PRICE_BEFORE.test(before)) return null;
  return { end, code: 'CNY' };
}

/** The currency and end of a cent written after the number that starts at `numberStart`, or null. */
export function readSubunitAfter(text: string, at: number, numberStart: number): SubunitReading | null {
  // "a 50-cent rise": the cent joined to its amount by a hyphen.
  const from = text.charAt(at) === '-' && isLetterAt(text, at + 1) ? at + 1 : at;
  const found = SUBUNIT_TABLE.match(text, from);
  if (found) return { end: found.end, code: found.value };
  return from === at ? readFen(text, at, numberStart) : null;
}
