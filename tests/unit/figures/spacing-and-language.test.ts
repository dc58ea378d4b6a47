import { describe, it } from 'vitest';
import { expectFigures, expectNoFigures } from './helpers';

describe('spaced Chinese text', () => {
  it('reads digits set apart from Chinese scales, units and classifiers by a space', () => {
    expectFigures('贸易额达 439 亿美元，20 多家企业入驻，开行 8100 列，全长 523 公里。', [
      { text: '439 亿美元', value: 43.9e9, unit: 'USD' },
      { text: '20 多家', value: 20, approx: 'over', noun: '家' },
      { text: '8100 列', value: 8100, noun: '列' },
      { text: '523 公里', value: 523e3, unit: 'm' },
    ]);
  });

  it('still reads a spaced Chinese date as a date', () => {
    expectNoFigures('2024 年 6 月 17 日');
  });
});

describe('vague orders of magnitude', () => {
  it('reads "tens of thousands" and "hundreds of millions of dollars"', () => {
    expectFigures('Tens of thousands of people came; it cost hundreds of millions of dollars.', [
      { text: 'Tens of thousands', value: 1e4, approx: 'over', unit: 'count' },
      { text: 'hundreds of millions of dollars', value: 1e8, approx: 'over', unit: 'USD' },
    ]);
  });

  it('reads Russian vague amounts with their nouns', () => {
    expectFigures('Пришли десятки тысяч человек и сотни компаний.', [
      { text: 'десятки тысяч человек', value: 1e4, approx: 'over' },
      { text: 'сотни компаний', value: 100, approx: 'over' },
    ]);
  });
});

describe('language of the decimal comma', () => {
  it('follows the letters around the number, not the page language', () => {
    expectFigures('Trains: 16,400 trains ran.', [{ text: '16,400 trains', value: 16_400 }], { lang: 'ru' });
    expectFigures('Экспорт: 66,2 млрд долларов.', [{ text: '66,2 млрд долларов', value: 66.2e9 }], {
      lang: 'en',
    });
  });

  it('uses the page language when no letter is near', () => {
    expectFigures('1,5 %', [{ text: '1,5 %', value: 1.5 }], { lang: 'ru' });
  });

  it('skips Russian legal references', () => {
    expectNoFigures('Согласно ст. 5 и п. 3 договора.');
  });
});
