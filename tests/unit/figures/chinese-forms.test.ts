import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures';
import type { Approx } from '../../../lib/figures/types';
import { expectFigures, expectNoFigures } from './helpers';

// Chinese figure forms found on unseen pages (session 6 probes): doublings, fractions, Taiwan's 兆, electricity
// in 度, the traditional 公噸 and the bounds 不少于 / 以下.

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

describe('fractions', () => {
  it.each([
    ['本币结算的比重已接近三分之一。', '接近三分之一', 100 / 3, 'under'],
    ['隧道约占线路总长的四分之一。', '四分之一', 25, 'none'],
    ['三分之二以上的企业表示满意。', '三分之二以上', 200 / 3, 'over'],
    ['手续费为千分之五。', '千分之五', 0.5, 'none'],
    ['运费可降低十分之三左右。', '十分之三左右', 30, 'about'],
  ] satisfies [string, string, number, Approx][])('%s', (sentence, text, value, approx) => {
    expectFigures(sentence, [{ text, value, unit: 'percent', kind: 'percent', approx }]);
  });

  it.each([
    ['哈萨克斯坦约占中国对中亚贸易的1/3。', '1/3', 100 / 3, 'none'],
    ['近1/4的企业计划扩大投资。', '近1/4', 25, 'under'],
    ['超过1/2的货物经霍尔果斯出境。', '超过1/2', 50, 'over'],
  ] satisfies [string, string, number, Approx][])(
    'reads a slash fraction after Chinese text: %s',
    (sentence, text, value, approx) => {
      expectFigures(sentence, [{ text, value, unit: 'percent', approx }]);
    },
  );

  it('leaves slashes in dates, names and labels alone', () => {
    expectNoFigures('合同于1/3/2024签署。');
    expectNoFigures('G20/G7峰会。');
    expectNoFigures('第1/2期工程。');
  });

  it('leaves a numerator that is not smaller than the denominator alone', () => {
    expectNoFigures('比分为三分之五。');
  });
});

describe('a currency written after 元', () => {
  it.each([
    ['對中亞出口達120億元新台幣。', '120億元新台幣', 'TWD'],
    ['中資在哈投資約3億元台幣。', '約3億元台幣', 'TWD'],
    ['項目融資5億元港幣。', '5億元港幣', 'HKD'],
    ['投资5亿元人民币。', '5亿元人民币', 'CNY'],
  ])("reads the currency after 元 as the amount's: %s", (sentence, text, unit) => {
    expectFigures(sentence, [{ text, unit }]);
  });

  it('leaves a currency named in the next clause out of the amount', () => {
    expectFigures('贷款5亿元，台币汇率走弱。', [{ text: '5亿元', unit: 'CNY' }]);
  });
});

describe('兆 in money and in measures', () => {
  it('reads 兆 before or after a currency as a trillion', () => {
    expectFigures('貿易額約新台幣1.2兆元。', [
      { text: '約新台幣1.2兆元', value: 1.2e12, unit: 'TWD', approx: 'about' },
    ]);
    expectFigures('該公司市值達新台幣25兆，再創新高。', [{ text: '新台幣25兆', value: 25e12, unit: 'TWD' }]);
    expectFigures('全球債務升至1.5兆美元。', [{ text: '1.5兆美元', value: 1.5e12, unit: 'USD' }]);
  });

  it.each([
    ['日本央行持有國債約480兆日圓。', '約480兆日圓', 480e12, 'JPY'],
    ['韓國今年預算達650兆韓圜。', '650兆韓圜', 650e12, 'KRW'],
    ['外汇储备超过3兆哈萨克斯坦坚戈。', '超过3兆哈萨克斯坦坚戈', 3e12, 'KZT'],
  ])('reads 兆 before any currency the extractor knows as a trillion: %s', (sentence, text, value, unit) => {
    expectFigures(sentence, [{ text, value, unit }]);
  });

  it('keeps 兆 a mega- prefix elsewhere', () => {
    expectFigures('光伏电站装机200兆瓦。', [{ text: '200兆瓦', value: 2e8, unit: 'watt' }]);
    expectNoFigures('家里装了100兆宽带。');
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
    ['运输成本下降，运费低于3%。', '低于3%', 3, 'under'],
  ] satisfies [string, string, number, Approx][])('%s', (sentence, text, value, approx) => {
    expectFigures(sentence, [{ text, value, approx }]);
  });
});

