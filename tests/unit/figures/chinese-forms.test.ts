import { describe, it } from 'vitest';
import type { Approx } from '../../../lib/figures/types';
import { expectFigures, expectNoFigures } from './helpers';

// Chinese figure forms found on unseen pages (session 6 probes).

describe('doublings', () => {
  it.each([
    ['双边贸易额提前实现翻一番。', '翻一番', 2],
    ['来华游客人数去年翻了两番。', '翻了两番', 4],
    ['中烏貿易兩年翻了一番。', '翻了一番', 2],
    ['产值十年翻三番。', '翻三番', 8],
  ])('%s', (sentence, text, value) => {
    expectFigures(sentence, [{ text, value, unit: 'times', kind: 'multiple' }]);
  });

  it('does not read 番 without 翻 before the number', () => {
    expectNoFigures('他们三番五次提出申请。');
  });
});

describe('electricity in 度', () => {
  it.each([
    ['电站年发电量约12亿度。', '约12亿度', 1.2e12],
    ['去年累计输送3000万度电。', '3000万度电', 3e10],
    ['每户每月用电200度电。', '200度电', 2e5],
  ])('%s', (sentence, text, value) => {
    expectFigures(sentence, [{ text, value, unit: 'watt_hour', kind: 'measure' }]);
  });

  it('leaves temperatures and angles alone', () => {
    expectNoFigures('当天最低气温零下30度。');
    expectNoFigures('吊臂可以旋转90度。');
  });
});

describe('traditional tonnes and bounds', () => {
  it('reads 公噸 as tonnes, with its scale', () => {
    expectFigures('進口小麥約60萬公噸。', [
      { text: '約60萬公噸', value: 6e5, unit: 'tonne', approx: 'about' },
    ]);
  });

  it.each([
    ['提供不少于500个奖学金名额。', '不少于500个', 500, 'over'],
    ['目標促成項目不少於20個。', '不少於20個', 20, 'over'],
    ['年输气量至多110亿立方米。', '至多110亿立方米', 1.1e10, 'under'],
    ['不良率控制在5%以下。', '5%以下', 5, 'under'],
    ['运输时间缩短至15天，运费低于3%。', '低于3%', 3, 'under'],
  ] satisfies [string, string, number, Approx][])('%s', (sentence, text, value, approx) => {
    expectFigures(sentence, [{ text, value, approx }]);
  });
});
