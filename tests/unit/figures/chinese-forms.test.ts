import { describe, it } from 'vitest';
import type { Approx } from '../../../lib/figures/types';
import { expectFigures } from './helpers';

// Chinese figure forms found on unseen pages (session 6 probes).

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
