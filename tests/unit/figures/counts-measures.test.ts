import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures';
import type { Approx } from '../../../lib/figures/types';
import { expectFigures, expectNoFigures } from './helpers';

describe('counts with their nouns', () => {
  it.each([
    ['Last year 16,400 trains crossed the border.', '16,400 trains', 16_400, 'trains'],
    ['The depot received 55 containers.', '55 containers', 55, 'containers'],
    [
      'It set up 14 ministerial cooperation platforms.',
      '14 ministerial cooperation platforms',
      14,
      'platforms',
    ],
    ['Five new routes opened in May.', 'Five new routes', 5, 'routes'],
    ['Officials counted 2 million tourists.', '2 million tourists', 2e6, 'tourists'],
    ['The quake displaced 300 people.', '300 people', 300, 'people'],
    ['共签署12份文件。', '12份', 12, '份'],
    ['成果清单多达110项。', '110项', 110, '项'],
    ['有14个部级平台。', '14个', 14, '个'],
    ['开行班列1.7万列。', '1.7万列', 17_000, '列'],
    ['每年接待游客500万人次。', '500万人次', 5e6, '人次'],
    ['两国间每周航班达到38班次。', '38班次', 38, '班次'],
    ['每周往返航班约60班。', '约60班', 60, '班'],
    ['共有30多国参加。', '30多国', 30, '国'],
    ['全年发运粮食约12万车皮。', '约12万车皮', 120_000, '车皮'],
    ['口岸日均交接2,300車皮。', '2,300車皮', 2300, '車皮'],
    ['当月装运煤炭5000车厢。', '5000车厢', 5000, '车厢'],
    ['Прибыло 55 вагонов.', '55 вагонов', 55, 'вагонов'],
    ['Открыто 12 новых маршрутов.', '12 новых маршрутов', 12, 'маршрутов'],
    [
      'В марте пустят 18 новых регулярных контейнерных поездов.',
      '18 новых регулярных контейнерных поездов',
      18,
      'поездов',
    ],
    ['Создано 3 тыс. рабочих мест.', '3 тыс. рабочих мест', 3000, 'мест'],
    ['Пять новых линий открыты.', 'Пять новых линий', 5, 'линий'],
    [
      'The sides signed twelve energy and infrastructure agreements.',
      'twelve energy and infrastructure agreements',
      12,
      'agreements',
    ],
    ['Lenders back 18 road and rail links.', '18 road and rail links', 18, 'links'],
    ['The firm drilled 9 gas wells last year.', '9 gas wells', 9, 'wells'],
    ['Some 7,000 such trains ran.', 'Some 7,000 such trains', 7000, 'trains'],
    ['Talks drew 12 other countries.', '12 other countries', 12, 'countries'],
    ['Прибыли триста двадцать пять вагонов.', 'триста двадцать пять вагонов', 325, 'вагонов'],
    ['Открыто семнадцать филиалов.', 'семнадцать филиалов', 17, 'филиалов'],
    ['В парке работают порядка двухсот компаний.', 'порядка двухсот компаний', 200, 'компаний'],
    ['Создано свыше ста предприятий.', 'свыше ста предприятий', 100, 'предприятий'],
    ['Заказано восемьсот сорок вагонов.', 'восемьсот сорок вагонов', 840, 'вагонов'],
    ['В зоне работают более десятка китайских фабрик.', 'более десятка китайских фабрик', 10, 'фабрик'],
    ['На границе стояла почти сотня фур.', 'почти сотня фур', 100, 'фур'],
  ])('%s', (sentence, text, value, noun) => {
    expectFigures(sentence, [{ text, value, unit: 'count', kind: 'count', noun }]);
  });

  it('reads past three adjectives to the noun, and no further', () => {
    expectFigures('Построено 7 новых больших современных складских комплексов.', [
      { text: '7 новых больших современных складских', noun: 'складских' },
    ]);
  });

  // A bare sum after a sum, with no count named, keeps the currency (the last case).
  it.each([
    [
      'Китайские фирмы вложили $2,1 млрд, а число совместных предприятий превысило 1,2 тыс.',
      ['USD', 'count'],
    ],
    ['Investment hit $3 billion, and the number of joint ventures rose to 1.2 thousand.', ['USD', 'count']],
    ['Инвестиции составили $2 млрд, а объем торговли превысил 5 млрд.', ['USD', 'USD']],
  ])('counts the scaled level a named count reaches after a sum: "%s"', (sentence, units) => {
    expect(extractFigures(sentence).map((figure) => figure.unit)).toEqual(units);
  });

  it('takes no noun in the nominative plural after a scale word: it opens the next clause', () => {
    expectFigures('Разрыв в 13,5 млрд эксперты объясняют реэкспортом.', [{ text: '13,5 млрд' }]);
    // After a scale word a genitive plural still counts, and so does "3 машины" with no scale word.
    expectFigures('Ввезено 61 тыс. машин, 3 машины и 1,2 млн туристов.', [
      { text: '61 тыс. машин', noun: 'машин' },
      { text: '3 машины', noun: 'машины' },
      { text: '1,2 млн туристов', noun: 'туристов' },
    ]);
  });

  it('reads vague English orders of magnitude as bounded counts', () => {
    expectFigures('Hundreds of firms joined.', [
      { text: 'Hundreds', value: 100, approx: 'over', unit: 'count' },
    ]);
  });

  it.each([
    'The five Central Asian leaders met in Xi’an.',
    'The two sides agreed to deepen ties.',
    'All five countries backed the plan.',
    'Xi welcomed five Central Asian presidents to Astana.',
    'Three foreign ministers held talks in Tashkent.',
    '两国元首出席仪式，中亚五国和六国代表参加。',
    '两名工作人员在拍照。',
    'One of the largest projects opened.',
    'The ministers met for 2 days in June.',
    'Talks lasted 31 years after ties were set up.',
  ])('does not count a named set, a trivial one or a duration: %s', (sentence) => {
    expectNoFigures(sentence);
  });

  it('still counts the companies, projects and countries a sentence lists in words', () => {
    expectFigures('Four Chinese companies will build five plants.', [
      { text: 'Four Chinese companies', value: 4 },
      { text: 'five plants', value: 5 },
    ]);
    expectFigures('Trains from Xi’an now reach seven countries.', [{ text: 'seven countries', value: 7 }]);
  });

  it('does not count a bare number without unit or noun', () => {
    expectNoFigures('The score was 15 and the index 2024 rose.');
  });
});

