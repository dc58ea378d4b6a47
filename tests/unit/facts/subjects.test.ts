import { describe, expect, test } from 'vitest';
import { measureOf } from './measure-of';

describe('subject from the sentence', () => {
  test.each([
    [
      'en region',
      'Trade between China and the five Central Asian states rose to $80 billion in 2023.',
      '$80 billion',
      'CN-CA',
    ],
    [
      'en pair compound',
      'China-Kazakhstan turnover came to $31 billion last spring.',
      '$31 billion',
      'CN-KZ',
    ],
    [
      'en two names',
      'Chinese imports from Turkmenistan, mostly gas, were worth $9 billion.',
      '$9 billion',
      'CN-TM',
    ],
    ['en country alone', "Uzbekistan's exports of cotton yarn reached $1.2 billion.", '$1.2 billion', 'UZ'],
    [
      'en all five listed',
      'China sold goods worth $40 billion to Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.',
      '$40 billion',
      'CN-CA',
    ],
    ['zh-Hans pair', '中国同吉尔吉斯斯坦双边贸易额达到198亿美元。', '198亿美元', 'CN-KG'],
    ['zh-Hans short pair', '中塔经贸合作不断深化，双边贸易额约为39亿美元。', '39亿美元', 'CN-TJ'],
    ['zh-Hans import direction', '自中亚进口天然气金额达120亿元。', '120亿元', 'CN-CA'],
    ['zh-Hant pair', '中國與烏茲別克斯坦貿易額增至137億美元。', '137億美元', 'CN-UZ'],
    [
      'ru pair adjective',
      'Китайско-таджикский товарооборот составил 3,9 млрд долларов.',
      '3,9 млрд',
      'CN-TJ',
    ],
    ['ru two names', 'Товарооборот Узбекистана с Китаем достиг 13,7 млрд долларов.', '13,7 млрд', 'CN-UZ'],
    [
      'ru region',
      'Китай инвестировал в экономику Центральной Азии свыше 40 млрд долларов.',
      '40 млрд',
      'CN-CA',
    ],
    ['facility', 'The Khorgos gateway handled 7,800 trains in 2024.', '7,800 trains', 'port:khorgos'],
  ])('%s', (_name, sentence, figure, subject) => {
    expect(measureOf(sentence, figure).subject).toBe(subject);
  });

  test.each([
    ['其中对哈萨克斯坦出口1420.8亿元，对吉尔吉斯斯坦出口1163.5亿元，分别增长9.6%和16.9%。', '9.6%', 'CN-KZ'],
    ['其中对哈萨克斯坦出口1420.8亿元，对吉尔吉斯斯坦出口1163.5亿元，分别增长9.6%和16.9%。', '16.9%', 'CN-KG'],
    ['中國與土庫曼和塔吉克的貿易額分別為138.5億元、58.2億元。', '58.2億元', 'CN-TJ'],
  ])(
    'amounts after 分别 go with the partners named before it, in order: %s %s',
    (sentence, figure, subject) => {
      expect(measureOf(sentence, figure).subject).toBe(subject);
    },
  );

  test('分别 over fewer partners than amounts leaves the usual reading', () => {
    expect(measureOf('哈萨克斯坦的出口和进口分别增长5%和3%。', '3%').subject).toBe('KZ');
  });

  test('the clause decides among several partners', () => {
    const sentence = 'Imports from Kazakhstan fell slightly, while trade with Uzbekistan hit $14 billion.';
    expect(measureOf(sentence, '$14 billion').subject).toBe('UZ');
  });
});

describe("a partner's one-character short form with China", () => {
  test.each([
    [
      'partner first, as its own statistics are quoted',
      '据吉方统计，今年1—9月，吉中贸易额达182.6亿美元。',
      '182.6亿美元',
      'CN-KG',
    ],
    ['partner first, traditional', '據哈方統計，2024年哈中貿易額為438億美元。', '438億美元', 'CN-KZ'],
    ['after a flow of investment', '截至2024年底，中国对吉直接投资存量约为25亿美元。', '25亿美元', 'CN-KG'],
    ['Chinese firms present there', '在塔中资企业超过400家。', '400家', 'CN-TJ'],
  ])('%s', (_name, sentence, figure, subject) => {
    expect(measureOf(sentence, figure).subject).toBe(subject);
  });

  test.each([
    ['吉林省对韩国出口达45亿美元。', '45亿美元'],
    ['哈尔滨对俄贸易额达120亿元。', '120亿元'],
  ])('not 吉林 or 哈尔滨: %s', (sentence, figure) => {
    expect(measureOf(sentence, figure).subject ?? '').not.toMatch(/KG|KZ/);
  });
});

