// Chinese numerals, simplified and traditional: 一千二百, 两, 〇, 十几, 三万四千, 千亿, 二〇二四, 三点五.

// biome-ignore format: a word table reads best packed
const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6,
  陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const SOME = new Set(['几', '幾']);
const POINT = new Set(['点', '點']);
/** Units that start a unit of measure rather than scale a number: 千米 is a kilometre, 百分之 a percent. */
const NOT_SCALE = /千米|千克|千瓦|百分/y;

export interface ChineseNumeral {
  end: number;
  value: number;
  /** Only unit characters, no digit: 千亿, 百, 万亿 (a round order of magnitude). */
  unitsOnly: boolean;
  /** Digits read one by one without units: 二〇二四, 五一. */
  positional: boolean;
  /** 十几, 二十几: "ten-odd". */
  approxOver: boolean;
}

/** The value of one Chinese digit character (一, 兩, 柒…), or undefined. */
export function chineseDigit(ch: string): number | undefined {
  return DIGITS[ch];
}

export function isChineseUnitChar(ch: string): boolean {
  return SMALL_UNITS[ch] !== undefined || BIG_UNITS[ch] !== undefined;
}

/** Reads a Chinese numeral at `start`, or null when there is none. */
export function readChineseNumeral(text: string, start: number): ChineseNumeral | null {
  let total = 0;
  let section = 0;
  let pending = -1;
  let positional = '';
  let sawUnit = false;
  let sawDigit = false;
  let approxOver = false;
  let i = start;
  for (; i < text.length; i++) {
    const ch = text.charAt(i);
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      if (sawUnit && !sawDigit && section === 0) break;
      sawDigit = true;
      if (sawUnit) {
        if (digit === 0) continue;
        if (pending >= 0) break;
        pending = digit;
      } else {
        positional += digit;
        pending = digit;
      }
      continue;
    }
    const small = SMALL_UNITS[ch];
    const big = BIG_UNITS[ch];
    if (small === undefined && big === undefined) {
      if (SOME.has(ch) && sawUnit && pending < 0) {
        approxOver = true;
        continue;
      }
      break;
    }
    NOT_SCALE.lastIndex = i;
    if (positional.length > 1 || NOT_SCALE.test(text)) break;
    if (small !== undefined) {
      section += (pending < 0 ? 1 : pending) * small;
    } else if (big !== undefined) {
      const chunk = section + Math.max(pending, 0);
      if (big === 1e8) total = (total + chunk || 1) * big;
      else total += (chunk || (total ? 0 : 1)) * big;
      section = 0;
    }
    pending = -1;
    positional = '';
    sawUnit = true;
  }
  if (i === start) return null;
  let value = sawUnit ? total + section + Math.max(pending, 0) : Number(positional);
  const fraction = readFraction(text, i, sawDigit && (pending >= 0 || !sawUnit));
  if (fraction) {
    value += fraction.value;
    i = fraction.end;
  }
  return { end: i, value, unitsOnly: !sawDigit, positional: !sawUnit && positional.length > 1, approxOver };
}

/** "点五" after a numeral: the decimal part of 三点五. */
function readFraction(text: string, at: number, allowed: boolean): { end: number; value: number } | null {
  if (!allowed || !POINT.has(text.charAt(at))) return null;
  let digits = '';
  let i = at + 1;
  for (let d = DIGITS[text.charAt(i)]; d !== undefined; d = DIGITS[text.charAt(i)]) {
    digits += d;
    i++;
  }
  return digits ? { end: i, value: Number(`0.${digits}`) } : null;
}

/** A run of unit characters after digits ("万", "亿", "万亿", "千万"): the factor they scale by. */
export function readChineseScale(text: string, start: number): { end: number; factor: number } | null {
  let factor = 1;
  let i = start;
  while (i < text.length && i - start < 3) {
    const ch = text.charAt(i);
    const unit = SMALL_UNITS[ch] ?? BIG_UNITS[ch];
    if (unit === undefined) break;
    NOT_SCALE.lastIndex = i;
    if (NOT_SCALE.test(text)) break;
    factor *= unit;
    i++;
  }
  return i > start ? { end: i, factor } : null;
}

/** Two neighbouring digits before a unit, a rough range: 二三十 is 20–30, 三四百 300–400, 五六千万 50–60 million. */
export interface NeighbourDigits {
  end: number;
  low: number;
  high: number;
}

/** Reads "二三十", "一两百", "三四千万" at `start`, or null (七八个 and 一二三 have no unit to scale them). */
export function readNeighbourDigits(text: string, start: number): NeighbourDigits | null {
  const first = DIGITS[text.charAt(start)];
  const second = DIGITS[text.charAt(start + 1)];
  if (first === undefined || first < 1 || second !== first + 1) return null;
  const scale = readChineseScale(text, start + 2);
  if (!scale) return null;
  return { end: scale.end, low: first * scale.factor, high: second * scale.factor };
}
