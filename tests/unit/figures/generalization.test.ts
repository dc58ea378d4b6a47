import { describe, test } from 'vitest';
import { expectFigures, expectNoFigures } from './helpers';

// Forms found missing on a blind held-out corpus (tests/fixtures/figure-corpus) and in probes of real page styles.

describe('units and currencies seen on real pages', () => {
  test.each([
    ['down from 55pc', '55pc', 55, 'percent'],
    ['bought 10,000 t of flaxseed', '10,000 t', 10_000, 'tonne'],
    ['экспортировать до 12 млн т.', 'до 12 млн т', 12_000_000, 'tonne'],
    ['составил 310 млн куб. метров', '310 млн куб. метров', 310_000_000, 'cubic_metre'],
    ['a capacity of 5 mtpa', '5 mtpa', 5_000_000, 'tonne'],
    ['достиг 1,2 млрд $, что', '1,2 млрд $', 1_200_000_000, 'USD'],
    ['прибыль составила 120 млрд тг.', '120 млрд тг', 120_000_000_000, 'KZT'],
    ['сделки — 2,5 млрд гонконгских долларов', '2,5 млрд гонконгских долларов', 2_500_000_000, 'HKD'],
    ['出口金額約新台幣120億元', '約新台幣120億元', 12_000_000_000, 'TWD'],
    ['新线设计时速120公里', '120公里', 120, 'km_per_hour'],
    ['设计速度每小时120公里', '120公里', 120, 'km_per_hour'],
    ['Some 12k containers were handled', 'Some 12k containers', 12_000, 'count'],
    ['shipped 3.5m tonnes of grain', '3.5m tonnes', 3_500_000, 'tonne'],
    // Set apart by spaces, "m" is a million before a unit of measure, and metres before a word of size.
    ['shipped 30 m tonnes of grain', '30 m tonnes', 30_000_000, 'tonne'],
    ['pumped 5 m barrels a day', '5 m barrels a day', 5_000_000, 'barrel_per_day'],
    ['a mast 120 m high', '120 m', 120, 'm'],
    ['该批货物共计35车', '35车', 35, 'count'],
  ])('%s', (sentence, text, value, unit) => expectFigures(sentence, [{ text, value, unit }]));

  test('a distance without a speed cue stays a length', () =>
    expectFigures('全长120公里', [{ text: '120公里', value: 120_000, unit: 'm' }]));
});

describe('multiples, signs and parts of a count', () => {
  test.each([
    ['The bond was three times oversubscribed', 'three times', 3, 'times'],
    ['Goods got five times cheaper', 'five times', 5, 'times'],
    ['Грузооборот вырос вдвое', 'вдвое', 2, 'times'],
    ['Спрос вырос втрое', 'втрое', 3, 'times'],
    ['Inflation was minus 2.1%', 'minus 2.1%', -2.1, 'percent'],
    ['сальдо — минус $7,5 млрд', 'минус $7,5 млрд', -7_500_000_000, 'USD'],
  ])('%s', (sentence, text, value, unit) => expectFigures(sentence, [{ text, value, unit }]));

  test('a part of a count just named is a count', () =>
    expectFigures('to build 11 new logistics hubs, including 3 in China', [
      { text: '11 new logistics hubs', value: 11 },
      { text: '3', value: 3, unit: 'count' },
    ]));

  test('the level a named count reaches is a count', () => {
    expectFigures('The number of freight routes has grown to 86.', [
      { text: '86', value: 86, unit: 'count' },
    ]);
    expectFigures('Число совместных проектов достигло 214.', [{ text: '214', value: 214, unit: 'count' }]);
    // A number that is not the level the clause names stays bare.
    expectNoFigures('The number of routes rose, and line 86 opened.');
    expectNoFigures('Число проектов выросло. Их 214 по плану.');
  });

  test('"times" after a visit verb stays a count of times, not a multiple', () =>
    expectFigures('We met three times after the summit.', [{ text: 'three times', unit: 'count' }]));
});

describe('a row that declares its unit once', () => {
  test('English bracket before a colon', () =>
    expectFigures("Uzbekistan's exports to China (USD million): 2022 – 1,800; 2024 – 950.", [
      { text: '1,800', value: 1_800_000_000, unit: 'USD' },
      { text: '950', value: 950_000_000, unit: 'USD' },
    ]));
  test('Russian and Chinese headers', () => {
    expectFigures('Экспорт (млн долл. США): 2023 г. – 1 800', [
      { value: 1_800_000_000, unit: 'USD', text: '1 800' },
    ]);
    expectFigures('出口（亿美元）：2024年 – 31.5', [{ text: '31.5', value: 3_150_000_000, unit: 'USD' }]);
  });
});

describe('never figures found on real pages', () => {
  test.each([
    'Второй саммит прошёл в Астане 16–17 июня.',
    'The summit was held on 16-17 June 2025.',
    'Версия приложения 2.1 поддерживает казахский язык.',
    'Ещё 3 планируется открыть.',
    'Air Astana will add Boeing 737 MAX aircraft on the route.',
    '該報導於2025/06/18 14:30更新，瀏覽次數：2,345。',
    'Все права защищены © 2025. 18+ Фото: РИА Новости.',
    '单位：亿元',
    '（单位：万吨）',
  ])('%s', (sentence) => expectNoFigures(sentence));

  test('"12+ projects" still counts and "过亿元" is still an amount', () => {
    expectFigures('12+ projects', [{ text: '12+ projects', value: 12, unit: 'count' }]);
    expectFigures('销售额过亿元', [{ text: '过亿元', value: 100_000_000, unit: 'CNY', approx: 'over' }]);
  });
});

describe('what an unlabelled scaled number counts', () => {
  test('a population is a count, even where the paragraph talks about investment', () => {
    expectFigures('乌兹别克斯坦人口已超过3700万，中方投资超过50亿美元。', [
      { text: '超过3700万', value: 37_000_000, unit: 'count' },
      { text: '超过50亿美元', value: 5_000_000_000, unit: 'USD' },
    ]);
    expectFigures('Население страны превысило 37 млн, а инвестиции Китая — 5 млрд долларов.', [
      { text: '37 млн', value: 37_000_000, unit: 'count' },
      { text: '5 млрд долларов', value: 5_000_000_000, unit: 'USD' },
    ]);
  });

  test('a money word in the next sentence does not make an amount money', () => {
    expectFigures('口岸年通关旅客超过120万。贸易额增长12%。', [
      { text: '超过120万', value: 1_200_000, unit: 'count' },
      { text: '12%', value: 12, unit: 'percent' },
    ]);
  });

  test('parcels and declarations are counted in 票 and 单', () => {
    expectFigures('申报清单超过1200万票，包裹3000万单。', [
      { text: '超过1200万票', value: 12_000_000, unit: 'count', noun: '票' },
      { text: '3000万单', value: 30_000_000, unit: 'count', noun: '单' },
    ]);
  });
});
