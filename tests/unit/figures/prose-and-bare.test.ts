import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures';
import { expectFigures, expectNoFigures } from './helpers';

describe('numbers that name rather than measure', () => {
  it.each([
    ['Chinese numerals in prose', '会议提出三个方面的要求，两名工作人员陪同，五国代表出席。'],
    ['Russian parties named by a number word', 'Лидеры двух стран встретились с главами пяти государств.'],
    ['heads of state', 'The talks were held in the presence of two heads of state.'],
    ['an age bounded by an adverb', 'The program covers people aged over 60.'],
  ])('%s', (_name, sentence) => {
    expectNoFigures(sentence);
  });

  it('still counts a Chinese numeral of ten or more, or a vague amount', () => {
    expectFigures('十几个国家和数十家企业参加。', [
      { text: '十几个', value: 10, approx: 'over' },
      { text: '数十家', value: 10, approx: 'over' },
    ]);
  });

  it('still counts an English or Russian number word that measures', () => {
    expectFigures('Officials opened five new routes.', [
      { text: 'five new routes', value: 5, noun: 'routes' },
    ]);
    expectFigures('Открыто пять новых маршрутов.', [{ text: 'пять новых маршрутов', value: 5 }]);
  });

  it('reads "a" with a scale word as one', () => {
    expectFigures('A billion dollars went to a dozen projects.', [
      { text: 'A billion dollars', value: 1e9, unit: 'USD' },
      { text: 'a dozen projects', value: 12, unit: 'count' },
    ]);
  });

  it('reads "half a" scale and a number of dozens at their worth', () => {
    expectFigures('It received half a million dollars and half a dozen loans.', [
      { text: 'half a million dollars', value: 5e5, unit: 'USD' },
      { text: 'half a dozen loans', value: 6, unit: 'count' },
    ]);
    expectFigures('Some three dozen Chinese firms opened offices.', [
      { text: 'Some three dozen Chinese firms', value: 36, unit: 'count' },
    ]);
    expectNoFigures('Half of them are in Khorgos, and half the trains run empty.');
  });

  it('reads Russian half-scales: полмиллиона, полумиллиарда, полутора', () => {
    expectFigures('Приехало около полумиллиона туристов, вложено полмиллиарда долларов.', [
      { text: 'около полумиллиона туристов', value: 5e5, unit: 'count', approx: 'about' },
      { text: 'полмиллиарда долларов', value: 5e8, unit: 'USD' },
    ]);
    expectFigures('Кредит составил около полутора миллиардов юаней.', [
      { text: 'около полутора миллиардов юаней', value: 1.5e9, unit: 'CNY', approx: 'about' },
    ]);
  });

  it('reads "с половиной" and "and a half" as a half added before a scale or a multiple', () => {
    expectFigures('Китай закупил два с половиной миллиона тонн ячменя.', [
      { text: 'два с половиной миллиона тонн', value: 2.5e6, unit: 'tonne' },
    ]);
    expectFigures('Оборот вырос в три с половиной раза.', [
      { text: 'три с половиной раза', value: 3.5, unit: 'times' },
    ]);
    expectFigures('Chinese banks lent four and a half billion dollars.', [
      { text: 'four and a half billion dollars', value: 4.5e9, unit: 'USD' },
    ]);
    // Before a word of time it is a span, and "с половиной" is never a share on its own.
    expectNoFigures('Стройка заняла два с половиной года.');
  });
});

describe('bare numbers written as statistics', () => {
  it('highlights a grouped number without a noun', () => {
    expectFigures('The number of trains reached 16,400.', [{ text: '16,400', value: 16_400, unit: 'count' }]);
  });

  it('highlights a number bounded by an adverb', () => {
    expectFigures('The number of joint ventures has reached more than 1,000.', [
      { text: 'more than 1,000', value: 1000, approx: 'over' },
    ]);
    expectFigures('Число участников превысило около 300.', [
      { text: 'около 300', value: 300, approx: 'about' },
    ]);
  });

  it('leaves a lone small number alone', () => {
    expectNoFigures('The score was 15 and 7.');
  });

  it('highlights the bare number a figure is compared with, a range after "from" too', () => {
    expectFigures('Some 940 lorries a day crossed Irkeshtam, up from 610-650 a year earlier.', [
      { text: 'Some 940 lorries', value: 940 },
      { text: '610-650', value: 610, range: { low: 610, high: 650 }, unit: 'count' },
    ]);
    expectFigures('Через Достык прошло 318 поездов против 276 годом ранее.', [
      { text: '318 поездов', value: 318 },
      { text: '276', value: 276, unit: 'count' },
    ]);
    expectFigures('Экспорт составил 2,7 млрд долларов против 2,3 млрд годом ранее.', [
      { text: '2,7 млрд долларов', unit: 'USD' },
      { text: '2,3 млрд', value: 2.3e9, unit: 'USD' },
    ]);
  });

  it('does not take a year or a lone one after "up from" for a figure', () => {
    expectNoFigures('Trade with Tashkent was up from 2023, and up from 1 before.');
  });
});

describe('value precision', () => {
  it('reports scaled decimals without binary noise', () => {
    const [figure] = extractFigures('进出口总值达4341.6亿元。');
    expect(figure?.value).toBe(434_160_000_000);
  });

  it('reads a hyphenated Russian length adjective as a measure', () => {
    expectFigures('Началось строительство 150-километровой дороги.', [
      { text: '150-километровой', value: 150_000, unit: 'm' },
    ]);
  });

  it('reads "увеличить ... до" as a target, not "up to"', () => {
    expectFigures('Стороны планируют увеличить оборот до 45 млрд долларов.', [
      { text: '45 млрд долларов', value: 45e9, approx: 'none' },
    ]);
  });
});

describe('dates do not date figures', () => {
  it('does not take the year of a full date as a period', () => {
    expect(extractFigures('BEIJING, May 19, 2023 — trade grew 5%.')[0]?.period).toBeUndefined();
    expect(extractFigures('2024年06月17日 贸易增长5%。')[0]?.period).toBeUndefined();
  });
});

describe('signs and proportions', () => {
  it('keeps an explicit minus sign', () => {
    expectFigures('Growth was -3.2% after (−5%) a year earlier.', [
      { text: '-3.2%', value: -3.2 },
      { text: '−5%', value: -5 },
    ]);
  });

  it('reads an en dash attached to a number as a minus, not one set between words', () => {
    expectFigures('Imports: –27.4% y/y; exports rose – as expected – 3.1%.', [
      { text: '–27.4%', value: -27.4 },
      { text: '3.1%', value: 3.1 },
    ]);
  });

  it('reads a minus written right after a Chinese verb or label', () => {
    expectFigures('对吉出口增速为-4.6%，贸易差额：−3.2亿美元。', [
      { text: '-4.6%', value: -4.6 },
      { text: '−3.2亿美元', value: -3.2e8 },
    ]);
    expectFigures('预计出口5万-8万吨。', [{ text: '5万-8万吨', value: 5e4, range: { low: 5e4, high: 8e4 } }]);
  });

  it('does not read a list dash or a hyphenated name as a minus', () => {
    expectFigures('Highlights: - 14 platforms opened; COVID-19 eased.', [
      { text: '14 platforms', value: 14 },
    ]);
  });

  it('does not count the whole of a proportion', () => {
    expectNoFigures('Nine out of 10 residents and 3 in 4 firms agreed.');
  });
});
