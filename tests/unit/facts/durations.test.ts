import { describe, expect, test } from 'vitest';
import { factKey } from '../../../lib/facts';
import { measureOf } from './measure-of';

// A length of time says what it measures by the nearest word of a journey, a clearance, a construction or a term.

describe('what a duration measures', () => {
  test.each([
    [
      'en journey',
      'Freight from Chongqing to Tashkent now spends 9 days on the way.',
      '9 days',
      'transit_time',
    ],
    ['en delivery', 'Delivery from Urumqi to Bishkek takes about 4 days.', '4 days', 'transit_time'],
    ['zh 运行时间', '中欧班列运行时间缩短至11天左右。', '11天', 'transit_time'],
    ['zh 全程', '全程只需7天。', '7天', 'transit_time'],
    ['zht 運到', '貨物三四天就能運到。', '三四天', 'transit_time'],
    ['ru в пути', 'В пути состав находится 8 суток.', '8 суток', 'transit_time'],
    ['ru доставили', 'Контейнеры доставили за три дня.', 'три дня', 'transit_time'],
    ['en clearance', 'Customs clearance at the crossing takes 30 minutes.', '30 minutes', 'clearance_time'],
    ['zh 通关', '口岸通关时间压缩至1.5小时。', '1.5小时', 'clearance_time'],
    ['ru оформление', 'Таможенное оформление занимает 2 часа.', '2 часа', 'clearance_time'],
    ['en contract', 'The operator signed a 20-year concession contract.', '20-year', 'term'],
    ['en visa-free stay', 'Visitors may stay visa-free for up to 14 days.', '14 days', 'term'],
    ['zh 期限', '这笔贷款期限为12年。', '12年', 'term'],
    ['ru сроком', 'Соглашение подписано сроком на 10 лет.', '10 лет', 'term'],
    ['en payback', 'The solar park should pay for itself in 7 years.', '7 years', 'term'],
    ['ru окупаемость', 'Окупаемость завода — 9 лет.', '9 лет', 'term'],
    ['en tax holiday', 'Investors in the zone get a 10-year tax holiday.', '10-year', 'term'],
    ['en construction', 'Construction of the terminal took 26 months.', '26 months', 'construction_time'],
    ['zh 工期', '该项目工期为2年。', '2年', 'construction_time'],
    ['ru строительство', 'Строительство участка займёт 3 года.', '3 года', 'construction_time'],
  ])('%s', (_name, sentence, figure, metric) => {
    expect(measureOf(sentence, figure).metric).toBe(metric);
  });

  test.each([
    ['en shortened by', 'The new route shortened the trip by 5 days.', '5 days'],
    ['en faster', 'Trains now arrive 3 days faster than last year.', '3 days'],
    ['zh 缩短了', '运输时间缩短了4天。', '4天'],
    ['ru на … быстрее', 'Грузы доходят на 2 дня быстрее.', '2 дня'],
  ])('a cut in a duration measures none of them: %s', (_name, sentence, figure) => {
    const measure = measureOf(sentence, figure);
    expect(measure.metric).toBeUndefined();
    expect(measure.evidence.join(' ')).toContain('a change of a duration');
  });

  test('a duration with no word of what it measures stays unnamed', () => {
    expect(measureOf('The truce held for 4 days.', '4 days').metric).toBeUndefined();
  });

  test('a duration has no period of its own, so no fact key links it to another year', () => {
    const measure = measureOf('In 2025 the journey from Xi’an to Almaty took 6 days.', '6 days');
    expect(measure.metric).toBe('transit_time');
    expect(measure.period).toBeUndefined();
    expect(factKey(measure, 'day')).toBeUndefined();
  });
});
