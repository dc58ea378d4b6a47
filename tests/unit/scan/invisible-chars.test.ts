import { describe, expect, test } from 'vitest';
import { scanText } from '@/lib/scan';
import { withoutInvisibles } from '@/lib/scan/invisible-chars';

const PAGE = [
  'China and Central Asia: trade in 2024',
  'Trade between China and the five Central Asian states, Kazakhstan and Uzbekistan first among them, reached FIGURE in 2024, customs offices in Beijing and Astana said.',
  'Rail freight across the Kazakhstan border grew as well.',
].join('\n');

const figuresOf = (figure: string) =>
  scanText(PAGE.replace('FIGURE', figure), 'en').figures.map(({ text, value, unit }) => ({
    text,
    value,
    unit,
  }));

// One invisible character of each kind the reader cannot see, placed inside the number.
const INVISIBLES: [string, string][] = [
  ['zero-width space', '\u200b'],
  ['zero-width non-joiner', '\u200c'],
  ['zero-width joiner', '\u200d'],
  ['word joiner', '\u2060'],
  ['byte-order mark', '\ufeff'],
  ['soft hyphen', '\u00ad'],
  ['left-to-right mark', '\u200e'],
  ['right-to-left mark', '\u200f'],
  ['right-to-left override', '\u202e'],
  ['pop directional formatting', '\u202c'],
  ['right-to-left isolate', '\u2067'],
];

describe('invisible characters inside a figure', () => {
  test.each(INVISIBLES)('a %s inside "94.8" is read as the reader sees it: $94.8 billion', (_name, mark) => {
    for (const written of [`$9${mark}4.8 billion`, `$94${mark}.8 billion`, `$94.${mark}8 billion`]) {
      expect(figuresOf(written)).toEqual([{ text: '$94.8 billion', value: 94_800_000_000, unit: 'USD' }]);
    }
  });

  test('never two figures on either side of a zero-width space, in any of the three languages', () => {
    const cases: [string, string, number, string][] = [
      ['en', '1\u200b234 tonnes of wheat', 1234, 'tonne'],
      ['en', '17\u200b3.05 billion yuan', 173_050_000_000, 'CNY'],
      ['ru', '9\u200b4,8 млрд долларов', 94_800_000_000, 'USD'],
      ['zh', '94\u200b8亿美元', 94_800_000_000, 'USD'],
    ];
    for (const [lang, written, value, unit] of cases) {
      const found = scanText(PAGE.replace('FIGURE', written), lang).figures;
      expect(found.map((figure) => [figure.value, figure.unit])).toEqual([[value, unit]]);
    }
  });

  test('an override around the whole figure changes nothing; the span covers the original characters', () => {
    const text = PAGE.replace('FIGURE', '\u202e$9\u200b4.8 billion\u202c');
    const [figure] = scanText(text, 'en').figures;
    expect(figure?.text).toBe('$94.8 billion');
    // The painted span starts at "$" and ends after "n": the zero-width space inside is covered, the marks
    // around it are not.
    expect(text.slice(figure?.start, figure?.end)).toBe('$9\u200b4.8 billion');
  });
});

describe('withoutInvisibles', () => {
  test('maps each kept character, and the end, to its place in the original', () => {
    const visible = withoutInvisibles('a\u200bb\u202e\u202cc');
    expect(visible).toEqual({ text: 'abc', sourceIndex: [0, 2, 5, 6] });
  });

  test('is null for text without invisible characters', () => {
    expect(withoutInvisibles('Trade reached $94.8 billion.')).toBeNull();
  });
});
