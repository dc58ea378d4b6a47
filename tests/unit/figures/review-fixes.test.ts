import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures';
import { expectFigures, expectNoFigures } from './helpers';

// Readings a review of session 6's new rules found too eager: dates and rounds read as fractions, a currency lost
// before its amount, the clock read as a share, a street name as "over ten thousand", a comparative as a bound,
// a year taken for the whole of a proportion.

describe('a slash fraction needs a word that introduces a share', () => {
  it.each(['台湾将于3/15起实施新规。', '新规自1/20起实施。', '中国队进入1/4决赛。', '他在7/11买了水。'])(
    'not in "%s"',
    (sentence) => expectNoFigures(sentence),
  );

  it('still reads one after 占 or 近', () => {
    expectFigures('近1/4的企业计划扩大投资。', [{ text: '近1/4', value: 25, unit: 'percent' }]);
  });
});

it('a currency before a lone Chinese digit and its unit names the amount: 港币一元, 新台幣五元', () => {
  expectFigures('过海隧道收费港币一元。', [{ text: '港币一元', value: 1, unit: 'HKD' }]);
  expectFigures('票价新台幣五元。', [{ text: '新台幣五元', value: 5, unit: 'TWD' }]);
  expectNoFigures('美元一度贬值。');
});

describe('a Russian fraction that tells the time is no share', () => {
  it.each([
    'Встреча начнётся в половине девятого.',
    'Поезд ушёл без четверти пять.',
    'Четверть часа спустя всё стихло.',
    'Четверть века назад граница была закрыта.',
  ])('%s', (sentence) => expectNoFigures(sentence));

  it('"в половине регионов" still is one', () => {
    expectFigures('Рост отмечен в половине регионов.', [{ text: 'половине', value: 50, unit: 'percent' }]);
  });
});

it('a bare 万 after 过 that starts a word is no figure: 路过万达, 穿过万里长城; 销量破万 is', () => {
  expectNoFigures('他路过万达广场，又穿过万里长城。');
  expectFigures('新车销量首月破万。', [{ text: '破万', value: 10_000, approx: 'over' }]);
});

it('a Russian comparative before на or в states an exact difference', () => {
  const [more] = extractFigures('Товарооборот больше на 10%, чем год назад.', { lang: 'ru' });
  expect(more).toMatchObject({ text: '10%', value: 10, approx: 'none' });
  const [almost] = extractFigures('Товарооборот вырос почти на 28%.', { lang: 'ru' });
  expect(almost).toMatchObject({ value: 28, approx: 'under' });
});

it('a year before "in" is not the whole of a proportion: "in 2024 in five regions"', () => {
  expectFigures('Trade grew in 2024 in five regions.', [{ text: 'five regions', value: 5 }]);
  expectNoFigures('9 out of 10 residents agree.');
});

it('"twice the size" is a multiple; "met twice the following year" is how often', () => {
  expectFigures('The new terminal is twice the size of the old one.', [
    { text: 'twice', value: 2, unit: 'times' },
  ]);
  expectNoFigures('The leaders met twice the following year.');
});
