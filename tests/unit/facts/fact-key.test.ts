import { describe, expect, test } from 'vitest';
import { factKey } from '../../../lib/facts';
import { measureOf } from './measure-of';

describe('factKey', () => {
  test('the same fact in three languages gives one key', () => {
    const en = measureOf('China-Kazakhstan trade reached $44 billion in 2024.', '$44 billion');
    const zh = measureOf('2024年中哈贸易额达到440亿美元。', '440亿美元');
    const ru = measureOf('Товарооборот Китая и Казахстана в 2024 году составил 44 млрд долларов.', '44 млрд');
    const keys = [factKey(en, 'USD'), factKey(zh, 'USD'), factKey(ru, 'USD')];
    expect(keys[0]).toBe('CN-KZ|trade_volume|2024|USD');
    expect(new Set(keys).size).toBe(1);
  });

  test('yuan and dollars are two facts, linked as a conversion rather than compared', () => {
    const measure = measureOf('2024年中哈贸易额达到3100亿元。', '3100亿元');
    expect(factKey(measure, 'CNY')).toBe('CN-KZ|trade_volume|2024|CNY');
    expect(factKey(measure, 'USD')).toBe('CN-KZ|trade_volume|2024|USD');
  });

  test('first three quarters and January–September are one span', () => {
    const zh = measureOf('2024年前三季度中国与乌兹别克斯坦贸易额为100亿美元。', '100亿美元');
    const ru = measureOf(
      'За девять месяцев 2024 года товарооборот Китая и Узбекистана составил 10 млрд долларов.',
      '10 млрд',
    );
    expect(zh.period?.label).toBe('2024 Q1–Q3');
    expect(factKey(zh, 'USD')).toBe('CN-UZ|trade_volume|2024 M1–M9|USD');
    expect(factKey(ru, 'USD')).toBe(factKey(zh, 'USD'));
  });

  test("a share is never linked: two different parts of two different wholes would be one pair's share", () => {
    const region = measureOf(
      "Kazakhstan accounted for 40% of China's trade with Central Asia in 2024.",
      '40%',
    );
    const whole = measureOf("Central Asia accounted for 1.5% of China's foreign trade in 2024.", '1.5%');
    const road = measureOf('2024年公路运输占中国与中亚双边贸易的51.8%。', '51.8%');
    for (const measure of [region, whole, road]) {
      expect(measure.metric).toBe('share');
      expect(factKey(measure, 'percent')).toBeUndefined();
    }
  });

  test('a growth rate names what grew', () => {
    const measure = measureOf('In 2024 China-Kyrgyzstan trade grew 10%.', '10%');
    expect(factKey(measure, 'percent')).toBe('CN-KG|growth:trade_volume|2024|percent');
  });

  test.each([
    [
      'no subject',
      {
        metric: 'trade_volume' as const,
        period: { kind: 'year' as const, year: 2024, label: '2024' },
        evidence: [],
      },
    ],
    [
      'no metric',
      { subject: 'CN-KZ', period: { kind: 'year' as const, year: 2024, label: '2024' }, evidence: [] },
    ],
    ['no period', { subject: 'CN-KZ', metric: 'exports' as const, evidence: [] }],
    [
      'no year',
      {
        subject: 'CN-KZ',
        metric: 'exports' as const,
        period: { kind: 'months' as const, fromMonth: 1, toMonth: 5, label: 'M1–M5' },
        evidence: [],
      },
    ],
    [
      'growth of unknown',
      {
        subject: 'CN-KZ',
        metric: 'growth' as const,
        period: { kind: 'year' as const, year: 2024, label: '2024' },
        evidence: [],
      },
    ],
  ])('undefined when a part is unknown: %s', (_name, measure) => {
    expect(factKey(measure, 'USD')).toBeUndefined();
  });
});
