import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures';
import { expectFigures } from './helpers';

describe('periods', () => {
  it.each([
    ['In the first five months, trade grew 10.4%.', '10.4%', 'first five months'],
    ['今年1-5月，贸易额增长12%。', '12%', '今年1-5月'],
    ['前5个月进出口增长8%。', '8%', '前5个月'],
    ['今年前三季赴哈旅客年增逾一倍。', '逾一倍', '今年前三季'],
    ['第三季出口年增6.5%。', '6.5%', '第三季'],
    ['今年首11個月輸氣約372億立方米。', '約372億立方米', '今年首11個月'],
    ['首季對哈出口按年增長12%。', '12%', '首季'],
    ['首三季雙邊貿易額達310億美元。', '310億美元', '首三季'],
    ['9月份，对哈出口增长6.8%。', '6.8%', '9月份'],
    ['За 10 месяцев экспорт вырос на 7%.', '7%', 'За 10 месяцев'],
    ['In 2024, trade reached $94.8 billion.', '$94.8 billion', '2024'],
    ['2023年贸易额达410亿美元。', '410亿美元', '2023年'],
    ['Trade grew 9 percent in the first half of 2024.', '9 percent', 'first half of 2024'],
  ])('%s', (sentence, text, period) => {
    expectFigures(sentence, [{ text, period }]);
  });

  it('leaves 首 that opens a season or a first time without a period', () => {
    expectFigures('首季赛共有12支球队参加。', [{ text: '12支', period: undefined }]);
    expectFigures('首次签约项目达15个。', [{ text: '15个', period: undefined }]);
  });

  it("dates a comparison's base value by the base's own time, and nothing else by it", () => {
    expectFigures('截至2024年底，在乌中资企业达2,850家，较2020年的1,600余家增加近八成。', [
      { text: '2,850家', period: '2024年' },
      { text: '1,600余家', period: '2020年' },
      { text: '近八成', period: '2024年' },
    ]);
    expectFigures('2024年双边贸易额比2023年增长5.2%。', [{ text: '5.2%', period: '2024年' }]);
  });

  it('does not date a Chinese figure by a year in a later clause', () => {
    expectFigures('工厂目前雇用当地员工1,300余人，计划到2026年底增至3,000人。', [
      { text: '1,300余人', period: undefined },
      { text: '3,000人', period: '2026年' },
    ]);
    expectFigures('蒙内铁路全长约480公里，自2017年开通以来运营平稳。', [
      { text: '约480公里', period: undefined },
    ]);
  });

  it('still dates a figure by a year after it in its own clause', () => {
    expectFigures('贸易额达200亿美元（2024年）。', [{ text: '200亿美元', period: '2024年' }]);
    expectFigures('Trade reached $5 billion, up 9%, in 2024.', [
      { text: '$5 billion', period: '2024' },
      { text: '9%', period: '2024' },
    ]);
  });

  it('gives every figure of the sentence its period', () => {
    expectFigures('Exports rose 8% to $32 billion in the January-May period.', [
      { text: '8%', period: 'January-May' },
      { text: '$32 billion', period: 'January-May' },
    ]);
  });

  it('leaves a period that opens a later clause to that clause, when a year dates the figure before it', () => {
    expectFigures('2024年两国贸易额为355亿美元，增长4.1%，今年前9个月已达298亿美元。', [
      { text: '355亿美元', period: '2024年' },
      { text: '4.1%', period: '2024年' },
      { text: '298亿美元', period: '今年前9个月' },
    ]);
    expectFigures(
      'В 2024 году товарооборот составил 41 млрд долл., за 9 месяцев нынешнего года вырос до 33 млрд.',
      [
        { text: '41 млрд долл.', period: '2024 году' },
        { text: '33 млрд.', period: 'за 9 месяцев' },
      ],
    );
    expectFigures('Revenue in 2024 was $2.1 billion, or 15.2 billion yuan, in the first half.', [
      { text: '$2.1 billion', period: 'first half' },
      { text: '15.2 billion yuan', period: 'first half' },
    ]);
  });

  it('never dates a figure by the time it is compared with', () => {
    expectFigures('1—8月，全区出口增长6.4%，增速比1—7月回落0.4个百分点。', [
      { text: '6.4%', period: '1—8月' },
      { text: '0.4个百分点', period: '1—8月' },
    ]);
    expectFigures('Cargo volumes doubled compared with 2021.', [{ text: 'doubled', period: undefined }]);
    // A change measured "from" a time starts there; "from January to September" is a span of its own.
    expectFigures('Turnover hit $41 billion in 2024, a 5.3% gain from the previous year.', [
      { text: '$41 billion', period: '2024' },
      { text: '5.3%', period: '2024' },
    ]);
    expectFigures('Rail freight rose 9% from January to August.', [
      { text: '9%', period: 'January to August' },
    ]);
    expectFigures('В 1,4 раза больше, чем в 2021 году, когда показатель составлял 30 млрд долларов.', [
      { text: '1,4 раза', period: undefined },
      { text: '30 млрд долларов', period: '2021 году' },
    ]);
  });

  it('reads the quarters, halves and months of the business press as periods', () => {
    expectFigures('Net profit rose 14% in Q2 2025.', [{ text: '14%', period: 'Q2 2025' }]);
    expectFigures('Exports grew 9% in H1.', [{ text: '9%', period: 'H1' }]);
    expectFigures('In 9M2025 the port handled 2.1 million TEU.', [
      { text: '2.1 million TEU', period: '9M2025' },
    ]);
    expectFigures('В 4-м квартале экспорт вырос на 7%.', [{ text: '7%', period: 'В 4-м квартале' }]);
    // Nine million written "9M" stays a quantity.
    expectFigures('The port handled 9M tonnes.', [{ text: '9M tonnes', value: 9e6 }]);
    // H2 is also hydrogen: a half needs its year, or a preposition and the clause's end.
    expectFigures('The plant will make 2 million tonnes of green H2 a year.', [
      { text: '2 million tonnes', period: undefined },
    ]);
    expectFigures('They will invest in H2 production worth $2 billion.', [
      { text: '$2 billion', period: undefined },
    ]);
  });

  // "from" with a time is a base only in a change: data from a year dates its figures.
  it.each([
    ['According to data from 2024, trade reached $40 billion.', { '$40 billion': '2024' }],
    ['Trade came to about €730 billion, little changed from 2023.', { 'about €730 billion': undefined }],
    [
      'Kazakhstan drew investment from 25 countries in 2024, totalling $10 billion.',
      { '25 countries': '2024', '$10 billion': '2024' },
    ],
    [
      'Казахстан вложил 3 млрд долларов в проекты с 12 партнерами в 2024 году.',
      { '3 млрд долларов': '2024 году', '12 партнерами': '2024 году' },
    ],
    // A change whose level comes after its base: the base's time dates neither.
    [
      'Trade rose 6.1% from the previous year to $40 billion.',
      { '6.1%': undefined, '$40 billion': undefined },
    ],
  ] satisfies [string, Record<string, string | undefined>][])('%s', (sentence, periods) => {
    expectFigures(
      sentence,
      Object.entries(periods).map(([text, period]) => ({ text, period })),
    );
  });

  it('an opening quote after a comma does not end a quotation', () => {
    expectFigures('Exports hit $3 billion, “a record”, in Q1 2025.', [
      { text: '$3 billion', period: 'Q1 2025' },
    ]);
  });

  it('dates a figure by a whole span of years written with a dash', () => {
    expectFigures('Kazatomprom will ship 8,000 tonnes over 2027-2036.', [
      { text: '8,000 tonnes', period: '2027-2036' },
    ]);
    expectFigures('Exports may reach 12 million tonnes in the 2025-26 season.', [
      { text: '12 million tonnes', period: '2025-26' },
    ]);
    // A count glued after a year by a dash is no second year.
    expectFigures('In 2024-40 trains a month ran.', [{ text: '40 trains', period: '2024' }]);
  });

  it("dates the base a change starts from by its own year, and the change's target not by it", () => {
    expectFigures('They aim to lift trade to $25 billion from $17.1 billion in 2024.', [
      { text: '$25 billion', period: undefined },
      { text: '$17.1 billion', period: '2024' },
    ]);
    expectFigures('Импорт вырос до 6 млрд долларов против 5,1 млрд в 2023 году.', [
      { text: '6 млрд долларов', period: undefined },
      { text: '5,1 млрд', period: '2023 году' },
    ]);
    // A year after a figure that is no base still dates it.
    expectFigures('Exports reached $9 billion in 2024.', [{ text: '$9 billion', period: '2024' }]);
  });

  // A figure of a quotation takes no time from the narration after it; a name in quotes is no quotation.
  it.each([
    [
      '"We send 18 trains a day," the director said, adding that exports rose 6% in the first half.',
      undefined,
    ],
    ['«Мы приняли 90 поездов», — сказал он, отметив рост на 4% в первом полугодии.', undefined],
    ['Через «Алтынколь» прошло 9 тыс. поездов в первом полугодии.', 'в первом полугодии'],
  ])('dates the first figure of "%s" by %s', (sentence, period) => {
    expect(extractFigures(sentence)[0]?.period).toBe(period);
  });

  it('dates a figure by the year right after it before a period that dates the next figure', () => {
    expectFigures('Trade came to $88 billion in 2024 and $26 billion in the first quarter of 2025.', [
      { text: '$88 billion', period: '2024' },
      { text: '$26 billion', period: 'first quarter of 2025' },
    ]);
  });

  it('dates a figure by a year in its own clause rather than one of an earlier clause', () => {
    expectFigures('Bishkek added 900 hotel beds since 2021, and plans 4,000 more by 2027.', [
      { text: '900 hotel beds', period: '2021' },
      { text: '4,000', period: '2027' },
    ]);
    // A later clause's running total "since" a year dates none of an earlier clause's figures.
    expectFigures('Beijing lent $1.2 billion last year, lifting its loans since 2008 to $9 billion.', [
      { text: '$1.2 billion', period: undefined },
      { text: '$9 billion', period: '2008' },
    ]);
  });

  it('reads through the full stop of an abbreviation to the figures of the same sentence', () => {
    expectFigures('За 9 мес. 2025 г. экспорт зерна составил 6,1 млн т.', [
      { text: '6,1 млн т', period: 'За 9 мес.' },
    ]);
    expectFigures('Tashkent will buy $2 billion of U.S. aircraft over the next five years.', [
      { text: '$2 billion', period: 'next five years' },
    ]);
    expectFigures('ИФО составил 103,1% к уровню 2024 г.', [{ text: '103,1%', period: undefined }]);
  });

  // A year further on, after other words, still leaves the figure to the year before it (the last case).
  it.each([
    ['Turnover rose to $31.2 billion in 2023 and to roughly $36 billion in 2024.', ['2023', '2024']],
    ['Экспорт в 2023 году составил 12 млрд долларов, а 14 млрд в 2024 году.', ['2023 году', '2024 году']],
    ['In 2023 the port handled 8 million tonnes, more than planned for 2030.', ['2023']],
  ])('gives each figure of "%s" the year written right after it', (sentence, periods) => {
    expect(extractFigures(sentence).map((figure) => figure.period)).toEqual(periods);
  });

  // A time before the aside still dates the figure after it (the last case).
  it.each([
    [
      'Газопровод, первая нитка которого была запущена в 2009 году, поставляет около 40 млрд кубометров.',
      [undefined],
    ],
    ['The Khorgos dry port, which opened in 2015, handled 520,000 TEU.', [undefined]],
    ['In 2024, the port, which has 12 cranes, handled 520,000 TEU.', ['2024', '2024']],
  ])(
    'takes no time from a relative clause between commas that closes before the figure: "%s"',
    (sentence, periods) => {
      expect(extractFigures(sentence).map((figure) => figure.period)).toEqual(periods);
    },
  );

  it('reads a Russian year written without "году" ("в 2020-м") as a time, not an ordinal', () => {
    expectFigures('Товарооборот достиг $41 млрд против $26 млрд в 2020-м.', [
      { text: '$41 млрд', period: undefined },
      { text: '$26 млрд', period: '2020-м' },
    ]);
    expectFigures('В 2021-м в регион ушли 420 поездов.', [{ text: '420 поездов', period: '2021-м' }]);
    // An ordinal that is not a year stays out of the figures and dates nothing.
    expectFigures('Это 2020-й рейс, на борту 180 пассажиров.', [
      { text: '180 пассажиров', period: undefined },
    ]);
  });

  it('takes the period from the same sentence only', () => {
    const figures = extractFigures('In 2022, trade fell. Exports grew 5%.');
    expect(figures).toHaveLength(1);
    expect(figures[0]?.period).toBeUndefined();
  });
});

