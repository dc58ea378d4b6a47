import { describe, it } from 'vitest';
import { expectFigures } from './helpers';

// A comparative before a figure bounds it only when the figure is the unknown quantity itself; when the figure is
// a reference (a target, a ceiling, or the value a stated figure is compared with), it is an exact figure.

describe('a reference value after a comparative is exact', () => {
  it.each([
    ['出口增速为6.8%，高于4%的年度目标。', '6.8%', '4%'],
    ['失业率为3.9%，低于5%的警戒线。', '3.9%', '5%'],
    ['物价上涨1.7%，略低于2%的市场预期。', '1.7%', '2%'],
    ['货运量增长8.2%，明显高于6%。', '8.2%', '6%'],
    ['Unemployment fell to 3.9%, well below 5%.', '3.9%', '5%'],
    ['Freight grew 8.2%, above 6%.', '8.2%', '6%'],
  ])('%s', (sentence, stated, reference) => {
    expectFigures(sentence, [
      { text: stated, approx: 'none' },
      { text: reference, approx: 'none' },
    ]);
  });

  it('keeps the bound a reference states after its unit', () => {
    expectFigures('物价上涨1.7%，低于3%左右的目标。', [
      { text: '1.7%', approx: 'none' },
      { text: '3%左右', value: 3, approx: 'about' },
    ]);
  });
});

describe('a comparative that bounds its own figure still does', () => {
  it.each([
    ['增速高于5%。', '高于5%', 'over'],
    ['利率低于3%。', '低于3%', 'under'],
    ['增速高于3%的企业有不少。', '高于3%', 'over'],
    ['Inflation stayed below 5%.', 'below 5%', 'under'],
    ['Growth was above 3% this year.', 'above 3%', 'over'],
  ] as const)('%s', (sentence, text, approx) => {
    expectFigures(sentence, [{ text, approx }]);
  });

  it('after a figure of another unit, or in another sentence', () => {
    expectFigures('出口120万吨，高于5%的企业不多。', [
      { text: '120万吨' },
      { text: '高于5%', approx: 'over' },
    ]);
    expectFigures('Freight grew 8.2%. Prices stayed below 3%.', [
      { text: '8.2%' },
      { text: 'below 3%', approx: 'under' },
    ]);
  });
});
