import { describe, expect, test } from 'vitest';
import { factKey } from '../../../lib/facts';
import { measureFigures } from '../../../lib/facts/measure-figures';
import { extractFigures } from '../../../lib/figures';
import { measureOf } from './measure-of';

describe('metric', () => {
  test.each([
    ['en turnover', 'Two-way turnover with Kazakhstan came to $22 billion.', '$22 billion', 'trade_volume'],
    ['en exports', 'Chinese exports to Kyrgyzstan reached $19 billion.', '$19 billion', 'exports'],
    ['en imports', 'China imported $6 billion of Turkmen gas.', '$6 billion', 'imports'],
    [
      'en investment',
      'Chinese firms invested $2.5 billion in Uzbek factories.',
      '$2.5 billion',
      'investment',
    ],
    ['en loans', 'Exim Bank extended loans of $1.1 billion to Dushanbe.', '$1.1 billion', 'loans'],
    [
      'en a policy bank lends',
      'The Export-Import Bank of China has lent Tajikistan about $1.2 billion.',
      '$1.2 billion',
      'loans',
    ],
    ['zh 进出口银行', '中国进出口银行向塔吉克斯坦提供约12亿美元。', '12亿美元', 'loans'],
    ['ru Эксимбанк', 'Эксимбанк Китая выделил Таджикистану около 1,2 млрд долларов.', '1,2 млрд', 'loans'],
    ['en trains', 'Some 9,000 freight trains crossed at Alashankou.', '9,000 freight trains', 'train_trips'],
    ['en freight tonnes', 'The port moved 21 million tonnes of cargo.', '21 million tonnes', 'freight'],
    ['en distance', 'The new road is 480 km long.', '480 km', 'distance'],
    [
      'en gas',
      'The pipeline delivered 43 billion cubic metres of gas.',
      '43 billion cubic metres',
      'gas_volume',
    ],
    ['en agreements', 'The leaders signed 18 agreements.', '18 agreements', 'agreements'],
    ['zh 进出口总值', '中哈进出口总值为1500亿元。', '1500亿元', 'trade_volume'],
    ['zh 出口', '中国对吉尔吉斯斯坦出口300亿美元。', '300亿美元', 'exports'],
    ['zh 进口', '中国自土库曼斯坦进口90亿美元。', '90亿美元', 'imports'],
    ['zh 投资', '中方在塔吉克斯坦的直接投资存量约40亿美元。', '40亿美元', 'investment'],
    [
      'ru вложит',
      'Китайская компания вложит около $1,2 млрд в медный завод в Таджикистане.',
      '$1,2 млрд',
      'investment',
    ],
    [
      'ru вложили',
      'За 17 лет китайские фирмы вложили в экономику Таджикистана свыше $4 млрд.',
      '$4 млрд',
      'investment',
    ],
    ['zh 班列', '霍尔果斯口岸今年开行班列7000列。', '7000列', 'train_trips'],
    ['zh 企业 家', '在哈中资企业约有1500家。', '1500家', 'companies'],
    ['zh 项目', '双方共签署合作项目42个，其中12个项目已开工。', '12个', 'projects'],
    ['zh 协议 份', '两国元首见证签署了25份合作文件。', '25份', 'agreements'],
    ['zh 标箱', '口岸全年完成集装箱吞吐量50万标箱。', '50万标箱', 'freight'],
    ['zh-Hant 貿易額', '中國與哈薩克斯坦貿易額達410億美元。', '410億美元', 'trade_volume'],
    [
      'ru товарооборот',
      'Товарооборот Киргизии и Китая составил 19 млрд долларов.',
      '19 млрд',
      'trade_volume',
    ],
    ['ru экспорт', 'Экспорт Китая в Казахстан достиг 25 млрд долларов.', '25 млрд', 'exports'],
    ['ru импорт', 'Импорт Китая из Узбекистана вырос до 2 млрд долларов.', '2 млрд', 'imports'],
    ['ru поездов', 'Через Хоргос прошло 6500 поездов.', '6500 поездов', 'train_trips'],
    [
      'ru компаний',
      'В Узбекистане работают 2300 компаний с китайским капиталом.',
      '2300 компаний',
      'companies',
    ],
    ['ru грузов', 'Через переход перевезено 1,4 млн тонн грузов.', '1,4 млн тонн', 'freight'],
    ['ru соглашений', 'Стороны подписали 30 соглашений.', '30 соглашений', 'agreements'],
  ])('%s', (_name, sentence, figure, metric) => {
    expect(measureOf(sentence, figure).metric).toBe(metric);
  });
});

