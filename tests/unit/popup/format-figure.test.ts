import { expect, test } from 'vitest';
import { formatReading } from '@/lib/popup/format-figure';

test('reads scaled money with its currency and approximation', () => {
  expect(formatReading({ value: 100_000_000_000, unit: 'USD', approx: 'over' })).toBe('> 100B USD');
  expect(formatReading({ value: 173_050_000_000, unit: 'CNY', approx: 'none' })).toBe('173.1B CNY');
});

test('reads percentages, percentage points and small counts plainly', () => {
  expect(formatReading({ value: 37.3, unit: 'percent', approx: 'none' })).toBe('37.3 %');
  expect(formatReading({ value: 2.5, unit: 'percentage_point', approx: 'about' })).toBe('≈ 2.5 pp');
  expect(formatReading({ value: 20, unit: 'count', approx: 'over' })).toBe('> 20 count');
});

test('reads long distances in kilometres', () => {
  expect(formatReading({ value: 500_000, unit: 'm', approx: 'over' })).toBe('> 500 km');
});
