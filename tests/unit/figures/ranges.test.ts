import { describe, it } from 'vitest';
import { expectFigures } from './helpers';

describe('ranges', () => {
  it.each([
    ['Margins of 20–22% are expected.', '20–22%', 20, 22, 'percent'],
    ['Margins of 20-22% are expected.', '20-22%', 20, 22, 'percent'],
    ['Growth of 10%-15% is likely.', '10%-15%', 10, 15, 'percent'],
    ['Growth of between 10 and 15 percent.', '10 and 15 percent', 10, 15, 'percent'],
    ['Growth of 10 to 15 percent.', '10 to 15 percent', 10, 15, 'percent'],
    ['Рост составит 20-22 процентов.', '20-22 процентов', 20, 22, 'percent'],
    ['Рост составит от 3 до 5%.', '3 до 5%', 3, 5, 'percent'],
    ['Рост составит между 3 и 5%.', '3 и 5%', 3, 5, 'percent'],
    ['投资10至15亿美元。', '10至15亿美元', 1e9, 1.5e9, 'USD'],
    ['投资10-15亿元。', '10-15亿元', 1e9, 1.5e9, 'CNY'],
    ['增长3%到5%。', '3%到5%', 3, 5, 'percent'],
    ['The plan needs $10-15 billion.', '$10-15 billion', 1e10, 1.5e10, 'USD'],
    ['The plan needs $10 billion to $15 billion.', '$10 billion to $15 billion', 1e10, 1.5e10, 'USD'],
    ['Each convoy carries 40–50 containers.', '40–50 containers', 40, 50, 'count'],
    ['工期为2～3万吨。', '2～3万吨', 2e4, 3e4, 'tonne'],
  ])('%s', (sentence, text, low, high, unit) => {
    expectFigures(sentence, [{ text, value: low, range: { low, high }, unit }]);
  });

  it('reads "from 5 to 7 percent" as a change: two figures, the first borrowing the unit', () => {
    expectFigures('The rate rose from 5 to 7 percent.', [
      { text: '5', value: 5, unit: 'percent' },
      { text: '7 percent', value: 7, unit: 'percent' },
    ]);
  });

  it('keeps a change with both units as two figures', () => {
    expectFigures('Доля выросла с 5% до 7%.', [
      { text: '5%', value: 5, unit: 'percent' },
      { text: '7%', value: 7, unit: 'percent', approx: 'none' },
    ]);
  });

  it('does not read a year span as a range', () => {
    expectFigures('From 2020-2025, exports rose 40%.', [{ text: '40%', value: 40 }]);
  });
});