describe('subject from the article', () => {
  const article = {
    articleTitle: 'Kazakhstan and China sign grain deal',
    articleLead: 'Leaders met in Astana.',
  };

  test.each([
    ['en', 'Trade between the two countries came to $41 billion.', '$41 billion'],
    ['zh', '两国贸易额达到410亿美元。', '410亿美元'],
    ['ru', 'Товарооборот двух стран превысил 41 млрд долларов.', '41 млрд'],
  ])('%s: "the two countries" points to the title pair', (_lang, sentence, figure) => {
    const measure = measureOf(sentence, figure, article);
    expect(measure.subject).toBe('CN-KZ');
    expect(measure.evidence.join(' ')).toContain('(title)');
  });

  test.each([
    [
      'en',
      "China's investment in the region passed $40 billion, and 3,500 Chinese firms are registered in Uzbekistan.",
      '$40 billion',
      'CN-CA',
    ],
    [
      'ru',
      'Вложения Китая в экономику стран региона превысили 40 млрд долларов, а в Узбекистане работают 3500 китайских фирм.',
      '40 млрд',
      'CN-CA',
    ],
    [
      'ru',
      'Инвестиции КНР в регион составляют порядка $40–45 млрд, из которых половина приходится на Казахстан.',
      '$40–45 млрд',
      'CN-CA',
    ],
    // "в регионе" (where) is no pointing back to the pair, unlike "в регион" (where to).
    ['ru', 'В регионе построено 12 новых заводов.', '12', undefined],
    // A clause that names its own partner keeps it; the partner of a later clause still owns that clause's figure.
    [
      'en',
      "China's investment in the region passed $40 billion, and 3,500 Chinese firms are registered in Uzbekistan.",
      '3,500',
      'CN-UZ',
    ],
  ])(
    "%s: a China-only clause that points back takes the title pair over a later clause's partner",
    (_lang, sentence, figure, subject) => {
      const measure = measureOf(sentence, figure, {
        articleTitle: 'China and Central Asia: ten years of trade',
      });
      expect(measure.subject).toBe(subject);
    },
  );

  test('the lead is used when the title names no one', () => {
    const measure = measureOf('Bilateral trade grew to $3.9 billion.', '$3.9 billion', {
      articleTitle: 'Roads, tunnels and trade',
      articleLead: 'China and Tajikistan marked thirty years of ties on Monday.',
    });
    expect(measure.subject).toBe('CN-TJ');
  });
});

describe('an amount tied to China, after another partner in the sentence', () => {
  test('keeps the pair of China and its partner', () => {
    const measure = measureOf(
      'After Russia, China ranks next with $11.8 billion of trade with Uzbekistan.',
      '$11.8 billion',
    );
    expect(measure.subject).toBe('CN-UZ');
  });
});

describe('subject stays undefined', () => {
  test.each([
    ['no names, no article', 'The two countries traded goods worth $5 billion.', '$5 billion'],
    [
      'several partners, none preferred',
      'Exports to Kazakhstan and Kyrgyzstan totalled $30 billion.',
      '$30 billion',
    ],
    ['China only', 'Chinese buyers paid $300 million for the wheat.', '$300 million'],
    ['zh several partners', '乌兹别克斯坦和塔吉克斯坦的项目总投资达50亿美元。', '50亿美元'],
    ['ru several partners', 'Казахстан и Киргизия получили кредиты на 2 млрд долларов.', '2 млрд'],
    [
      'an amount tied to another partner',
      'China led with $11.8 billion, followed by Russia with $9.6 billion.',
      '$9.6 billion',
    ],
    [
      'ru an amount tied to another partner',
      'Лидирует Китай — 11,8 млрд долларов, далее Россия — 9,6 млрд.',
      '9,6 млрд',
    ],
  ])('%s', (_name, sentence, figure) => {
    expect(measureOf(sentence, figure).subject).toBeUndefined();
  });

  test.each([
    ['今年前10个月，新疆外贸进出口总值3892.6亿元，同比增长12.1%。', '3892.6亿元'],
    ['前三季度，乌鲁木齐市对外贸易进出口总值达1200亿元。', '1200亿元'],
  ])(
    "a Chinese province's or city's whole foreign trade is not the article's pair: %s",
    (sentence, figure) => {
      const measure = measureOf(sentence, figure, { articleTitle: '新疆前10个月对中亚五国进出口占比近八成' });
      expect(measure.subject).toBeUndefined();
    },
  );

  test.each([
    ['口岸贸易额达1,021亿元人民币，其中对哈萨克斯坦贸易额逾600亿元人民币。', '1,021亿元'],
    ['該站今年發送貨物86萬噸，其中經霍爾果斯出境至哈薩克斯坦的約占四成。', '86萬噸'],
  ])('the partner of a later 其中 clause has a part, not the whole: %s', (sentence, figure) => {
    expect(measureOf(sentence, figure).subject).toBeUndefined();
  });

  test.each([
    ['俄罗斯对哈萨克斯坦出口约150亿美元，仍居首位。', '150亿美元'],
    ['欧盟对哈萨克斯坦投资存量超过1,600亿美元。', '1,600亿美元'],
    ['台灣去年對哈薩克出口約1.2億美元。', '1.2億美元'],
    ['俄罗斯对哈出口约150亿美元。', '150亿美元'],
    ['欧盟自哈进口约80亿美元。', '80亿美元'],
  ])('another side before 对 trades, not China: %s', (sentence, figure) => {
    expect(measureOf(sentence, figure).subject).toBeUndefined();
  });

  test('对 with no side named before it is still China that trades', () => {
    expect(measureOf('前10个月对哈萨克斯坦出口约150亿美元。', '150亿美元').subject).toBe('CN-KZ');
  });

  test('the figure of the 其中 clause itself still takes its partner', () => {
    const sentence = '口岸贸易额达1,021亿元人民币，其中对哈萨克斯坦贸易额逾600亿元人民币。';
    expect(measureOf(sentence, '600亿元').subject).toBe('CN-KZ');
    expect(measureOf('对哈萨克斯坦贸易额达1,021亿元，其中出口600亿元。', '1,021亿元').subject).toBe('CN-KZ');
  });

  test("a trade figure with no foreign-trade word still takes the article's pair", () => {
    const measure = measureOf('前10个月进出口总值3085.7亿元，同比增长13.8%。', '3085.7亿元', {
      articleTitle: '新疆前10个月对中亚五国进出口增长13.8%',
    });
    expect(measure.subject).toBe('CA');
  });

  test('no reference back to the article: a harvest is not the pair’s', () => {
    const measure = measureOf('The harvest came in at 17 million tonnes of wheat.', '17 million tonnes', {
      articleTitle: 'China–Kazakhstan grain trade booms',
    });
    expect(measure.subject).toBeUndefined();
  });
});