const MEASURES: [string, string, number, string, Approx][] = [
  ['They share a border of 3000多公里.', '3000多公里', 3e6, 'm', 'over'],
  ['The line is 523 km long.', '523 km', 523e3, 'm', 'none'],
  ['A 2,000-km pipeline was laid.', '2,000-km', 2e6, 'm', 'none'],
  ['Трасса длиной 1200 км.', '1200 км', 1.2e6, 'm', 'none'],
  ['Chinese track uses the 1,435 mm standard gauge.', '1,435 mm', 1.435, 'm', 'none'],
  ['Диаметр трубы 1219 мм.', '1219 мм', 1.219, 'm', 'none'],
  ['钢轨轨距为1435毫米。', '1435毫米', 1.435, 'm', 'none'],
  ['The rail is 12 cm wider.', '12 cm', 0.12, 'm', 'none'],
  ['Trains will run at 120 kilometres per hour.', '120 kilometres per hour', 120, 'km_per_hour', 'none'],
  ['Скорость до 160 км/ч.', 'до 160 км/ч', 160, 'km_per_hour', 'under'],
  ['设计时速120公里每小时。', '120公里每小时', 120, 'km_per_hour', 'none'],
  ['全长约300千米。', '约300千米', 3e5, 'm', 'about'],
  ['橋梁全長1,200公尺。', '1,200公尺', 1200, 'm', 'none'],
  ['年輸氣量逾400億立方公尺。', '逾400億立方公尺', 4e10, 'cubic_metre', 'over'],
  ['廠房面積3萬平方公尺。', '3萬平方公尺', 3e4, 'square_metre', 'none'],
  ['We shipped 30 tonnes of cotton.', '30 tonnes', 30, 'tonne', 'none'],
  ['货运量5000万吨。', '5000万吨', 5e7, 'tonne', 'none'],
  ['Перевезено 15 млн тонн.', '15 млн тонн', 1.5e7, 'tonne', 'none'],
  ['Supplies reached 40 billion cubic metres.', '40 billion cubic metres', 4e10, 'cubic_metre', 'none'],
  ['输气400亿立方米。', '400亿立方米', 4e10, 'cubic_metre', 'none'],
  ['Поставлено 30 млрд кубометров газа.', '30 млрд кубометров', 3e10, 'cubic_metre', 'none'],
  ['The port moved 1.2 million TEU.', '1.2 million TEU', 1.2e6, 'teu', 'none'],
  ['吞吐量120万标箱。', '120万标箱', 1.2e6, 'teu', 'none'],
  // With the counter 個 before it, in traditional characters too; 個 alone before another noun stays a count.
  ['該企業今年已安排約300個標箱出口中亞。', '約300個標箱', 300, 'teu', 'about'],
  ['共發運1,260个标箱。', '1,260个标箱', 1260, 'teu', 'none'],
  ['Перевалка 2,5 млн ДФЭ.', '2,5 млн ДФЭ', 2.5e6, 'teu', 'none'],
  ['The plant will produce 100 MW.', '100 MW', 1e8, 'watt', 'none'],
  ['They will build a 1.2-gigawatt solar park.', '1.2-gigawatt', 1.2e9, 'watt', 'none'],
  ['Each turbine is rated at 1 megawatt.', '1 megawatt', 1e6, 'watt', 'none'],
  [
    'It will make 1.1 billion kilowatt-hours a year.',
    '1.1 billion kilowatt-hours',
    1.1e12,
    'watt_hour',
    'none',
  ],
  ['Output reached 3.5 terawatt hours.', '3.5 terawatt hours', 3.5e12, 'watt_hour', 'none'],
  ['Накопитель рассчитан на 4 ГВт·ч энергии.', '4 ГВт·ч', 4e9, 'watt_hour', 'none'],
  ['Станция выдаст 250 МВт⋅ч в сутки.', '250 МВт⋅ч', 2.5e8, 'watt_hour', 'none'],
  ['ГЭС вырабатывает 3 ТВтч в год.', '3 ТВтч', 3e12, 'watt_hour', 'none'],
  ['Выработка составила 7 гигаватт-часов.', '7 гигаватт-часов', 7e9, 'watt_hour', 'none'],
  ['Мощность парка — 900 мегаватт.', '900 мегаватт', 9e8, 'watt', 'none'],
  ['Терминал рассчитан на 300 тыс. ТЭУ.', '300 тыс. ТЭУ', 3e5, 'teu', 'none'],
  // Freight turnover in tonne-kilometres, not tonnes.
  ['KTZ logged 190 billion tonne-km of freight.', '190 billion tonne-km', 1.9e11, 'tonne_km', 'none'],
  ['Грузооборот достиг 201,4 млрд тонно-км.', '201,4 млрд тонно-км', 2.014e11, 'tonne_km', 'none'],
  ['Грузооборот – 3,8 млрд ткм.', '3,8 млрд ткм', 3.8e9, 'tonne_km', 'none'],
  // TEU written out in full is TEU; containers alone stay a count.
  [
    'The dry port moved 540,000 twenty-foot equivalent units.',
    '540,000 twenty-foot equivalent units',
    5.4e5,
    'teu',
    'none',
  ],
  [
    'Отправлено 96 тыс. контейнеров в двадцатифутовом эквиваленте.',
    '96 тыс. контейнеров в двадцатифутовом эквиваленте',
    9.6e4,
    'teu',
    'none',
  ],
  [
    'Через порт прошло 2,1 млн контейнеров в 20-футовом эквиваленте.',
    '2,1 млн контейнеров в 20-футовом эквиваленте',
    2.1e6,
    'teu',
    'none',
  ],
  ['It is a 5.28-square-kilometre free zone.', '5.28-square-kilometre', 5.28e6, 'square_metre', 'none'],
  ['Территория страны — 2 724 900 км².', '2 724 900 км²', 2.7249e12, 'square_metre', 'none'],
  ['Построен склад на 12 тыс. м².', '12 тыс. м²', 1.2e4, 'square_metre', 'none'],
  // The energy press writes a million tonnes as mt; after a scale, or in capitals, MT is a metric tonne.
  ['Oil sent east reached 1.4 mt.', '1.4 mt', 1.4e6, 'tonne', 'none'],
  ['The LNG plant will make 2.6 Mt a year.', '2.6 Mt', 2.6e6, 'tonne', 'none'],
  ['Traders booked 1.3 million mt of barley.', '1.3 million mt', 1.3e6, 'tonne', 'none'],
  ['The mill took 450 MT of cotton.', '450 MT', 450, 'tonne', 'none'],
  // Oil output is a flow in barrels a day; a mu is the Chinese land measure in English too.
  ['Tengiz pumped 700,000 b/d in May.', '700,000 b/d', 7e5, 'barrel_per_day', 'none'],
  ['Kashagan added 1.1 million barrels a day.', '1.1 million barrels a day', 1.1e6, 'barrel_per_day', 'none'],
  ['Добыча — 1,9 млн баррелей в сутки.', '1,9 млн баррелей в сутки', 1.9e6, 'barrel_per_day', 'none'],
  ['Growers planted 3.4 million mu of cotton.', '3.4 million mu', 3.4e6, 'mu', 'none'],
  // An acre is an area (a hectare is 2.471 acres), not a counted noun.
  ['The park covers 556 acres near the border.', '556 acres', 225.005217, 'hectare', 'none'],
  ['该园区占地1200英亩。', '1200英亩', 485.622771, 'hectare', 'none'],
  ['Ферма занимает 300 акров.', '300 акров', 121.405693, 'hectare', 'none'],
  // A centner is 100 kg; a yield is in tonnes per hectare, however it is written.
  ['Элеваторы приняли 8 млн центнеров ячменя.', '8 млн центнеров', 8e5, 'tonne', 'none'],
  ['Средняя урожайность — 13,6 ц/га.', '13,6 ц/га', 1.36, 'tonne_per_hectare', 'none'],
  ['Собрали 18 центнеров с гектара.', '18 центнеров с гектара', 1.8, 'tonne_per_hectare', 'none'],
  ['Irrigated plots gave 4.5 t/ha of rice.', '4.5 t/ha', 4.5, 'tonne_per_hectare', 'none'],
  // Litres are a unit of their own (milk, juice, fuel are no gas volume); a US gallon is 3.785 litres.
  ['The dairy sold 1.8M litres of milk.', '1.8M litres', 1.8e6, 'litre', 'none'],
  ['Its tanks hold 40 million liters.', '40 million liters', 4e7, 'litre', 'none'],
  ['Хозяйство надоило 3,2 млн литров молока.', '3,2 млн литров', 3.2e6, 'litre', 'none'],
  ['Цистерна вмещает 60 тыс. л.', '60 тыс. л', 6e4, 'litre', 'none'],
  ['该厂每天灌装果汁8000升。', '8000升', 8000, 'litre', 'none'],
  ['油罐容量為5萬公升。', '5萬公升', 5e4, 'litre', 'none'],
  ['Each bottle holds 500 ml.', '500 ml', 0.5, 'litre', 'none'],
  ['Each drum holds 55 gallons.', '55 gallons', 208.19764812, 'litre', 'none'],
  // A pound of weight is 0.4536 kg; "lbs" is never money.
  ['The mine shipped 12 million lbs of U3O8.', '12 million lbs', 5443108.44, 'kg', 'none'],
  // A troy ounce of gold or silver is 31.1 g; an ounce in news of metals is a troy ounce.
  ['The refinery pours 1.5 million troy ounces.', '1.5 million troy ounces', 46655.2152, 'kg', 'none'],
  ['Рудник дал 120 тыс. тройских унций золота.', '120 тыс. тройских унций', 3732.417216, 'kg', 'none'],
  ['The deposit holds about 4 million oz of gold.', 'about 4 million oz', 124413.9072, 'kg', 'about'],
  // "m" before a word of size is metres; before other words a million (below).
  ['Torugart: 3,752 m above sea level.', '3,752 m', 3752, 'm', 'none'],
  ['The new mast is 120 m high.', '120 m', 120, 'm', 'none'],
];

