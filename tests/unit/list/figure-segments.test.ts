import { expect, test } from 'vitest';
import { figureSegments } from '@/lib/list/figure-segments';
import { figureSummary } from '../../support/page-report';

test('each figure is marked at its own occurrence, in reading order, and the text is kept whole', () => {
  const blocks = ['Exports rose 5% and imports 5%.', 'Trade reached $94.8 billion.'];
  const figures = [
    figureSummary(0, '5%', { kind: 'percent' }),
    figureSummary(1, '5%', { kind: 'percent' }),
    figureSummary(2, '$94.8 billion'),
  ];
  const segments = figureSegments(blocks, figures);
  expect(segments.map((block) => block.map((segment) => segment.text).join(''))).toEqual(blocks);
  expect(segments[0]?.filter((s) => s.figure).map((s) => s.figure?.index)).toEqual([0, 1]);
  expect(segments[1]?.find((s) => s.figure)?.text).toBe('$94.8 billion');
});

test('a figure whose text is not in the saved copy is left out, not guessed', () => {
  const segments = figureSegments(['Nothing to see.'], [figureSummary(0, '42 tonnes')]);
  expect(segments).toEqual([[{ text: 'Nothing to see.' }]]);
});