describe('stated conversions', () => {
  it('links an amount whose highlight opens with 约合 after a comma', () => {
    const figures = extractFigures('中資累計投資超過200億美元，約合新台幣6500億元。');
    expect(figures.map((figure) => figure.text)).toEqual(['超過200億美元', '約合新台幣6500億元']);
    expect(figures[1]?.conversionOf).toBe(0);
  });
});

describe('two neighbouring digits before a unit', () => {
  it.each([
    ['双方签署了二三十个项目。', '二三十个', 20, 30, 'count'],
    ['预计邀请企业代表三四百人。', '三四百人', 300, 400, 'count'],
    ['总投资五六千万元。', '五六千万元', 5e7, 6e7, 'CNY'],
    ['吸引一两百家企业入驻。', '一两百家', 100, 200, 'count'],
  ])('%s', (sentence, text, low, high, unit) => {
    expectFigures(sentence, [{ text, value: low, range: { low, high }, unit, approx: 'about' }]);
  });

  it('leaves small pairs, decades and ages alone', () => {
    expectNoFigures('现场来了七八个人。');
    expectNoFigures('上世纪二三十年代的老照片。');
    expectNoFigures('他们大多五六十岁。');
  });
});

describe('a currency before a lone Chinese digit', () => {
  it('does not make money of 一度 or 一直 after a currency', () => {
    expectFigures('坚戈兑美元一度贬值逾20%。', [{ text: '逾20%', value: 20, unit: 'percent' }]);
    expectNoFigures('今年以来人民币一直保持稳定。');
  });
});

describe('exchange rates', () => {
  it.each([
    ['目前1美元约合495坚戈。', '约合495坚戈', 495, 'KZT'],
    ['当天1元人民币兑12索姆。', '12索姆', 12, 'KGS'],
    ['官方汇率为1 USD = 12,650 UZS。', '12,650 UZS', 12_650, 'UZS'],
  ])('highlights the price, not the one unit it prices: %s', (sentence, text, value, unit) => {
    expectFigures(sentence, [{ text, value, unit }]);
  });

  it('keeps an amount of one unit that opens no rate', () => {
    expectFigures('门票仅1美元，另有5元的套票。', [
      { text: '1美元', value: 1, unit: 'USD' },
      { text: '5元', value: 5, unit: 'CNY' },
    ]);
  });

  it.each([
    ['地铁票价为1欧元约合8元人民币。', '1欧元', 'EUR', '约合8元人民币'],
    ['A metro ticket costs €1 = 8 yuan.', '€1', 'EUR', '8 yuan'],
    ['Билет в метро стоит 1 евро = 8 юаней.', '1 евро', 'EUR', '8 юаней'],
  ])('keeps one unit that a price word states as a price: %s', (sentence, price, code, converted) => {
    expectFigures(sentence, [
      { text: price, value: 1, unit: code },
      { text: converted, value: 8, unit: 'CNY' },
    ]);
  });

  it('still drops the one unit after a word that is no price: 汇价, 评价', () => {
    expectFigures('当日汇价为1欧元约合8元人民币。', [{ text: '约合8元人民币', value: 8 }]);
    expectFigures('市场评价1欧元约合8元人民币。', [{ text: '约合8元人民币', value: 8 }]);
  });
});

describe('vague orders of magnitude', () => {
  it('reads 上万 as over ten thousand, but not inside the idiom 成千上万', () => {
    expectFigures('口岸每天有上万名旅客通关。', [
      { text: '上万名', value: 1e4, approx: 'over', unit: 'count' },
    ]);
    expectNoFigures('成千上万的游客涌入喀什古城。');
    expectNoFigures('成百上千家企业参展。');
  });
});

describe('names with digits glued to Chinese text', () => {
  it.each([
    ['C5+1机制下贸易额达100亿美元。', '100亿美元'],
    ['G20峰会期间签署30项协议。', '30项'],
    ['5G基站建设投资200亿元。', '200亿元'],
    ['中欧班列X8026次开行后累计发运1000列。', '1000列'],
    ['2024/25年度小麦出口800万吨。', '800万吨'],
    ['第3轮磋商签署12项协议。', '12项'],
    ['A380客机运送300名旅客。', '300名'],
  ])('skips the name, not the figures after it: %s', (sentence, text) => {
    expectFigures(sentence, [{ text }]);
  });
});

