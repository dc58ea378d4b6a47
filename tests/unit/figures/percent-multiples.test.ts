import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures';
import { expectFigures, expectNoFigures } from './helpers';

describe('percentages', () => {
  it.each([
    ['Sales grew 10.4% in spring.', '10.4%', 10.4],
    ['出口增长１５％。', '１５％', 15],
    ['Output rose 37.3 percent.', '37.3 percent', 37.3],
    ['Output rose 12.5 per cent.', '12.5 per cent', 12.5],
    ['Инфляция составила 8,7%.', '8,7%', 8.7],
    ['Рост — 5 процентов.', '5 процентов', 5],
    ['Доля выросла до 12,5 процента.', '12,5 процента', 12.5],
    ['增幅为百分之十五。', '百分之十五', 15],
    ['增幅为百分之三点五。', '百分之三点五', 3.5],
    ['占比百分之20。', '百分之20', 20],
    ['Nearly five percent of trade.', 'Nearly five percent', 5],
  ])('%s', (sentence, text, value) => {
    expectFigures(sentence, [{ text, value, unit: 'percent', kind: 'percent' }]);
  });

  it('reads 成 as tenths', () => {
    expectFigures('近三成企业表示满意，净利润增长两成。', [
      { text: '近三成', value: 30, unit: 'percent', approx: 'under' },
      { text: '两成', value: 20, unit: 'percent' },
    ]);
  });

  it('reads a digit after 成 as the next place: 一成五 is 15%, 两成半 25%', () => {
    expectFigures('班列同比增长一成五，運量增長兩成半，出口增长约七成三。', [
      { text: '一成五', value: 15, unit: 'percent' },
      { text: '兩成半', value: 25, unit: 'percent' },
      { text: '约七成三', value: 73, unit: 'percent', approx: 'about' },
    ]);
  });

  it('does not take a count or a span of years after 成 as its tenths', () => {
    expectFigures('贷款中约三成五年内到期。', [
      { text: '约三成', value: 30, unit: 'percent', approx: 'about' },
    ]);
  });

  it('does not read 成为 or 成员 as tenths', () => {
    expectNoFigures('哈萨克斯坦一成为成员国，就发挥了作用。');
  });

  it.each([
    ['增长2.5个百分点。', '2.5个百分点', 2.5],
    ['上升0.3百分点。', '0.3百分点', 0.3],
    ['The rate fell 0.25 percentage points.', '0.25 percentage points', 0.25],
    ['Ставка снижена на 1,5 п.п.', '1,5 п.п.', 1.5],
    ['Рост на 2 процентных пункта.', '2 процентных пункта', 2],
    ['China took a 2.4-percentage-point larger share.', '2.4-percentage-point', 2.4],
    ['Margins widened 1.2 ppts.', '1.2 ppts', 1.2],
  ])('%s reads percentage points', (sentence, text, value) => {
    expectFigures(sentence, [{ text, value, unit: 'percentage_point', kind: 'percent' }]);
  });

  it('reads б.п. as basis points', () => {
    expectFigures('Нацбанк снизил ставку на 25 б.п.', [{ text: '25 б.п.', value: 25, unit: 'basis_point' }]);
  });
});

