import { describe, expect, test } from 'vitest';
import { measureOf } from './measure-of';

const label = (sentence: string, figure: string, publishedAt?: string) =>
  measureOf(sentence, figure, publishedAt ? { publishedAt } : {}).period?.label;

describe('period', () => {
  test.each([
    ['en year', 'In 2022 two-way trade with Kyrgyzstan reached $15.5 billion.', '$15.5 billion', '2022'],
    [
      'en first N months of year',
      'In the first seven months of 2024, exports to Tajikistan hit $2 billion.',
      '$2 billion',
      '2024 M1–M7',
    ],
    [
      'en month range',
      'Trade with Uzbekistan was $6.1 billion in January–May 2024.',
      '$6.1 billion',
      '2024 M1–M5',
    ],
    ['en first half', 'Turnover in the first half of 2023 stood at $18 billion.', '$18 billion', '2023 H1'],
    [
      'en Q3 of the business press',
      'Exports to Kazakhstan hit $6.4 billion in Q3 2025.',
      '$6.4 billion',
      '2025 Q3',
    ],
    ['en H2', 'Imports from Uzbekistan reached $1.1 billion in H2 2024.', '$1.1 billion', '2024 H2'],
    ['en 9M', 'In 9M 2025 trade with Kyrgyzstan came to $17.2 billion.', '$17.2 billion', '2025 M1–M9'],
    [
      'en three quarters',
      'In the first three quarters of 2024 imports totalled $9 billion.',
      '$9 billion',
      '2024 Q1–Q3',
    ],
    ['en single month', 'In March 2024 alone, exports reached $700 million.', '$700 million', '2024 M3'],
    [
      'en the later year of a from-to, written right after its figure',
      'Trade with the region went from $30.1 billion in 2014 to $89 billion in 2023.',
      '$89 billion',
      '2023',
    ],
    [
      'en the earlier year of a from-to keeps its own figure',
      'Trade with the region went from $30.1 billion in 2014 to $89 billion in 2023.',
      '$30.1 billion',
      '2014',
    ],
    [
      'ru the year written right after a second figure',
      'В 2023 году экспорт составил 9 млрд долларов, а 11 млрд в 2024 году.',
      '11 млрд',
      '2024',
    ],
    [
      'en a time before a relative clause between commas still dates the figure after it',
      'In 2024, the Khorgos dry port, which opened in 2015, handled 520,000 TEU.',
      '520,000 TEU',
      '2024',
    ],
    ['zh 1-N月', '2024年1-8月，中哈贸易额达到290亿美元。', '290亿美元', '2024 M1–M8'],
    ['zh 前N个月', '2023年前10个月中吉贸易额为160亿美元。', '160亿美元', '2023 M1–M10'],
    ['zh 上半年', '2025年上半年中塔贸易额为20亿美元。', '20亿美元', '2025 H1'],
    ['zh 前三季度', '2024年前三季度对中亚出口额达500亿美元。', '500亿美元', '2024 Q1–Q3'],
    ['zh 月份', '2024年4月份中乌贸易额为12亿美元。', '12亿美元', '2024 M4'],
    ['zh-Hant 前N個月', '2025年前4個月中國與中亞進出口總值2100億元。', '2100億元', '2025 M1–M4'],
    ['zh-Hant 首N個月', '2025年首10個月中哈貿易額達380億美元。', '380億美元', '2025 M1–M10'],
    ['zh-Hant 首三季', '2025年首三季中國對中亞出口達500億美元。', '500億美元', '2025 Q1–Q3'],
    ['zh-Hant 首季', '2025年首季中哈貿易額為100億美元。', '100億美元', '2025 Q1'],
    ['zh-Hant 第三季', '2025年第三季中哈貿易額為120億美元。', '120億美元', '2025 Q3'],
    [
      'ru за N месяцев',
      'За 10 месяцев 2024 года товарооборот составил 36 млрд долларов.',
      '36 млрд',
      '2024 M1–M10',
    ],
    [
      'ru январь–октябрь',
      'В январе–октябре 2023 года экспорт достиг 12 млрд долларов.',
      '12 млрд',
      '2023 M1–M10',
    ],
    ['ru полугодие', 'За первое полугодие 2024 года импорт составил 5 млрд долларов.', '5 млрд', '2024 H1'],
    ['ru квартал цифрой', 'В 3-м квартале 2025 года экспорт составил 4 млрд долларов.', '4 млрд', '2025 Q3'],
    ['ru квартал римской', 'За II квартал 2024 г. импорт достиг 6 млрд долларов.', '6 млрд', '2024 Q2'],
    ['ru полугодие цифрой', 'Во 2-м полугодии 2024 года транзит составил 1 млн тонн.', '1 млн', '2024 H2'],
    ['ru в году', 'В 2021 году инвестиции составили 1,2 млрд долларов.', '1,2 млрд', '2021'],
  ])('%s', (_name, sentence, figure, expected) => {
    expect(label(sentence, figure)).toBe(expected);
  });

  test('a month span keeps its months when no year is known', () => {
    const measure = measureOf('前5个月中哈贸易额为180亿美元。', '180亿美元');
    expect(measure.period).toMatchObject({ kind: 'months', fromMonth: 1, toMonth: 5, label: 'M1–M5' });
    expect(measure.period?.year).toBeUndefined();
  });
});

