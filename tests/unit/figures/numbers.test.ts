import { describe, expect, it } from 'vitest';
import { readChineseNumeral } from '../../../lib/figures/read-chinese-numeral';
import { readDigitNumber } from '../../../lib/figures/read-digits';
import { expectFigures } from './helpers';

describe('digit numbers', () => {
  it.each([
    ['1,234', false, 1234],
    ['12,345,678', false, 12_345_678],
    ['1 234', false, 1234],
    ['1\u00a0234\u00a0567', false, 1_234_567],
    ['1\u202f234', false, 1234],
    ['173.05', false, 173.05],
    ['66,2', true, 66.2],
    ['1 234,5', true, 1234.5],
    ['１２３．５', false, 123.5],
  ])('reads %s', (written, decimalComma, value) => {
    const number = readDigitNumber(`${written} x`, 0, decimalComma);
    expect(number?.value).toBeCloseTo(value, 6);
    expect(number?.end).toBe(written.length);
  });

  it('stops a comma that is not a thousands group outside Russian text', () => {
    expect(readDigitNumber('66,2 units', 0, false)?.end).toBe(2);
  });

  it('flags several decimal marks as malformed (versions, dotted dates)', () => {
    expect(readDigitNumber('1.2.3', 0, false)?.malformed).toBe(true);
    expect(readDigitNumber('18.06.2025', 0, false)?.malformed).toBe(true);
  });

  it('does not group a four-digit lead: a year followed by a count stays two numbers', () => {
    expect(readDigitNumber('2023 150 firms', 0, false)?.value).toBe(2023);
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['一千二百', 1200],
    ['两千零五', 2005],
    ['三万四千', 34_000],
    ['十二万', 120_000],
    ['一亿三千万', 130_000_000],
    ['三万亿', 3e12],
    ['千亿', 1e11],
    ['百亿', 1e10],
    ['〇', 0],
    ['二〇二四', 2024],
    ['三点五', 3.5],
    ['兩萬', 20_000],
    ['十', 10],
  ])('reads %s as %d', (written, value) => {
    const numeral = readChineseNumeral(`${written}个`, 0);
    expect(numeral?.value).toBeCloseTo(value, 6);
    expect(numeral?.end).toBe(written.length);
  });

  it('marks 十几 as "ten-odd"', () => {
    expect(readChineseNumeral('十几个', 0)).toMatchObject({ value: 10, approxOver: true, end: 2 });
  });

  it('stops before a digit that cannot continue the numeral (十四五)', () => {
    expect(readChineseNumeral('十四五规划', 0)?.end).toBe(2);
  });
});

describe('numbers in sentences', () => {
  it('reads thousands separators with commas and spaces', () => {
    expectFigures('Herders sold 1,234 sheep and 1 234 goats this spring.', [
      { text: '1,234 sheep', value: 1234, unit: 'count', noun: 'sheep' },
      { text: '1 234 goats', value: 1234, unit: 'count', noun: 'goats' },
    ]);
  });

  it('reads a narrow no-break space as a thousands separator', () => {
    expectFigures('Le dépôt stocke 12\u202f500 tonnes.', [
      { text: '12\u202f500 tonnes', value: 12_500, unit: 'tonne' },
    ]);
  });

  it('reads the Russian decimal comma', () => {
    expectFigures('Товарооборот достиг 66,2 млрд долларов.', [
      { text: '66,2 млрд долларов', value: 66.2e9, unit: 'USD', kind: 'money' },
    ]);
  });

  it('keeps the Russian decimal comma before a currency code, and the English comma of thousands', () => {
    expectFigures('Средний курс сома составил 87,45 KGS за доллар.', [
      { text: '87,45 KGS за доллар', value: 87.45 },
    ]);
    expectFigures('The fee was 1,500 KGS per truck.', [{ text: '1,500 KGS', value: 1500 }]);
  });

  it('reads full-width digits', () => {
    expectFigures('仓库存有１２０００吨小麦。', [{ text: '１２０００吨', value: 12_000, unit: 'tonne' }]);
  });

  it('reads Chinese numerals with classifiers', () => {
    expectFigures('工地上有一千二百名工人和两千零五台机器。', [
      { text: '一千二百名', value: 1200, unit: 'count', noun: '名' },
      { text: '两千零五台', value: 2005, unit: 'count', noun: '台' },
    ]);
  });

  it('reads mixed digits and Chinese scales', () => {
    expectFigures('预算为1.73万亿元，参观者3万4000人。', [
      { text: '1.73万亿元', value: 1.73e12, unit: 'CNY' },
      { text: '3万4000人', value: 34_000, unit: 'count' },
    ]);
  });

  it('reads 两, 〇 and 十几 in running text', () => {
    expectFigures('增长两倍，库存〇点五万吨，十几个城市参加。', [
      { text: '两倍', value: 2, unit: 'times' },
      { text: '〇点五万吨', value: 5000, unit: 'tonne' },
      { text: '十几个', value: 10, approx: 'over', noun: '个' },
    ]);
  });
});
