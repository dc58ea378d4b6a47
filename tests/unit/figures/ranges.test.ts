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
    // A range may open at zero, though a zero alone is no figure.
    ['Duties on grain fell to 0-5%.', '0-5%', 0, 5, 'percent'],
    ['Пошлины снижены до уровня от 0 до 5%.', '0 до 5%', 0, 5, 'percent'],
    ['粮食关税降至0至5%。', '0至5%', 0, 5, 'percent'],
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

  // The first level brings its own unit, so "до" after it only says "to", and a bare second level is in its unit.
  it.each([
    [
      'Оборот вырос с 12,5 млрд долларов до 15 млрд долларов.',
      '12,5 млрд долларов',
      '15 млрд долларов',
      'USD',
    ],
    [
      'Прокачка упала с 5,2 млрд куб. м до 4,1 млрд куб. м.',
      '5,2 млрд куб. м',
      '4,1 млрд куб. м',
      'cubic_metre',
    ],
    [
      'Ставку снизили с 3 400 долларов за вагон до 2 800 долларов.',
      '3 400 долларов',
      '2 800 долларов',
      'USD',
    ],
    ['Мощность нитки поднимут с 25 млрд куб. м до 40 млрд.', '25 млрд куб. м', '40 млрд.', 'cubic_metre'],
    [
      'Capacity is to grow from 30 billion cubic metres to 55 billion.',
      '30 billion cubic metres',
      '55 billion',
      'cubic_metre',
    ],
  ])('reads the second level of a change as exact: %s', (sentence, low, high, unit) => {
    expectFigures(sentence, [
      { text: low, unit, approx: 'none' },
      { text: high, unit, approx: 'none' },
    ]);
  });

  it('keeps "до" as "up to" when the number before it is no level of the same thing', () => {
    expectFigures('Поставки из 4 регионов составят до 3 млн тонн.', [
      { text: '4 регионов', unit: 'count' },
      { text: 'до 3 млн тонн', unit: 'tonne', approx: 'under' },
    ]);
    expectFigures('С 2027 года Китай закупит до 2 млн тонн ячменя.', [
      { text: 'до 2 млн тонн', approx: 'under' },
    ]);
    expectFigures('Rail capacity rose from 20 million tonnes, and 3 billion people live there.', [
      { text: '20 million tonnes', unit: 'tonne' },
      { text: '3 billion people', unit: 'count' },
    ]);
  });

  it('reads 由 X至Y as a range when a change to a new level or 不等 follows', () => {
    expectFigures('每周回程班列由10至12列增加到20列。', [
      { text: '10至12列', value: 10, range: { low: 10, high: 12 }, unit: 'count' },
      { text: '20列', value: 20 },
    ]);
    expectFigures('运输时间由10至12天缩短至约3天。', [
      { text: '10至12天', value: 10, range: { low: 10, high: 12 }, unit: 'day' },
      { text: '约3天', value: 3 },
    ]);
    expectFigures('单个项目投资由5亿至8亿美元不等。', [
      { text: '5亿至8亿美元', value: 5e8, range: { low: 5e8, high: 8e8 }, unit: 'USD' },
    ]);
  });

  it('still reads 由 X至Y alone as the change from X to Y', () => {
    expectFigures('本币结算占比由5%至7%。', [
      { text: '5%', value: 5 },
      { text: '7%', value: 7 },
    ]);
  });

  it('does not read a year span as a range', () => {
    expectFigures('From 2020-2025, exports rose 40%.', [{ text: '40%', value: 40 }]);
  });
});

describe('a change by an amount to a new level is two figures, not a range', () => {
  it.each([
    ['Average rent rose by €120 to €1,850.', '€120', 120, '€1,850', 1850, 'EUR'],
    ['Grain exports have fallen by $3 billion to $9 billion.', '$3 billion', 3e9, '$9 billion', 9e9, 'USD'],
    [
      'Coal output grew by 4 million tonnes to 60 million tonnes.',
      '4 million tonnes',
      4e6,
      '60 million tonnes',
      6e7,
      'tonne',
    ],
    ['月租金上涨120欧元至1850欧元。', '120欧元', 120, '1850欧元', 1850, 'EUR'],
    ['粮食出口下降了30亿美元至90亿美元。', '30亿美元', 3e9, '90亿美元', 9e9, 'USD'],
    [
      'Экспорт зерна сократился на 3 млрд долларов до 9 млрд долларов.',
      '3 млрд долларов',
      3e9,
      '9 млрд долларов',
      9e9,
      'USD',
    ],
  ])('%s', (sentence, change, changeValue, level, levelValue, unit) => {
    expectFigures(sentence, [
      { text: change, value: changeValue, unit, range: undefined },
      { text: level, value: levelValue, unit, approx: 'none', range: undefined },
    ]);
  });

  it.each([
    // A forecast states a range, whatever verb it uses.
    ['Costs could rise by $2 billion to $3 billion.', '$2 billion to $3 billion', 2e9, 3e9],
    ['预计增加20亿美元至30亿美元。', '20亿美元至30亿美元', 2e9, 3e9],
    // A bare low end borrows the unit of a range; percentages change to a new level in points.
    ['Fares fell by 20 to 30 percent.', '20 to 30 percent', 20, 30],
    ['Prices rose by 5% to 10% across the region.', '5% to 10%', 5, 10],
    ['出口同比增长5%至10%。', '5%至10%', 5, 10],
    // "by" after a verb that changes nothing.
    ['The convoy was escorted by 3 to 5 vehicles.', '3 to 5 vehicles', 3, 5],
  ])('still a range: %s', (sentence, text, low, high) => {
    expectFigures(sentence, [{ text, value: low, range: { low, high } }]);
  });
});