describe('relative periods against the publication date', () => {
  test.each([
    [
      'en last year',
      'Last year trade with Kazakhstan reached $44 billion.',
      '$44 billion',
      '2025-03-02',
      '2024',
    ],
    [
      'en this year',
      'This year exports are expected to reach $30 billion.',
      '$30 billion',
      '2025-03-02',
      '2025',
    ],
    ['zh 去年', '去年中乌贸易额为140亿美元。', '140亿美元', '2025-02-10', '2024'],
    ['zh 今年前N个月', '今年前7个月中吉贸易额为120亿美元。', '120亿美元', '2024-08-20', '2024 M1–M7'],
    [
      'ru в прошлом году',
      'В прошлом году товарооборот составил 44 млрд долларов.',
      '44 млрд',
      '2025-01-15',
      '2024',
    ],
    [
      'month span without a year',
      'Between January and April trade came to $30 billion.',
      '$30 billion',
      '2023-05-19',
      '2023 M1–M4',
    ],
    [
      'zh the quarter under way',
      '四季度新疆对中亚出口增速或将放缓至15%左右。',
      '15%',
      '2025-11-19',
      '2025 Q4',
    ],
    ['zh the month under way', '10月，霍尔果斯口岸通行班列720列。', '720列', '2025-10-28', '2025 M10'],
    [
      "zh a quarter not yet begun is last year's",
      '四季度中哈贸易额为120亿美元。',
      '120亿美元',
      '2025-08-20',
      '2024 Q4',
    ],
    [
      'month span published early next year',
      'In January–November trade came to $80 billion.',
      '$80 billion',
      '2024-01-12',
      '2023 M1–M11',
    ],
  ])('%s', (_name, sentence, figure, publishedAt, expected) => {
    expect(label(sentence, figure, publishedAt)).toBe(expected);
  });

  test.each([
    ['The number of trains reached 1,500, compared with 1,100 in 2023.', '1,500', '1,100', '2023'],
    ['Exports grew to $2.3 billion, up from $1.9 billion in 2023.', '$2.3 billion', '$1.9 billion', '2023'],
    ['Перевезено 1,5 млн тонн грузов против 1,1 млн тонн в 2023 году.', '1,5 млн', '1,1 млн', '2023'],
  ])(
    "a base value's year is its own, not the period of the figure compared with it: %s",
    (sentence, figure, base, year) => {
      expect(label(sentence, figure)).toBeUndefined();
      expect(label(sentence, base)).toBe(year);
    },
  );

  test.each([
    ['So far this year, 2,100 trains have crossed at Dostyk.', '2,100 trains'],
    ['Year to date, China-Kazakhstan trade reached $38 billion.', '$38 billion'],
    ['С начала года через Достык прошло 2,1 тыс. поездов из Китая.', '2,1 тыс.'],
    ['С начала 2025 года товарооборот с Китаем составил 38 млрд долларов.', '38 млрд'],
  ])('a total of the year so far is not the whole year: %s', (sentence, figure) => {
    expect(label(sentence, figure, '2025-11-20')).toBeUndefined();
  });

  test('"this year" in an article of that year: a target or forecast is the year, a count so far is not', () => {
    const date = '2025-11-20';
    expect(
      label('This year China-Kazakhstan trade has reached $38 billion.', '$38 billion', date),
    ).toBeUndefined();
    expect(label('今年在乌注册的中资企业已超过2000家。', '2000家', date)).toBeUndefined();
    expect(label('This year trade is expected to reach $50 billion.', '$50 billion', date)).toBe('2025');
    expect(label('今年中哈贸易额有望突破500亿美元。', '500亿美元', date)).toBe('2025');
    expect(label('В этом году планируется отправить 1000 поездов.', '1000 поездов', date)).toBe('2025');
  });

  test('a base year on the change word, not on the figure, is not its period', () => {
    const sentence = '2023年中哈双边贸易额为410亿美元，较上年增长28%。';
    expect(label(sentence, '28%', '2025-11-20')).toBe('2023');
    expect(label('公路运输占比由2020年的19.9%提高到2024年的51.8%。', '19.9%')).toBe('2020');
    const share = '新疆对中亚贸易占比已由2020年的约40%提升至今年前10个月的近六成。';
    expect(label(share, '40%', '2025-11-19')).toBe('2020');
    expect(label(share, '近六成', '2025-11-19')).toBe('2025 M1–M10');
    expect(label('班列平均通关时间压缩至6小时以内，较2023年缩短约40%。', '40%')).toBeUndefined();
    expect(label('2024年中哈贸易额较2023年扩大12%。', '12%')).toBe('2024');
  });

  test.each([
    ['Cargo at the dry port hit 540,000 TEU in 2024, a 19% increase over 2023.', '19%', '2024'],
    ['Прокачка в 2025 году составила 44 млрд куб. м, что на 3,8% выше уровня 2024 года.', '3,8%', '2025'],
    ['В 2025 году перевезли 120 тыс. ДФЭ, что в 1,4 раза больше показателя 2024 года.', '1,4 раза', '2025'],
  ])('the year a change is measured against is its base, not its period: %s', (sentence, figure, year) => {
    expect(label(sentence, figure)).toBe(year);
  });

  test('a span of years is no one period, and the year a target is set for is its period', () => {
    const sentence =
      'Chinese firms put $9bn into Kyrgyzstan in 2015-2024, and the sides aim to reach $15bn by 2030.';
    expect(label(sentence, '$9bn')).toBeUndefined();
    expect(label(sentence, '$15bn')).toBe('2030');
    expect(
      label('В 2021–2025 годах Китай вложил в Таджикистан 2,1 млрд долларов.', '2,1 млрд'),
    ).toBeUndefined();
    expect(label('Стороны намерены довести товарооборот до 50 млрд долларов к 2030 году.', '50 млрд')).toBe(
      '2030',
    );
  });

  test.each([
    ['中方宣布将于2025年至2026年向中亚国家提供15亿元人民币无偿援助。', '15亿元'],
    ['2021年到2025年，中哈贸易额累计达1,700亿美元。', '1,700亿美元'],
  ])('a Chinese span of years written with 至 or 到 is no one period: %s', (sentence, figure) => {
    expect(label(sentence, figure)).toBeUndefined();
  });

  test("全年 in the figure's own clause keeps out the quarter of an earlier clause", () => {
    const sentence = '四季度新疆对中亚出口增速或将放缓至15%左右，但全年进出口有望首次突破4500亿元。';
    expect(label(sentence, '15%', '2025-11-19')).toBe('2025 Q4');
    expect(label(sentence, '4500亿元', '2025-11-19')).toBeUndefined();
  });

  test('a year then a target year after 至 stays two periods', () => {
    const sentence = '2024年中哈贸易额为438亿美元，至2030年将达到880亿美元。';
    expect(label(sentence, '438亿美元')).toBe('2024');
    expect(label(sentence, '880亿美元')).toBe('2030');
  });

  test("a year in the figure's own clause outranks a month of another clause", () => {
    const sentence =
      'The line opened in December 2009, and in 2024 deliveries to China exceeded 40 bcm, the operator said.';
    expect(label(sentence, '40 bcm')).toBe('2024');
    expect(label('In March 2024 alone, Kazakh exports to China reached $700 million.', '$700 million')).toBe(
      '2024 M3',
    );
  });

  test('the month something was said in is not the period of what was said', () => {
    const sentence = 'The minister said in December that trade with China should reach $60 billion.';
    expect(label(sentence, '$60 billion', '2025-01-15')).toBeUndefined();
    expect(label('Exports to China reached $60 million in December.', '$60 million', '2025-01-15')).toBe(
      '2024 M12',
    );
  });

  test('a year after "over" or "уровня" with no comparison before stays the period', () => {
    expect(label('Chinese lenders committed $3 billion over 2024.', '$3 billion')).toBe('2024');
    expect(label('Товарооборот достиг уровня 2019 года – 12 млрд долларов.', '12 млрд')).toBe('2019');
  });

  test('a year after words that only look like a comparison stays the period', () => {
    expect(label('Exports from Kazakhstan in 2024 reached $5 billion.', '$5 billion')).toBe('2024');
    expect(label('Trade rose to $43.8 billion in 2024, up from $41 billion in 2023.', '$43.8 billion')).toBe(
      '2024',
    );
  });

  test('a Chinese figure keeps the period of its own clause or one before it', () => {
    expect(label('今年前三季度，出口额增长超过50%，企业达1200多家。', '1200多家', '2025-11-20')).toBe(
      '2025 Q1–Q3',
    );
  });

  test('the value of a year earlier is shifted back', () => {
    const sentence =
      'Товарооборот в 2023 году составил 20 млрд долларов против 16 млрд долларов годом ранее.';
    expect(label(sentence, '16 млрд')).toBe('2022');
    expect(label(sentence, '20 млрд')).toBe('2023');
  });
});