describe('conversions', () => {
  it('links an amount in brackets to the amount it converts', () => {
    const figures = extractFigures('Trade was 173.05 billion yuan ($24.8 billion) in four months.');
    expect(figures.map((figure) => [figure.text, figure.value, figure.unit, figure.conversionOf])).toEqual([
      ['173.05 billion yuan', 173.05e9, 'CNY', undefined],
      ['$24.8 billion', 24.8e9, 'USD', 0],
    ]);
  });

  it('links a Chinese conversion with 约合', () => {
    const figures = extractFigures('投资948亿美元（约合6800亿元人民币）。');
    expect(figures.map((figure) => [figure.value, figure.unit, figure.conversionOf])).toEqual([
      [94.8e9, 'USD', undefined],
      [680e9, 'CNY', 0],
    ]);
  });

  it.each([
    ['货值近2900亿元人民币（折合约405亿美元）。', '折合约405亿美元'],
    ['承包工程营业额1.8亿美元，折合约13亿元人民币。', '折合约13亿元人民币'],
    ['援助資金2億美元（折合約15.6億港元）。', '折合約15.6億港元'],
    ['项目投资2.4亿美元，折合人民币约17亿元。', '约17亿元'],
  ])('links a conversion written 折合约 or with the currency named first: %s', (sentence, text) => {
    const figures = extractFigures(sentence);
    expect(figures.map((figure) => [figure.text, figure.approx, figure.conversionOf])).toEqual([
      [figures[0]?.text, figures[0]?.approx, undefined],
      [text, 'about', 0],
    ]);
  });

  it('does not take 合约 (a contract) for a conversion, nor a currency named as a loan', () => {
    expect(extractFigures('签订合约2000万美元，另付800万元。').map((figure) => figure.conversionOf)).toEqual([
      undefined,
      undefined,
    ]);
    expect(extractFigures('出口3亿美元，人民币贷款约20亿元。')[1]?.conversionOf).toBeUndefined();
  });

  it('links "or about" and Russian brackets', () => {
    expect(extractFigures('RMB 50 billion, or about US$7 billion')[1]?.conversionOf).toBe(0);
    expect(extractFigures('50 млрд рублей (около $600 млн)')[1]?.conversionOf).toBe(0);
  });

  it('does not link two amounts in the same currency or a plain list', () => {
    expect(
      extractFigures('Exports were $5 billion ($4 billion a year earlier).')[1]?.conversionOf,
    ).toBeUndefined();
    expect(
      extractFigures('Kazakhstan got $5 billion, Uzbekistan €4 billion.')[1]?.conversionOf,
    ).toBeUndefined();
  });
});
