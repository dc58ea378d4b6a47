import { readApproxAfterNumber } from './approximations';
import { foldRussianCode, trimSpacesBefore } from './char-classes';
import { readNounAfter } from './read-noun';
import type { NumberToken } from './read-number';
import { readScaleWord, readShortScale } from './read-scale';
import { readMeasureUnit } from './units';

/**
 * Extends a number with everything that scales or bounds it before the unit: "20多", "66,2 млрд",
 * "5 billion", "20-plus", "a million". Chinese scales (1.73万亿) are already part of the number.
 */
export function extendQuantity(text: string, token: NumberToken): NumberToken {
  if (token.malformed || token.percent) return token;
  const bound = readApproxAfterNumber(text, token.end);
  if (bound) {
    token.approx = bound.approx;
    token.end = bound.end;
  }
  if (token.source !== 'chinese' && token.factor === 1) {
    const scale = readScaleWord(text, token.end);
    if (scale) {
      token.value *= scale.factor;
      token.factor *= scale.factor;
      token.scaled = true;
      token.end = scale.end;
      const after = readApproxAfterNumber(text, token.end);
      if (after) {
        token.approx = after.approx;
        token.end = after.end;
      }
    }
  }
  return token;
}

/** k, m and the capitals M and B; a capital K is a screen's resolution or a race ("4K", "a 10K run"). */
const GLUED_SCALE_BEFORE_UNIT = /^[kmMB][ \u00a0]/;
/** "1.2B", "3.5M" with a decimal and nothing glued after: "Room 3B", "a 2B pencil" have none. */
const GLUED_SCALE_ALONE = /^[MB](?![A-Za-z0-9])/;

/** "30 m tonnes": an "m" set apart by spaces, before a unit of measure. */
const SPACED_MILLION = /^[ \u00a0][mM][ \u00a0]/;

/**
 * Where a one-letter scale of a quantity starts after its digits, or -1. "12k containers", "3.5m tonnes",
 * "2M tonnes": a scale glued to digits, outside money, scales the number when a unit or a counted noun follows
 * ("4K screens", "a 12m wall" stay out); a capital M or B scales a decimal on its own ("1.2B in assets"). An "m"
 * set apart by a space is a million only before a unit of measure ("30 m tonnes", "5 m barrels"): before other
 * words it may be metres.
 */
export function findScaleOfQuantity(text: string, token: NumberToken): number {
  if (token.source !== 'digits') return -1;
  const glued = text.slice(token.end, token.end + 2);
  if (token.decimal && GLUED_SCALE_ALONE.test(glued)) return token.end;
  if (SPACED_MILLION.test(text.slice(token.end, token.end + 3))) {
    const spaced = readShortScale(text, token.end + 1);
    return spaced && readMeasureUnit(text, spaced.end) !== null ? token.end + 1 : -1;
  }
  if (!GLUED_SCALE_BEFORE_UNIT.test(glued)) return -1;
  const short = readShortScale(text, token.end);
  if (!short) return -1;
  return readMeasureUnit(text, short.end) !== null || readNounAfter(text, short.end).kind === 'noun'
    ? token.end
    : -1;
}

const MINUS_WORD_BEFORE = /(?<![A-Za-zА-Яа-яЁё])(?:minus|минус)[ \u00a0]+$/i;

/** "minus " and "минус " end in an s (Latin or Cyrillic) and spaces: anything else cannot be the word. */
function mayEndInMinusWord(text: string, start: number): boolean {
  const last = trimSpacesBefore(text, start);
  if (last === start || last === 0) return false;
  const code = text.charCodeAt(last - 1);
  return (code | 32) === 115 || foldRussianCode(code) === 0x441;
}

/**
 * Chinese writes a signed number right after its verb or label, with no space: "增长-2.3%", "增速为−2.3%", "同比：-5%",
 * "差额为-5.1亿美元". After a numeral, a scale or a unit the dash joins a range ("10万-20万").
 */
const CHINESE_BEFORE_SIGN = new Set([...'为為是达達至到长長速率幅比值额額：:，、']);

/**
 * Where the minus before `start` begins, or -1: "-3.2%", "(−5%)", "(–5%)", "минус 7,5 млрд"; not a list dash ("- 14")
 * nor a hyphen ("COVID-19", "10-15").
 */
export function readMinusBefore(text: string, start: number): number {
  const word = mayEndInMinusWord(text, start)
    ? MINUS_WORD_BEFORE.exec(text.slice(Math.max(0, start - 8), start))
    : null;
  if (word) return start - word[0].length;
  const sign = text.charAt(start - 1);
  // Tables and wires also print the minus as an en dash: "Exports: –3.1%".
  if (sign !== '-' && sign !== '−' && sign !== '–') return -1;
  const before = text.charAt(start - 2);
  const isSign =
    before === '' ||
    before === ' ' ||
    before === '(' ||
    before === '（' ||
    before === '\u00a0' ||
    CHINESE_BEFORE_SIGN.has(before);
  return isSign ? start - 1 : -1;
}
