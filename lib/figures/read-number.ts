import { isDigitAt } from './char-classes';
import { readCurrencyAfter, readCurrencyBefore } from './currencies';
import {
  isChineseUnitChar,
  readChineseNumeral,
  readChineseScale,
  readNeighbourDigits,
} from './read-chinese-numeral';
import { readDigitNumber } from './read-digits';
import { readChineseHalf, readFraction, ZH_SHARE_CUE_BEFORE } from './read-fraction';
import { readNumberWords } from './read-number-words';
import { matchAt } from './sticky-match';
import type { Approx } from './types';

/** One number as written, before units: digits, Chinese numerals or words, with any Chinese scale. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  source: 'digits' | 'chinese' | 'words';
  integerDigits: number;
  grouped: boolean;
  decimal: boolean;
  leadingZero: boolean;
  /** A scale (万, 亿, million…) multiplied the number. */
  scaled: boolean;
  /** The factor of that scale (1 when none): a range's low end borrows it ("10至15亿"). */
  factor: number;
  /** Chinese digits read one by one (二〇二四, 五一): a year or a name, never a count. */
  positional: boolean;
  /** Only Chinese unit characters: 千亿, 百, 万亿. */
  unitsOnly: boolean;
  /** "hundreds of", "тысячи": an order of magnitude. */
  vague: boolean;
  /** A bound written inside the number: 20多万, 十几. */
  approx: Approx;
  /** Read after 百分之: the number is a percentage. */
  percent: boolean;
  /** A word that is itself a multiple ("вдвое"), or a verb that multiplies ("doubled", "удвоился"). */
  multiple: false | 'word' | 'verb';
  /** A version or date such as "1.2.3": never a figure. */
  malformed: boolean;
  /** The high end of a range written in the number itself: 三四百 is 300 to 400. */
  rangeHigh?: number;
}

const MORE_BEFORE_SCALE = /[多余餘]/;
const PERCENT_OF = /百分之/y;
/**
 * 兆 is a trillion in Taiwan's and Hong Kong's money ("新台幣1.2兆元", "3兆日圓"), but a mega- prefix elsewhere
 * (兆瓦, 兆帕, 100兆宽带): it scales a number only before a currency (currencies.ts) or after one.
 */
const ZHAO_FACTOR = 1e12;
const MORE_AFTER_ZHAO = /[多餘余]/;

/** "三分之一", "十分之三": a fraction, denominator first; 百分之 is read as a percent before it. */
const FRACTION_OF = /分之/y;
/** "三分之一强", "四分之一弱": a little over or under the fraction, unless the word goes on (强国, 强劲, 弱化). */
const FRACTION_BOUND_AFTER = /(?:([强強])|弱)(?![劲勁国國化大调調度烈势勢项項者点點])/y;

function baseToken(start: number, end: number, value: number, source: NumberToken['source']): NumberToken {
  return {
    start,
    end,
    value,
    source,
    integerDigits: 0,
    grouped: false,
    decimal: false,
    leadingZero: false,
    scaled: false,
    unitsOnly: false,
    positional: false,
    vague: false,
    approx: 'none',
    percent: false,
    multiple: false,
    malformed: false,
    factor: 1,
  };
}

function readTrillionZhao(text: string, at: number, start: number): { end: number; factor: number } | null {
  if (text.charAt(at) !== '兆') return null;
  const currencyAt = MORE_AFTER_ZHAO.test(text.charAt(at + 1)) ? at + 2 : at + 1;
  const isMoney = readCurrencyAfter(text, currencyAt) !== null || readCurrencyBefore(text, start) !== null;
  return isMoney ? { end: at + 1, factor: ZHAO_FACTOR } : null;
}

/** Applies a Chinese scale after the number ("5万", "500多万", "1.73万亿"), then a tail like "3万4000". */
function applyChineseScale(text: string, token: NumberToken): void {
  let at = token.end;
  // Some sites space digits apart from Chinese text: "达 439 亿美元".
  if (text.charAt(at) === ' ' && token.source === 'digits' && isChineseUnitChar(text.charAt(at + 1))) at++;
  if (MORE_BEFORE_SCALE.test(text.charAt(at)) && isChineseUnitChar(text.charAt(at + 1))) {
    token.approx = 'over';
    at++;
  }
  const scale = readChineseScale(text, at) ?? readTrillionZhao(text, at, token.start);
  if (!scale) return;
  token.value *= scale.factor;
  token.end = scale.end;
  token.scaled = true;
  token.factor *= scale.factor;
  if (scale.factor < 1e4 || !isDigitAt(text, token.end)) return;
  const tail = readDigitNumber(text, token.end, false);
  if (!tail || tail.grouped || tail.decimal) return;
  const tailScale = readChineseScale(text, tail.end);
  const tailValue = tail.value * (tailScale?.factor ?? 1);
  if (tailValue >= scale.factor) return;
  token.value += tailValue;
  token.end = tailScale?.end ?? tail.end;
}

