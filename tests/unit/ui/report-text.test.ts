import { expect, test } from 'vitest';
import { reportText } from '@/lib/ui/report-text';

test('a report that fell by its words shows its signed reading beside its text', () => {
  expect(reportText({ text: '4.2%', value: -4.2, unit: 'percent' })).toBe('4.2% (\u22124.2 %)');
  expect(reportText({ text: '9亿美元', value: -9e8, unit: 'USD' })).toBe('9亿美元 (\u2212900M USD)');
  // The dash of a range is no minus: "fell 3–5%" is a fall from its low end.
  expect(reportText({ text: '3–5%', value: -3, unit: 'percent' })).toBe('3–5% (\u22123 %)');
});

test('a rise, and a fall its page printed with a minus, show their text alone', () => {
  expect(reportText({ text: '4.2%', value: 4.2, unit: 'percent' })).toBe('4.2%');
  expect(reportText({ text: '-4.2%', value: -4.2, unit: 'percent' })).toBe('-4.2%');
  expect(reportText({ text: '−4,2%', value: -4.2, unit: 'percent' })).toBe('−4,2%');
  expect(reportText({ text: 'минус 4,2%', value: -4.2, unit: 'percent' })).toBe('минус 4,2%');
});
