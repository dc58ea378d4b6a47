import { expect, test } from 'vitest';
import { chartRange } from '@/lib/ui/chart-range';

test('amounts, counts and percents are drawn from zero', () => {
  expect(chartRange([89.4e9, 94.8e9], 'USD')).toEqual({ low: 0, high: 94.8e9 });
  expect(chartRange([12, 37.3], 'percent')).toEqual({ low: 0, high: 37.3 });
  // A fall below zero stays in sight.
  expect(chartRange([-3.2, 5], 'percent')).toEqual({ low: -3.2, high: 5 });
});

test('falls alone are drawn down from zero, not around themselves', () => {
  expect(chartRange([-4.2, -1.5], 'percent')).toEqual({ low: -4.2, high: 0 });
  expect(chartRange([-0.9e9], 'USD')).toEqual({ low: -0.9e9, high: 0 });
});

test("a rate or a price is drawn around its values, so the tenge's 456 → 505 is no flat line", () => {
  const { low, high } = chartRange([456.3, 470.5, 505.1], 'KZT/USD');
  expect(low).toBeGreaterThan(440);
  expect(low).toBeLessThan(456.3);
  expect(high).toBeGreaterThan(505.1);
  expect(high).toBeLessThan(520);
  // One report still gets a span around it.
  const single = chartRange([245], 'USD/tonne');
  expect(single.low).toBeLessThan(245);
  expect(single.high).toBeGreaterThan(245);
  expect(single.low).toBeGreaterThan(0);
});
