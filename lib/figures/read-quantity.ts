import { readApproxAfterNumber } from './approximations';
import type { NumberToken } from './read-number';
import { readScaleWord } from './read-scale';

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
