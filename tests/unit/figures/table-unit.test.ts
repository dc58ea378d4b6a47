import { describe, expect, test } from 'vitest';
import { extractFigures } from '@/lib/figures';
import { readTableUnit, readUnitStatement } from '@/lib/figures/table-unit';

describe('readUnitStatement', () => {
  test.each([
    ['亿美元', { unit: 'USD', kind: 'money', factor: 1e8 }],
    ['万元', { unit: 'CNY', kind: 'money', factor: 1e4 }],
    ['US$ million', { unit: 'USD', kind: 'money', factor: 1e6 }],
    ['US$ bn', { unit: 'USD', kind: 'money', factor: 1e9 }],
    ['millions of US dollars', { unit: 'USD', kind: 'money', factor: 1e6 }],
    ['млн долл. США', { unit: 'USD', kind: 'money', factor: 1e6 }],
    ['млн долл.', { unit: 'USD', kind: 'money', factor: 1e6 }],
    ['万吨', { unit: 'tonne', kind: 'measure', factor: 1e4 }],
    ['千TEU', { unit: 'teu', kind: 'measure', factor: 1e3 }],
    ['тыс. т', { unit: 'tonne', kind: 'measure', factor: 1e3 }],
    ['%', { unit: 'percent', kind: 'percent', factor: 1 }],
    ['个/家', { unit: 'count', kind: 'count', factor: 1, noun: '个' }],
  ])('"%s" declares %o', (statement, unit) => {
    expect(readUnitStatement(statement)).toEqual(unit);
  });

  test.each(['哈萨克斯坦', 'Kazakhstan', 'Казахстан', '口岸', 'Trade', '亿', 'bn', '出口额（亿元）', ''])(
    '"%s" declares nothing',
    (statement) => {
      expect(readUnitStatement(statement)).toBeNull();
    },
  );

  test('the first statement that reads as a unit wins', () => {
    expect(readTableUnit(['Trade', 'US$ million', '亿美元'])?.factor).toBe(1e6);
    expect(readTableUnit(['Partner', 'Kazakhstan'])).toBeNull();
  });
});

describe('extractFigures with a table unit', () => {
  const usdHundredMillions = { unit: 'USD', kind: 'money', factor: 1e8 } as const;

  test('a bare number reads as if the unit stood after it', () => {
    const [figure] = extractFigures('26.4', { tableUnit: usdHundredMillions });
    expect(figure).toMatchObject({ text: '26.4', value: 2.64e9, unit: 'USD', kind: 'money' });
    expect(extractFigures('1,520.3', { tableUnit: usdHundredMillions })[0]?.value).toBe(152_030_000_000);
  });

  test('a Russian decimal comma and a range scale alike', () => {
    const million = { unit: 'USD', kind: 'money', factor: 1e6 } as const;
    expect(extractFigures('1 234,5', { lang: 'ru', tableUnit: million })[0]?.value).toBe(1_234_500_000);
    const range = extractFigures('12–15', { tableUnit: million })[0];
    expect(range?.range).toEqual({ low: 12e6, high: 15e6 });
  });

  test('percents and measures', () => {
    const percent = { unit: 'percent', kind: 'percent', factor: 1 } as const;
    expect(extractFigures('-3.4', { tableUnit: percent })[0]).toMatchObject({ value: -3.4, unit: 'percent' });
    const tonnes = { unit: 'tonne', kind: 'measure', factor: 1e4 } as const;
    expect(extractFigures('85.6', { tableUnit: tonnes })[0]).toMatchObject({ value: 856_000, unit: 'tonne' });
  });

  test('a number with its own unit keeps it', () => {
    const [figure] = extractFigures('12.5%', { tableUnit: usdHundredMillions });
    expect(figure).toMatchObject({ unit: 'percent', value: 12.5 });
    expect(extractFigures('3.2万吨', { tableUnit: usdHundredMillions })[0]?.unit).toBe('tonne');
  });

  test('a year is never read in the unit', () => {
    expect(extractFigures('2024', { tableUnit: usdHundredMillions })).toEqual([]);
    expect(extractFigures('2024年', { tableUnit: usdHundredMillions })).toEqual([]);
  });

  test('without a table unit a bare number stays unread', () => {
    expect(extractFigures('26.4')).toEqual([]);
  });
});
