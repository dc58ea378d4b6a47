import { isDigitAt } from './char-classes';
import { isChineseUnitChar, readChineseNumeral, readChineseScale } from './read-chinese-numeral';
import { readDigitNumber } from './read-digits';
import { readFraction } from './read-fraction';
import { readNumberWords } from './read-number-words';
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
  /** A word that is itself a multiple ("вдвое"). */
  multiple: boolean;
  /** A version or date such as "1.2.3": never a figure. */
  malformed: boolean;
}

const MORE_BEFORE_SCALE = /[多余餘]/;
const PERCENT_OF = /百分之/y;

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

/** Applies a Chinese scale after the number ("5万", "500多万", "1.73万亿"), then a tail like "3万4000". */
function applyChineseScale(text: string, token: NumberToken): void {
  let at = token.end;
  // Some sites space digits apart from Chinese text: "达 439 亿美元".
  if (text.charAt(at) === ' ' && token.source === 'digits' && isChineseUnitChar(text.charAt(at + 1))) at++;
  if (MORE_BEFORE_SCALE.test(text.charAt(at)) && isChineseUnitChar(text.charAt(at + 1))) {
    token.approx = 'over';
    at++;
  }
  const scale = readChineseScale(text, at);
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
    if (!digits.malformed) applyChineseScale(text, token);
    return token;
  }
  PERCENT_OF.lastIndex = start;
  if (PERCENT_OF.test(text)) {
    const inner = readNumber(text, PERCENT_OF.lastIndex, false);
    if (!inner || inner.source === 'words') return null;
    return { ...inner, start, percent: true, scaled: false };
  }
  const chinese = readChineseNumeral(text, start);
  if (chinese) {
    const token = baseToken(start, chinese.end, chinese.value, 'chinese');
    token.unitsOnly = chinese.unitsOnly;
    token.positional = chinese.positional;
    token.integerDigits = chinese.positional ? chinese.end - start : String(Math.trunc(chinese.value)).length;
    token.approx = chinese.approxOver ? 'over' : 'none';
    token.scaled = chinese.unitsOnly || chinese.value >= 1e4;
    applyChineseScale(text, token);
    return token;
  }
  const fraction = readFraction(text, start);
  if (fraction) return { ...baseToken(start, fraction.end, fraction.percent, 'words'), percent: true };
  const words = readNumberWords(text, start);
  if (!words) return null;
  const token = baseToken(start, words.end, words.value, 'words');
  token.vague = words.vague;
  token.multiple = words.multiple === true;
  return token;
}