describe('growth and what grew', () => {
  test.each([
    ['en up', 'Kazakh-Chinese trade was up 9 percent.', '9 percent', 'trade_volume'],
    ['en rose', 'Imports from Turkmenistan rose 14% in the first half.', '14%', 'imports'],
    ['zh 同比增长', '中国对乌兹别克斯坦出口同比增长23.5%。', '23.5%', 'exports'],
    ['zh-Hant 增長', '經阿拉山口的班列開行量增長8%。', '8%', 'train_trips'],
    ['ru вырос на', 'Товарооборот Китая и Таджикистана вырос на 17%.', '17%', 'trade_volume'],
    ['ru times', 'Инвестиции Китая в Киргизию выросли в 3 раза.', '3 раза', 'investment'],
  ])('%s', (_name, sentence, figure, growthOf) => {
    const measure = measureOf(sentence, figure);
    expect(measure.metric).toBe('growth');
    expect(measure.growthOf).toBe(growthOf);
  });

  test.each([
    [
      'en increased by',
      'In 2024 Kazakh-Chinese trade increased by $2.4 billion to $43.8 billion.',
      '$2.4 billion',
      'trade_volume',
    ],
    ['en rose', 'Chinese exports to Uzbekistan rose $1.1 billion last year.', '$1.1 billion', 'exports'],
    [
      'ru вырос на',
      'Товарооборот Китая и Казахстана вырос почти на 2,4 млрд долларов.',
      '2,4 млрд',
      'trade_volume',
    ],
    ['zh 增加', '2024年中哈贸易额比上年增加24亿美元，达到439亿美元。', '24亿美元', 'trade_volume'],
    ['zh 比上年多', '中吉贸易额比上年多15亿美元。', '15亿美元', 'trade_volume'],
    ['zh-Hant 增加 in tonnes', '經霍爾果斯口岸的貨運量增加120萬噸。', '120萬噸', 'freight'],
  ])(
    'an amount after a change word is the growth of what the sentence names, in its unit: %s',
    (_name, sentence, figure, growthOf) => {
      const measure = measureOf(sentence, figure);
      expect(measure.metric).toBe('growth');
      expect(measure.growthOf).toBe(growthOf);
    },
  );

  test('a change in percentage points is no growth of an amount', () => {
    expect(measureOf('去年中国与中亚贸易的增速比上一年提高了6个百分点。', '6个百分点').metric).not.toBe(
      'growth',
    );
  });

  test('the level the change leads to is still the total', () => {
    const sentence = 'In 2024 Kazakh-Chinese trade increased by $2.4 billion to $43.8 billion.';
    expect(measureOf(sentence, '$43.8 billion').metric).toBe('trade_volume');
  });

  test.each([
    ['en trade surplus', "Kazakhstan's trade surplus with China reached $5 billion.", '$5 billion'],
    ['zh 顺差', '中国对吉尔吉斯斯坦贸易顺差为220亿美元。', '220亿美元'],
    ['zh-Hant 逆差', '中方對土庫曼斯坦的貿易逆差約80億美元。', '80億美元'],
    ['ru сальдо', 'Положительное сальдо торговли Казахстана с Китаем составило 5 млрд долларов.', '5 млрд'],
    ['ru дефицит', 'Дефицит торговли Таджикистана с Китаем достиг 1,5 млрд долларов.', '1,5 млрд'],
    [
      'en surplus without "trade"',
      'Chinese sales to Kyrgyzstan reached $19 billion, leaving Beijing a surplus of some $18 billion.',
      '$18 billion',
    ],
  ])(
    'a surplus or deficit is a trade balance, never the trade volume it would contradict: %s',
    (_name, sentence, figure) => {
      expect(measureOf(sentence, figure).metric).toBe('trade_balance');
    },
  );

  test.each([
    ['en export prices', "Kazakhstan's wheat export prices to China rose 12% in 2024.", 'price'],
    ['en prices of exports', 'Export prices of Kazakh wheat to China rose 12% in 2024.', 'price'],
    [
      'ru цены на экспорт',
      'В 2024 году цены на экспорт казахстанской пшеницы в Китай выросли на 12%.',
      'price',
    ],
    [
      'en exchange rate',
      'In 2024 the tenge exchange rate fell 12% against the dollar, while exports to China rose.',
      'exchange_rate',
    ],
  ])(
    'a change of a price or a rate is never growth of what is priced (%s), and is not linked',
    (_name, sentence, grown) => {
      const measure = measureOf(sentence, '12%');
      expect(measure).toMatchObject({ metric: 'growth', growthOf: grown });
      expect(factKey(measure, 'percent')).toBeUndefined();
    },
  );

  test("exports that rose despite prices are still a flow of goods (China's imports from Kazakhstan)", () => {
    expect(measureOf('Kazakh exports to China rose 12% despite lower prices.', '12%').growthOf).toBe(
      'imports',
    );
    expect(measureOf('Thanks to higher prices, Kazakh exports to China rose 12%.', '12%').growthOf).toBe(
      'imports',
    );
  });

  test('a share is not a growth', () => {
    expect(measureOf('Kazakhstan accounted for 43% of the region’s trade.', '43%').metric).toBe('share');
    expect(measureOf('Uzbekistan is second, accounting for 28% of the total.', '28%').metric).toBe('share');
    // "up" in "making up" is no rise.
    expect(
      measureOf('Turkmen gas flows east, making up roughly 65 percent of supply.', '65 percent').metric,
    ).toBe('share');
    expect(measureOf('Imports from China went up 12% in May.', '12%').metric).toBe('growth');
  });

  test('a sum a price names is a price, even with a flow inside its phrase', () => {
    expect(measureOf('The average price of an imported Chinese truck was $48,500.', '$48,500').metric).toBe(
      'price',
    );
    expect(
      measureOf('Средняя цена импортного автомобиля из Китая – 15,4 млн тенге.', '15,4 млн').metric,
    ).toBe('price');
    // A flow with a price elsewhere in its sentence stays the flow.
    expect(
      measureOf(
        'Kazakhstan imported Chinese cars worth $2.4 billion at an average price of $19,000.',
        '$2.4 billion',
      ).metric,
    ).toBe('exports');
  });

  test('a gap between two reports of a flow is a difference, not the flow', () => {
    const sentence =
      'Chinese customs put exports to Kyrgyzstan at $22 billion, Kyrgyz data at $5 billion, a gap of more than $17 billion.';
    expect(measureOf(sentence, '$17 billion').metric).toBeUndefined();
    expect(
      measureOf('Расхождение в 17 млрд долларов объясняют реэкспортом.', '17 млрд').metric,
    ).toBeUndefined();
    expect(measureOf(sentence, '$22 billion').metric).toBe('exports');
  });

  test('a budget or a power deficit is no trade balance', () => {
    const sentence = 'Kazakhstan plans a budget deficit of $7 billion next year.';
    expect(measureOf(sentence, '$7 billion').metric).not.toBe('trade_balance');
    expect(
      measureOf('Kyrgyzstan faces a deficit of power worth $90 million.', '$90 million').metric,
    ).not.toBe('trade_balance');
  });
});

