import { describe, expect, it } from 'vitest';
import { findSorted, stepIndex } from '@/lib/card/sorted-search';

/** Spans [start, end) on a line of text, sorted and apart, as painted figures are. */
const spans = [
  [2, 5],
  [10, 14],
  [20, 21],
  [30, 40],
  [41, 45],
];
const at = (point: number) =>
  findSorted(spans, ([start = 0, end = 0]) => (point < start ? -1 : point >= end ? 1 : 0));

describe('finding the figure under a point', () => {
  it('finds the span a point falls in, at its first and last characters', () => {
    expect(at(2)).toBe(0);
    expect(at(4)).toBe(0);
    expect(at(13)).toBe(1);
    expect(at(20)).toBe(2);
    expect(at(39)).toBe(3);
    expect(at(44)).toBe(4);
  });

  it('finds nothing between, before or after the spans, or in an empty list', () => {
    for (const point of [0, 1, 5, 9, 14, 19, 21, 29, 40, 45, 100]) expect(at(point)).toBe(-1);
    expect(findSorted([], () => 0)).toBe(-1);
  });

  it('agrees with a linear scan on many random sorted lists', () => {
    for (let round = 0; round < 200; round++) {
      const list: [number, number][] = [];
      let position = 0;
      for (let i = 0; i < (round % 40) + 1; i++) {
        position += 1 + ((round * 7 + i * 13) % 5);
        const length = 1 + ((round + i) % 4);
        list.push([position, position + length]);
        position += length;
      }
      const linear: number[] = [];
      const found: number[] = [];
      for (let point = 0; point <= position + 1; point++) {
        linear.push(list.findIndex(([start, end]) => point >= start && point < end));
        found.push(findSorted(list, ([start, end]) => (point < start ? -1 : point >= end ? 1 : 0)));
      }
      expect(found).toEqual(linear);
    }
  });
});

describe('stepping through figures', () => {
  it('starts at the first figure forwards and at the last backwards', () => {
    expect(stepIndex(-1, 1, 5)).toBe(0);
    expect(stepIndex(-1, -1, 5)).toBe(4);
  });

  it('wraps around at both ends', () => {
    expect(stepIndex(4, 1, 5)).toBe(0);
    expect(stepIndex(0, -1, 5)).toBe(4);
    expect(stepIndex(2, 1, 5)).toBe(3);
    expect(stepIndex(2, -1, 5)).toBe(1);
    expect(stepIndex(0, 1, 1)).toBe(0);
  });

  it('has nowhere to go on a page without figures, and restarts from a stale index', () => {
    expect(stepIndex(-1, 1, 0)).toBe(-1);
    expect(stepIndex(3, -1, 0)).toBe(-1);
    expect(stepIndex(9, 1, 3)).toBe(0);
  });
});