/**
 * Reads "分之" and a smaller whole numerator after a whole denominator: "三分之一" is 33.3%, "四分之三" 75%,
 * "千分之五" 0.5%. The fraction becomes a percentage, as 三成 (30%) does.
 */
function applyChineseFraction(text: string, token: NumberToken): void {
  if (token.scaled && !token.unitsOnly) return;
  const denominator = token.value;
  if (!Number.isInteger(denominator) || denominator < 2 || token.positional) return;
  const after = matchAt(FRACTION_OF, text, token.end);
  if (after < 0) return;
  const numerator = readChineseNumeral(text, after);
  if (!numerator || numerator.positional || numerator.approxOver) return;
  if (!Number.isInteger(numerator.value) || numerator.value < 1 || numerator.value >= denominator) return;
  token.value = (numerator.value / denominator) * 100;
  token.end = numerator.end;
  FRACTION_BOUND_AFTER.lastIndex = numerator.end;
  const bound = FRACTION_BOUND_AFTER.exec(text);
  if (bound) {
    token.end = FRACTION_BOUND_AFTER.lastIndex;
    token.approx = bound[1] ? 'over' : 'under';
  }
  token.percent = true;
  token.scaled = false;
  token.unitsOnly = false;
  token.factor = 1;
}

/** "1/3", "2／5": a numerator of one or two digits over a smaller denominator, with no more of a number after. */
const SLASH_FRACTION = /[/／]([0-9]{1,2})(?![0-9０-９/／.．,，%％])/y;

/**
 * "约占全国的1/3": in Chinese text a small fraction written with a slash is a percentage, as 三分之一 is. Only
 * after a word that introduces a share: elsewhere a slash is a date ("自3/15起"), a round ("1/4决赛") or a name
 * ("7/11", "G20/G7").
 */
function applySlashFraction(text: string, token: NumberToken): boolean {
  if (
    token.decimal ||
    token.grouped ||
    token.integerDigits > 2 ||
    !ZH_SHARE_CUE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start))
  )
    return false;
  SLASH_FRACTION.lastIndex = token.end;
  const found = SLASH_FRACTION.exec(text);
  const denominator = Number(found?.[1]);
  if (!found || !(denominator >= 2) || token.value < 1 || token.value >= denominator) return false;
  token.value = (token.value / denominator) * 100;
  token.end = SLASH_FRACTION.lastIndex;
  token.percent = true;
  return true;
}

/** Reads the number starting at `start`, or null when the character there starts none. */
export function readNumber(text: string, start: number, decimalComma: boolean): NumberToken | null {
  if (isDigitAt(text, start)) {
    const digits = readDigitNumber(text, start, decimalComma);
    if (!digits) return null;
    const token = baseToken(start, digits.end, digits.value, 'digits');
    Object.assign(token, {
      integerDigits: digits.integerDigits,
      grouped: digits.grouped,
      decimal: digits.decimal,
      leadingZero: digits.leadingZero,
      malformed: digits.malformed,
    });
    if (!digits.malformed && !applySlashFraction(text, token)) applyChineseScale(text, token);
    return token;
  }
  PERCENT_OF.lastIndex = start;
  if (PERCENT_OF.test(text)) {
    const inner = readNumber(text, PERCENT_OF.lastIndex, false);
    if (!inner || inner.source === 'words') return null;
    return { ...inner, start, percent: true, scaled: false };
  }
  const half = readChineseHalf(text, start);
  if (half) {
    const token = baseToken(start, half.end, half.percent, 'chinese');
    return { ...token, percent: true, approx: half.over ? 'over' : 'none' };
  }
  const chinese = readChineseNumeral(text, start);
  const neighbours = chinese?.positional ? readNeighbourDigits(text, start) : null;
  if (neighbours) {
    const token = baseToken(start, neighbours.end, neighbours.low, 'chinese');
    token.integerDigits = String(neighbours.low).length;
    token.scaled = neighbours.low >= 1e4;
    token.approx = 'about';
    token.rangeHigh = neighbours.high;
    return token;
  }
  if (chinese) {
    const token = baseToken(start, chinese.end, chinese.value, 'chinese');
    token.unitsOnly = chinese.unitsOnly;
    token.positional = chinese.positional;
    token.integerDigits = chinese.positional ? chinese.end - start : String(Math.trunc(chinese.value)).length;
    token.approx = chinese.approxOver ? 'over' : 'none';
    token.scaled = chinese.unitsOnly || chinese.value >= 1e4;
    applyChineseFraction(text, token);
    if (!token.percent) applyChineseScale(text, token);
    return token;
  }
  const fraction = readFraction(text, start);
  if (fraction) return { ...baseToken(start, fraction.end, fraction.percent, 'words'), percent: true };
  const words = readNumberWords(text, start);
  if (!words) return null;
  const token = baseToken(start, words.end, words.value, 'words');
  token.vague = words.vague;
  token.multiple = words.multiple ?? false;
  return token;
}
