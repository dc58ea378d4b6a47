import { expect } from 'vitest';
import { extractFigures } from '../../../lib/figures';
import type { ExtractOptions, Figure } from '../../../lib/figures/types';

/** The fields a case states; anything left out is not checked. */
export type Expected = Partial<
  Pick<
    Figure,
    'text' | 'value' | 'unit' | 'kind' | 'approx' | 'noun' | 'range' | 'period' | 'per' | 'conversionOf'
  >
>;

/** Extracts and returns the single figure whose text is `text`, failing when there is none. */
export function figureNamed(sentence: string, text: string, options?: ExtractOptions): Figure {
  const found = extractFigures(sentence, options).find((figure) => figure.text === text);
  if (!found) {
    const seen = extractFigures(sentence, options).map((figure) => figure.text);
    throw new Error(`no figure "${text}" in "${sentence}"; found ${JSON.stringify(seen)}`);
  }
  return found;
}

/** Asserts that the sentence holds exactly these figures, in order. */
export function expectFigures(sentence: string, expected: Expected[], options?: ExtractOptions): void {
  const found = extractFigures(sentence, options);
  expect(
    found.map((figure) => figure.text),
    sentence,
  ).toEqual(expected.map((item) => item.text));
  expected.forEach((item, index) => {
    const figure = found[index];
    for (const [key, value] of Object.entries(item)) {
      const actual = figure?.[key as keyof Figure];
      if (key === 'value' && typeof value === 'number')
        expect(actual, `${sentence} → ${key}`).toBeCloseTo(value, 6);
      else expect(actual, `${sentence} → ${key}`).toEqual(value);
    }
  });
}

/** Asserts that nothing in the sentence is highlighted. */
export function expectNoFigures(sentence: string, options?: ExtractOptions): void {
  expect(
    extractFigures(sentence, options).map((figure) => figure.text),
    sentence,
  ).toEqual([]);
}