describe('metric stays undefined', () => {
  test.each([
    ['money with no word for it', 'The bill came to $40.', '$40'],
    ['a percent that is not a change', 'About 80% of them were young.', '80%'],
    ['a count of something unlisted', 'The town has 12 schools.', '12 schools'],
    ['an altitude', 'The pass lies at 3,700 metres above sea level.', '3,700 metres'],
    ['zh population', '该国人口超过1000万。', '1000万'],
    ['ru trucks', 'На переходе скопилось 500 грузовиков.', '500 грузовиков'],
    ['ru вложка is no investment', 'В номер вошла вложка на 12 страниц.', '12 страниц'],
    [
      'en a difference between two reports',
      'Kazakh data put trade at $41.5 billion, $2.4 billion less than the Chinese figure.',
      '$2.4 billion',
    ],
    ['en exceeded … by', "Kazakhstan's exports to China exceeded its imports by $5 billion.", '$5 billion'],
    [
      'ru на … меньше',
      'Товарооборот с Китаем составил 41,5 млрд долларов, что на 2,4 млрд меньше китайских данных.',
      '2,4 млрд',
    ],
    ['zh 比…少', '哈方统计的哈中贸易额为415亿美元，比中方数据少24亿美元。', '24亿美元'],
    [
      'a budget deficit is no trade balance',
      "Kazakhstan's budget deficit reached 3 trillion tenge.",
      '3 trillion',
    ],
  ])('%s', (_name, sentence, figure) => {
    expect(measureOf(sentence, figure).metric).toBeUndefined();
  });
});

describe('the base a level moved from', () => {
  const metrics = (sentence: string) =>
    measureFigures({
      article: { title: 'China and Uzbekistan', lead: '', publishedAt: '2025-11-24', lang: 'en' },
      figures: extractFigures(sentence).map((figure) => ({ sentence, figure })),
    }).map((measure) => measure.growthOf || measure.metric);

  test.each([
    ["China accounts for 33.5% of the republic's imports, up from 29.8% a year earlier.", ['share', 'share']],
    ['Доля Китая в импорте составила 33,5% против 29,8% годом ранее.', ['share', 'share']],
    // A growth before it is no level: a growth "up from" another is still a growth.
    ['Exports to China rose 12%, up from 8% in 2023.', ['imports', 'imports']],
  ])('is the same measure: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});
