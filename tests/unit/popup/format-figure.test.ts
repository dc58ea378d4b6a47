import { expect, test } from 'vitest';
import { formatReading } from '@/lib/popup/format-figure';

test('reads scaled money with its currency and approximation', () => {
  expect(formatReading({ value: 100_000_000_000, unit: 'USD', approx: 'over' })).toBe('> 100B USD');
  expect(formatReading({ value: 173_050_000_000, unit: 'CNY', approx: 'none' })).toBe('173.1B CNY');
});

test('reads percentages, percentage points, multiples and counts plainly', () => {
  expect(formatReading({ value: 37.3, unit: 'percent', approx: 'none' })).toBe('37.3 %');
  expect(formatReading({ value: 2.5, unit: 'percentage_point', approx: 'about' })).toBe('≈ 2.5 pp');
  expect(formatReading({ value: 1.35, unit: 'times', approx: 'none' })).toBe('1.35 ×');
  expect(formatReading({ value: 20, unit: 'count', approx: 'over' })).toBe('> 20');
});

test('reads measures with their usual symbols, long distances in kilometres', () => {
  expect(formatReading({ value: 500_000, unit: 'm', approx: 'over' })).toBe('> 500 km');
  expect(formatReading({ value: 120, unit: 'km_per_hour', approx: 'none' })).toBe('120 km/h');
  expect(formatReading({ value: 60e9, unit: 'cubic_metre', approx: 'none' })).toBe('60B m³');
  expect(formatReading({ value: 2.5e6, unit: 'litre', approx: 'none' })).toBe('2.5M L');
  expect(formatReading({ value: 2.5, unit: 'tonne_per_hectare', approx: 'none' })).toBe('2.5 t/ha');
  expect(formatReading({ value: 1.2e6, unit: 'barrel_per_day', approx: 'none' })).toBe('1.2M b/d');
  expect(formatReading({ value: 450, unit: 'KZT/litre', approx: 'none' })).toBe('450 KZT/L');
});

test('reads a price with the unit it prices, and an exchange rate with both currencies', () => {
  expect(formatReading({ value: 1850, unit: 'USD/tonne', approx: 'none' })).toBe('1.85K USD/t');
  expect(formatReading({ value: 512.3, unit: 'KZT/USD', approx: 'about' })).toBe('≈ 512.3 KZT/USD');
});

test('a fall reads with a minus sign', () => {
  expect(formatReading({ value: -4.2, unit: 'percent', approx: 'none' })).toBe('\u22124.2 %');
  expect(formatReading({ value: -0.9e9, unit: 'USD', approx: 'about' })).toBe('≈ \u2212900M USD');
});

test('reads a duration in words, one or many', () => {
  expect(formatReading({ value: 12, unit: 'day', approx: 'about' })).toBe('≈ 12 days');
  expect(formatReading({ value: 2, unit: 'hour', approx: 'under' })).toBe('< 2 hours');
  expect(formatReading({ value: 25, unit: 'year', approx: 'none' })).toBe('25 years');
  expect(formatReading({ value: 1, unit: 'day', approx: 'none' })).toBe('1 day');
  expect(formatReading({ value: 18, unit: 'month', approx: 'none' })).toBe('18 months');
});

test("reads a duration in the reader's language, with its plural", () => {
  const read = (value: number, unit: string, language: string) =>
    formatReading({ value, unit, approx: 'none' }, language);
  expect(read(12, 'day', 'ru')).toBe('12 дней');
  expect(read(2, 'day', 'ru')).toBe('2 дня');
  expect(read(1, 'day', 'ru')).toBe('1 день');
  expect(read(25, 'year', 'ru')).toBe('25 лет');
  expect(read(2, 'hour', 'zh-CN')).toBe('2小时');
  expect(read(12, 'day', 'zh-CN')).toBe('12天');
  expect(formatReading({ value: 2, unit: 'hour', approx: 'under' }, 'ru')).toBe('< 2 часа');
  // A language Intl does not know reads in English; other units keep their symbols in any language.
  expect(read(3, 'week', 'xx-unknown')).toBe('3 weeks');
  expect(read(37.3, 'percent', 'ru')).toBe('37.3 %');
});