describe('passing a round number', () => {
  it.each([
    ['今年经该口岸的班列破万列。', '破万列', 1e4, 'count'],
    ['入境游客首次过万人次。', '过万人次', 1e4, 'count'],
    ['企业营收過億元。', '過億元', 1e8, 'CNY'],
  ])('%s', (sentence, text, value, unit) => {
    expectFigures(sentence, [{ text, value, unit, approx: 'over' }]);
  });

  it('does not read 通过 (passed) as a bound', () => {
    expectFigures('会议通过十项决议。', [{ text: '十项', value: 10, approx: 'none' }]);
  });
});

describe('tenths written in digits', () => {
  it.each([
    ['对华出口占比超3成。', '超3成', 30, 'over'],
    ['近5成受访企业看好中亚市场。', '近5成', 50, 'under'],
  ] satisfies [string, string, number, Approx][])('%s', (sentence, text, value, approx) => {
    expectFigures(sentence, [{ text, value, unit: 'percent', approx }]);
  });

  it('leaves 成员 and 成都 alone', () => {
    expectNoFigures('该组织现有9成员国。');
    expectNoFigures('参展的有3成都企业。');
  });
});

describe('road numbers and freight work', () => {
  it('does not count a national or provincial road', () => {
    expectNoFigures('312国道霍尔果斯段完成改造。');
    expectNoFigures('218省道全线通车。');
  });

  it('reads 吨公里 as freight work, not tonnes', () => {
    expectFigures('完成货物周转量120亿吨公里。', [{ text: '120亿吨公里', value: 1.2e10, unit: 'tonne_km' }]);
  });
});

describe('a bound followed by a verb', () => {
  it.each([
    ['两国贸易额约为280亿美元。', '280亿美元', 'about'],
    ['年过货量约达50万吨。', '50万吨', 'about'],
    ['对中亚出口约占七成。', '七成', 'about'],
    ['参会企业超过了5000家。', '5000家', 'over'],
    ['將近有1萬人次入境。', '1萬人次', 'under'],
  ] satisfies [string, string, Approx][])('%s', (sentence, text, approx) => {
    expectFigures(sentence, [{ text, approx }]);
  });

  it('does not read 合约为 or 最近为 as bounds', () => {
    expectFigures('合约为500万元。', [{ text: '500万元', approx: 'none' }]);
    expectFigures('最近为100家企业办理了手续。', [{ text: '100家', approx: 'none' }]);
  });
});

describe('counts of trips', () => {
  it.each([
    ['日均通关车辆500余辆次。', '500余辆次', 500, '辆次'],
    ['进出港船舶1.2万艘次。', '1.2万艘次', 12_000, '艘次'],
  ])('%s', (sentence, text, value, noun) => {
    expectFigures(sentence, [{ text, value, noun, unit: 'count' }]);
  });
});

describe('compatibility unit signs and full-width grouping', () => {
  it.each([
    ['二期查验场占地25万㎡。', '25万㎡', 2.5e5, 'square_metre'],
    ['线路全长3000㎞。', '3000㎞', 3e6, 'm'],
    ['全年过货１，２３４万吨。', '１，２３４万吨', 1.234e7, 'tonne'],
  ])('%s', (sentence, text, value, unit) => {
    expectFigures(sentence, [{ text, value, unit }]);
  });

  it('keeps a full-width comma between ASCII digits a clause comma', () => {
    expectFigures('两地企业分别为5，234家。', [{ text: '234家', value: 234 }]);
  });
});

describe('currencies named with their country', () => {
  it.each([
    ['国家预算为5000亿哈萨克斯坦坚戈。', '5000亿哈萨克斯坦坚戈', 5e11, 'KZT'],
    ['项目投资100亿吉尔吉斯斯坦索姆。', '100亿吉尔吉斯斯坦索姆', 1e10, 'KGS'],
    ['國內生產總值達1.5萬億烏茲別克蘇姆。', '1.5萬億烏茲別克蘇姆', 1.5e12, 'UZS'],
    ['贷款约合20亿俄罗斯卢布。', '约合20亿俄罗斯卢布', 2e9, 'RUB'],
  ])('%s', (sentence, text, value, unit) => {
    expectFigures(sentence, [{ text, value, unit, kind: 'money' }]);
  });
});