describe('period stays undefined', () => {
  test.each([
    ['last year without a date', 'Last year trade with Kazakhstan reached $44 billion.', '$44 billion'],
    ['zh 去年 without a date', '去年中乌贸易额为140亿美元。', '140亿美元'],
    ['a comparison year is not the period', 'Exports rose 12% compared with 2021.', '12%'],
    [
      'since a year is a cumulative total',
      'Since 2009 the pipeline has carried 500 billion cubic metres of gas.',
      '500 billion',
    ],
    [
      'a year in a relative clause that closes before the figure',
      'Газопровод, первая нитка которого заработала в 2009 году, поставляет около 40 млрд кубометров.',
      'около 40 млрд кубометров',
    ],
    ['a date is not a period', 'On 17 June the leaders pledged $100 million.', '$100 million'],
    ['a decade is not a year', 'Trade has grown 50-fold since the 1990s.', '50-fold'],
    ['zh 截至 date', '截至3月23日，累计开行班列9000列。', '9000列'],
    ['zh a year of a later clause', '两国现有7个公路口岸，第三条跨境铁路预计2027年通车。', '7个'],
    [
      'zh a period of a later clause',
      '陆港区已有跨境电商企业1200多家，今年前三季度出口额增长超过50%。',
      '1200多家',
    ],
  ])('%s', (_name, sentence, figure) => {
    expect(label(sentence, figure)).toBeUndefined();
  });
});
