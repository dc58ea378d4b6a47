import type { NumberToken } from './read-number';
import { matchAt } from './sticky-match';

// Chinese units that a plain word table cannot read, because their meaning depends on the number or the words
// around them: 翻一番 (doubling, written around the number) and 度 (a kilowatt-hour in electricity, a degree
// elsewhere). The hundredth parts of currencies (美分, 分钱) are read with the others in subunits.ts.

/** "翻" or "翻了" right before the number of 翻一番, 翻了两番. */
const DOUBLING_BEFORE = /翻了?$/;
const DOUBLINGS = /番/y;
/** A number of doublings worth reading: 翻三番 is eightfold; larger ones are not written. */
const MAX_DOUBLINGS = 4;

/** A doubling read around a number: where its highlight starts and the factor that turns n into 2ⁿ. */
export interface Doubling {
  start: number;
  end: number;
  factor: number;
}

/** "翻一番" is ×2, "翻了两番" ×4: n doublings multiply by 2ⁿ. */
export function readDoubling(text: string, at: number, token: NumberToken): Doubling | null {
  const n = token.value;
  if (token.scaled || !Number.isInteger(n) || n < 1 || n > MAX_DOUBLINGS) return null;
  const end = matchAt(DOUBLINGS, text, at);
  if (end < 0) return null;
  const before = DOUBLING_BEFORE.exec(text.slice(Math.max(0, token.start - 2), token.start));
  if (!before) return null;
  return { start: token.start - before[0].length, end, factor: 2 ** n / n };
}

/** "12亿度", "3000万度电", "500度电": 度 is a kilowatt-hour after a 万 or 亿 scale or before 电. */
const DU = /度([电電])?/y;

/** The end of a 度 that measures electricity after the number, or -1 (a temperature or an angle). */
export function readKilowattHourDu(text: string, at: number, token: NumberToken): number {
  DU.lastIndex = at;
  const found = DU.exec(text);
  if (!found) return -1;
  return found[1] || token.factor >= 1e4 ? DU.lastIndex : -1;
}