describe('measures', () => {
  it.each(MEASURES)('%s', (sentence, text, value, unit, approx) => {
    expectFigures(sentence, [{ text, value, unit, kind: 'measure', approx }]);
  });
});

describe('"m" before other words', () => {
  it('is no metre', () => {
    expect(
      extractFigures('The firm raised 300 m in bonds; a 300 m bridge.').filter((f) => f.unit === 'm'),
    ).toEqual([]);
  });
});

describe('containers without the words of TEU', () => {
  it.each([
    ['Отправлено 96 тыс. контейнеров в Европу.', '96 тыс. контейнеров'],
    ['The yard stacked 3,000 twenty-foot boxes.', '3,000 twenty-foot boxes'],
  ])('stay a count: %s', (sentence, text) => {
    expectFigures(sentence, [{ text, unit: 'count', kind: 'count' }]);
  });
});

describe('litres beside the words that share their letters', () => {
  it.each([
    ['reads 升 before 至 or 到 as the verb "rise"', '日均装车由80升至95车，运价由2升到3元。'],
    ['reads "л. с." as horsepower', 'Мощность двигателя — 150 л. с.'],
  ])('%s, not a litre', (_, sentence) => {
    expect(extractFigures(sentence).filter((figure) => figure.unit === 'litre')).toEqual([]);
  });
});
