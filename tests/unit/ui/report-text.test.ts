import { expect, test } from 'vitest';
import { reportText } from '@/lib/ui/report-text';

test('a report that fell by its words shows its signed reading beside its text', () => {
  expect(reportText({ text: '4.2%', value: -4.2, unit: 'percent' })).toBe('4.2% (\u22124.2 %)');
  expect(reportText({ text: '9亿美元', value: -9e8, unit: 'USD' })).toBe('9亿美元 (\u2212900M USD)');
});

test('a rise, and a fall its page printed with a minus, show their text alone', () => {
  expect(reportText({ text: '4.2%', value: 4.2, unit: 'percent' })).toBe('4.2%');
  expect(reportText({ text: '-4.2%', value: -4.2, unit: 'percent' })).toBe('-4.2%');
  expect(reportText({ text: '−4,2%', value: -4.2, unit: 'percent' })).toBe('−4,2%');
  expect(reportText({ text: 'минус 4,2%', value: -4.2, unit: 'percent' })).toBe('минус 4,2%');
});
