import fc from 'fast-check';
import { expect, test } from 'vitest';
import { describeMeasure, factKey } from '../../../lib/facts';
import type { Figure } from '../../../lib/figures';

const figureArbitrary = fc.record({
  start: fc.integer({ min: -50, max: 500 }),
  end: fc.integer({ min: -50, max: 500 }),
  text: fc.string(),
  value: fc.double(),
  unit: fc.constantFrom(
    'USD',
    'CNY',
    'percent',
    'count',
    'tonne',
    'm',
    'cubic_metre',
    'times',
    'watt',
    'teu',
    'x',
  ),
  kind: fc.constantFrom('money', 'percent', 'count', 'measure', 'multiple'),
  approx: fc.constantFrom('over', 'under', 'about', 'none'),
  noun: fc.option(fc.string(), { nil: undefined }),
  period: fc.option(fc.string(), { nil: undefined }),
}) as fc.Arbitrary<Figure>;

const textArbitrary = fc.oneof(
  fc.string(),
  fc.string({
    unit: fc.constantFrom(
      ...'中国哈萨克斯坦前个月年增长%亿美元 Kazakhstan trade 2024 за месяцев январь–май,，。'.split(''),
    ),
  }),
);

test('describeMeasure never throws on arbitrary sentences and offsets', () => {
  fc.assert(
    fc.property(
      textArbitrary,
      fc.integer({ min: -100, max: 1000 }),
      fc.integer({ min: -100, max: 1000 }),
      figureArbitrary,
      fc.option(textArbitrary, { nil: undefined }),
      fc.option(fc.string(), { nil: undefined }),
      (sentence, figureStart, figureEnd, figure, articleTitle, publishedAt) => {
        const measure = describeMeasure({
          sentence,
          figureStart,
          figureEnd,
          figure,
          ...(articleTitle === undefined ? {} : { articleTitle }),
          ...(publishedAt === undefined ? {} : { publishedAt }),
        });
        expect(Array.isArray(measure.evidence)).toBe(true);
        factKey(measure, figure.unit);
      },
    ),
    { numRuns: 400 },
  );
});