describe('multiples', () => {
  it.each([
    ['Trade saw a 100-fold increase.', '100-fold', 100],
    ['Trade saw a tenfold increase.', 'tenfold', 10],
    ['贸易额增长2倍。', '2倍', 2],
    ['产量增长了20多倍。', '20多倍', 20],
    ['Экспорт вырос в 2 раза.', '2 раза', 2],
    ['Импорт увеличился в 1,5 раза.', '1,5 раза', 1.5],
    ['The new line is three times faster.', 'three times', 3],
    ['Output is 4 times higher than in 2010.', '4 times', 4],
    ['Trade increased 30 times over two decades.', '30 times', 30],
    ['Exports were up 2.5 times on the year.', '2.5 times', 2.5],
    ["Chinese exports were roughly six times Kyrgyzstan's own import figure.", 'roughly six times', 6],
    ['Its trade is 3 times Tajikistan’s.', '3 times', 3],
  ])('%s', (sentence, text, value) => {
    expectFigures(sentence, [{ text, value, unit: 'times', kind: 'multiple' }]);
  });

  it('keeps "seven times" after a verb of visiting as a count of times', () => {
    expectFigures('The president has visited the region seven times.', [
      { text: 'seven times', value: 7, unit: 'count', kind: 'count', noun: 'times' },
    ]);
    // A name after "times" that owns nothing leaves the times counted.
    expectFigures('He had flown there seven times Almaty officials said.', [
      { text: 'seven times', unit: 'count', kind: 'count' },
    ]);
  });

  it('reads a multiple written as a sign glued to its number, but not a dimension', () => {
    expectFigures('Container volumes jumped 3.5x, and the index trades at 12× earnings.', [
      { text: '3.5x', value: 3.5, unit: 'times', kind: 'multiple' },
      { text: '12×', value: 12, unit: 'times', kind: 'multiple' },
    ]);
    expectNoFigures('The 4x4 trucks carry 20x40 crates.');
  });

  it('reads "twice" and "thrice" before a comparison as a multiple, not a frequency', () => {
    expectFigures('Its trade is more than twice that of Moscow and thrice what it was.', [
      { text: 'more than twice', value: 2, unit: 'times', approx: 'over' },
      { text: 'thrice', value: 3, unit: 'times' },
    ]);
    expectNoFigures('Flights run twice a week and were delayed twice.');
  });

  it('keeps a Russian bound that stands before the preposition of its figure', () => {
    expectFigures('Экспорт вырос почти на 12%, а стоимость проекта оценивают примерно в 2 млрд долларов.', [
      { text: '12%', value: 12, unit: 'percent', approx: 'under' },
      { text: '2 млрд долларов', value: 2e9, unit: 'USD', approx: 'about' },
    ]);
    expectFigures('Цена может вырасти почти до 40 долларов.', [
      { text: '40 долларов', value: 40, unit: 'USD', approx: 'under' },
    ]);
  });

  it('keeps "почти в" as the bound of a Russian multiple', () => {
    expectFigures('Поставки выросли почти в 3 раза.', [
      { text: '3 раза', value: 3, unit: 'times', approx: 'under' },
    ]);
  });
});

describe('verbs that multiply a quantity', () => {
  it.each([
    ['Container traffic through Khorgos doubled to 400,000 TEU.', 'doubled', 2],
    ['Wheat shipments have tripled since 2021.', 'tripled', 3],
    ['The number of freight flights quadrupled in three years.', 'quadrupled', 4],
    ['Card payments doubled, then levelled off.', 'doubled', 2],
    ['Число рейсов удвоилось за три года.', 'удвоилось', 2],
    ['Поставки пшеницы утроились.', 'утроились', 3],
    ['Bilateral trade is expected to double by 2030.', 'double', 2],
    ['Рост составил почти 1,7 раза.', 'почти 1,7 раза', 1.7],
    ['Transit via Aktau will triple.', 'triple', 3],
  ])('%s', (sentence, text, value) => {
    const [first] = extractFigures(sentence);
    expect(first).toMatchObject({ text, value, unit: 'times', kind: 'multiple' });
  });

  it('leaves the change after a Russian multiplying verb exact: "удвоился до"', () => {
    expectFigures('Товарооборот удвоился до 12 млрд долларов.', [
      { text: 'удвоился', value: 2 },
      { text: '12 млрд долларов', value: 12e9, approx: 'none' },
    ]);
  });

  it.each([
    'The minister doubled down on his plan.',
    'The striker doubled his tally.',
    'The warehouse doubled as a customs post.',
    'She won the doubles in 2019.',
    'A doubled effort is needed.',
    'Uzbekistan plans to double its exports of fruit.',
    'A double taxation treaty took effect.',
    'Министр удвоил усилия.',
  ])('is no multiple with an object, in a phrase or as a noun: %s', (sentence) => expectNoFigures(sentence));
});

describe('a count of titles written with x', () => {
  it.each([
    'The team hired a 3x champion as coach.',
    'A 2x Olympian from Almaty carried the flag.',
    'She is a 4x world champion.',
    'He is a 3x Asian Games gold medallist.',
  ])('is no multiple: %s', (sentence) => expectNoFigures(sentence));

  it.each([
    ['Freight rates rose 3x as the winner of the tender was named.', '3x', 3],
    ['Orders saw a 2.5x jump.', '2.5x', 2.5],
  ])('a quantity multiplied still is: %s', (sentence, text, value) => {
    expectFigures(sentence, [{ text, value, unit: 'times', kind: 'multiple' }]);
  });
});
