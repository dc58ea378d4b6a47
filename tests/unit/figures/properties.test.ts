import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures';
import type { Figure } from '../../../lib/figures/types';

/** Pieces of the notations the extractor reads, so random texts exercise its paths, not just plain prose. */
// biome-ignore format: a word table reads best packed
const PIECES = [
  '5', '1,234', '66,2', '1 234', '1\u202f234', '０', '３', '.', ',', ' ', '\u00a0', '-', '–', '~', '%', '％',
  '$', 'US$', '€', '₽', 'USD ', 'RMB', '万', '亿', '千', '百', '十', '几', '多', '余', '两', '〇', '三', '五', '个', '家',
  '元', '美元', '人民币', '公里', '吨', '成', '倍', '年', '月', '日', '第', '至', '到', '约', '近', '超过', '突破', '百分之', '个百分点',
  ' billion', ' million', 'bn', 'm', ' thousand', ' percent', ' percentage points', ' times', '-fold',
  ' trains', ' companies', ' km', ' tonnes', ' TEU', 'over ', 'more than ', 'about ', 'nearly ', 'between ',
  ' and ', 'from ', ' to ', 'the ', 'five ', 'seven', 'hundreds of ', ' млрд', ' млн', ' тыс.', ' долларов',
  ' тенге', ' тонн', ' км', 'около ', 'более ', 'в ', ' раза', 'с ', ' до ', 'за 10 месяцев', ' п.п.', '[',
  ']', '(', ')', '（', '）', ':', '：', '·', '+', '/', 'C', 'G', 'May ', ' мая', '\n', '。', '，',
  'first five months', '1-5月', '2024', '2025-06-18',
];

const newsy = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(
  newsy,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

function assertWellFormed(text: string, figures: Figure[]): void {
  let previousEnd = 0;
  for (const figure of figures) {
    expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
    expect(figure.end).toBeGreaterThan(figure.start);
    expect(figure.end).toBeLessThanOrEqual(text.length);
    expect(figure.text).toBe(text.slice(figure.start, figure.end));
    expect(Number.isFinite(figure.value)).toBe(true);
    if (figure.range) {
      expect(Number.isFinite(figure.range.low) && Number.isFinite(figure.range.high)).toBe(true);
      expect(figure.range.low).toBeLessThan(figure.range.high);
    }
    if (figure.conversionOf !== undefined) expect(figure.conversionOf).toBeLessThan(figures.indexOf(figure));
    previousEnd = figure.end;
  }
}

function comparable(figure: Figure): unknown {
  return { ...figure };
}

describe('extractFigures properties', () => {
  it('never throws, and returns ordered, non-overlapping spans that match their text with finite values', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        assertWellFormed(text, extractFigures(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same figures before a line break whatever text is appended after it', () => {
    fc.assert(
      fc.property(anyText, anyText, (head, tail) => {
        const alone = extractFigures(head).map(comparable);
        const joined = extractFigures(`${head}\n${tail}`).filter((figure) => figure.start < head.length);
        expect(joined.map(comparable)).toEqual(alone);
      }),
      { numRuns: 3000 },
    );
  });

  it('is deterministic across calls', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(extractFigures(text)).toEqual(extractFigures(text));
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear on long adversarial inputs (no catastrophic backtracking)', () => {
    const adversarial = [
      '1,'.repeat(20_000),
      '1 '.repeat(20_000),
      ' '.repeat(40_000),
      '万'.repeat(20_000),
      '[1'.repeat(20_000),
      'over '.repeat(8_000),
      '5 billion '.repeat(4_000),
      'the first '.repeat(4_000),
      '1-'.repeat(20_000),
      `${'a'.repeat(40_000)}5`,
    ];
    for (const text of adversarial) {
      const started = performance.now();
      extractFigures(text);
      expect(performance.now() - started, text.slice(0, 12)).toBeLessThan(1500);
    }
  });
});
