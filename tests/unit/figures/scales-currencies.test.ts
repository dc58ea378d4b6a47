import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures';
import { type Expected, expectFigures, expectNoFigures } from './helpers';

describe('scales', () => {
  it.each([
    ['The fund raised 3 thousand dollars.', '3 thousand dollars', 3e3, 'USD'],
    ['Imports hit 2.4 million dollars.', '2.4 million dollars', 2.4e6, 'USD'],
    ['Loans reached $7.5 billion last quarter.', '$7.5 billion', 7.5e9, 'USD'],
    ['Assets grew to $1.2 trillion.', '$1.2 trillion', 1.2e12, 'USD'],
    ['The deal is worth $3bn, analysts say.', '$3bn', 3e9, 'USD'],
    ['A grant of $40mn arrived.', '$40mn', 40e6, 'USD'],
    ['A £5m upgrade was approved.', '£5m', 5e6, 'GBP'],
    ['投资5万元建设。', '5万元', 5e4, 'CNY'],
    ['规模达3亿美元。', '3亿美元', 3e8, 'USD'],
    ['总额2万亿元。', '2万亿元', 2e12, 'CNY'],
    ['贸易额首次超过千亿美元。', '超过千亿美元', 1e11, 'USD'],
    ['预计形成百亿元级产业。', '百亿元', 1e10, 'CNY'],
    ['吸引投资1000余万元。', '1000余万元', 1e7, 'CNY'],
    ['Вложено 15 тыс. рублей.', '15 тыс. рублей', 15e3, 'RUB'],
    ['Проект стоит 4,7 млн долларов.', '4,7 млн долларов', 4.7e6, 'USD'],
    ['Экспорт составил 12 млрд долл. США.', '12 млрд долл. США', 12e9, 'USD'],
    ['ВВП превысил 1,2 трлн рублей.', '1,2 трлн рублей', 1.2e12, 'RUB'],
  ])('%s', (sentence, text, value, unit) => {
    expectFigures(sentence, [{ text, value, unit, kind: 'money' }]);
  });

  it('gives a round 千亿 an approximate reading', () => {
    expectFigures('双边贸易额首破千亿美元。', [
      { text: '首破千亿美元', value: 1e11, unit: 'USD', approx: 'over' },
    ]);
  });

  it('reads a bare scaled amount in a money sentence as money of unknown currency', () => {
    expectFigures('Bilateral trade has surpassed 100 billion this year.', [
      { text: '100 billion', value: 1e11, unit: 'XXX', kind: 'money', approx: 'over' },
    ]);
  });

  it('lends a bare scaled amount the currency of an earlier amount on the same line', () => {
    expectFigures('Exports were $3 billion and imports 2.5 billion.', [
      { text: '$3 billion', value: 3e9, unit: 'USD' },
      { text: '2.5 billion', value: 2.5e9, unit: 'USD' },
    ]);
  });

  it('lends a bare scaled amount listed after a sum in the same sentence that sum’s currency', () => {
    expectFigures('На втором месте Россия — 201,3 млн долларов, на третьем Казахстан с 96 млн.', [
      { text: '201,3 млн долларов', value: 201.3e6, unit: 'USD' },
      { text: '96 млн.', value: 96e6, unit: 'USD', kind: 'money' },
    ]);
    expectFigures('Kazakhstan accounted for $43.8 billion, followed by Kyrgyzstan at 22.7 billion.', [
      { text: '$43.8 billion', value: 43.8e9, unit: 'USD' },
      { text: '22.7 billion', value: 22.7e9, unit: 'USD', kind: 'money' },
    ]);
    expectFigures('哈萨克斯坦占329亿美元，吉尔吉斯斯坦约110亿。', [
      { text: '329亿美元', value: 329e8, unit: 'USD' },
      { text: '约110亿', value: 110e8, unit: 'USD', kind: 'money' },
    ]);
  });

  // A bare scaled amount takes the unit of a measure before it in its sentence (outside a money sentence), or the
  // currency of the sum listed right after it; never a converted measure's (km), a population's, or across a
  // sentence end.
  it.each<[string, Expected, Expected]>([
    [
      'Новая нитка мощностью 25 млрд куб. м позволит поднять ее до 80 млрд.',
      { text: '25 млрд куб. м', unit: 'cubic_metre' },
      { text: '80 млрд.', value: 8e10, unit: 'cubic_metre', kind: 'measure' },
    ],
    [
      'Kazakhstan shipped 2 million tonnes of barley, and Russia 35 million.',
      { text: '2 million tonnes', unit: 'tonne' },
      { text: '35 million', value: 3.5e7, unit: 'tonne', kind: 'measure' },
    ],
    [
      'Экспорт составил 2 млн тонн на 1,4 млрд.',
      { text: '2 млн тонн', unit: 'tonne' },
      { text: '1,4 млрд.', kind: 'money' },
    ],
    [
      'The corridor is 300 km long and serves 2 million residents.',
      { text: '300 km', unit: 'm' },
      { text: '2 million residents', unit: 'count' },
    ],
    [
      'Экспорт КНР в Таджикистан достиг 3,6 миллиарда, импорт — около 290 миллионов долларов.',
      { text: '3,6 миллиарда', value: 3.6e9, unit: 'USD', kind: 'money' },
      { text: 'около 290 миллионов долларов', value: 2.9e8, unit: 'USD' },
    ],
    [
      'Chinese exports hit 3.6 billion and imports 290 million dollars.',
      { text: '3.6 billion', unit: 'USD' },
      { text: '290 million dollars', unit: 'USD' },
    ],
    [
      'Экспорт достиг 3,6 миллиарда. Импорт составил 290 миллионов долларов.',
      { text: '3,6 миллиарда', unit: 'XXX' },
      { text: '290 миллионов долларов', unit: 'USD' },
    ],
  ])('lends a bare scaled amount the unit its sentence gives it: %s', (sentence, first, second) => {
    expectFigures(sentence, [first, second]);
  });

  it('does not lend a currency across a sentence end, to a counted noun or to a population', () => {
    expectFigures('The loan of $2 billion created 3 million jobs; the city has 2 million residents.', [
      { text: '$2 billion', value: 2e9, unit: 'USD' },
      { text: '3 million jobs', value: 3e6, unit: 'count' },
      { text: '2 million residents', value: 2e6, unit: 'count' },
    ]);
    expectFigures('Kazakhstan took $43.8 billion. Kyrgyzstan took 22.7 billion.', [
      { text: '$43.8 billion', value: 43.8e9, unit: 'USD' },
      { text: '22.7 billion', value: 22.7e9, unit: 'count' },
    ]);
  });

  it('lends a bare scaled amount the unit of the sentence before when its own sentence only looks back', () => {
    expectFigures('Вложения Китая составили 6,1 млрд долларов. Годом ранее показатель был 3,9 млрд.', [
      { text: '6,1 млрд долларов', unit: 'USD' },
      { text: '3,9 млрд.', value: 3.9e9, unit: 'USD', kind: 'money' },
    ]);
    expectFigures('Pipeline deliveries reached 41 billion cubic metres. A year earlier, it was 39 billion.', [
      { text: '41 billion cubic metres', unit: 'cubic_metre' },
      { text: '39 billion', value: 3.9e10, unit: 'cubic_metre', kind: 'measure' },
    ]);
    // A sentence that names what it counts, or stands two sentences away, keeps its own reading.
    expectFigures('Exports hit $5 billion. A year earlier, 3 million tourists came.', [
      { text: '$5 billion', unit: 'USD' },
      { text: '3 million tourists', unit: 'count' },
    ]);
    expectFigures('Экспорт — 5 млрд долларов. Туристов стало больше. Годом ранее показатель был 4 млрд.', [
      { text: '5 млрд долларов', unit: 'USD' },
      { text: '4 млрд.', unit: 'count' },
    ]);
  });

  it.each([
    [
      'Лидирует Казахстан — 43,8 млрд долларов. Следом идут Киргизия (22,7 млрд) и Узбекистан (около 13 млрд).',
      ['USD', 'USD', 'USD'],
    ],
    [
      'Kazakhstan leads with $43.8 billion. Next come Kyrgyzstan (22.7 billion) and Uzbekistan (13 billion).',
      ['USD', 'USD', 'USD'],
    ],
    // Brackets after a word that opens the sentence, or two sentences away, lend nothing.
    ['Экспорт — 5 млрд долларов. Туристы (2 млн) приехали в Ташкент.', ['USD', 'count']],
    [
      'Exports hit $5 billion. Rail traffic grew. Next come Kyrgyzstan (22.7 billion) and Uzbekistan.',
      ['USD', 'count'],
    ],
  ])(
    'lends amounts alone in brackets after names the currency of the sentence before: "%s"',
    (text, units) => {
      expect(extractFigures(text).map((figure) => figure.unit)).toEqual(units);
    },
  );

  it('ends a scale abbreviation at its period when the next sentence starts after it', () => {
    expectFigures(
      'Экспорт в КНР достиг 1,9 млрд долл., импорт — 8,8 млрд. Китай остаётся главным партнёром.',
      [
        { text: '1,9 млрд долл.', value: 1.9e9, unit: 'USD' },
        { text: '8,8 млрд', value: 8.8e9, unit: 'USD', kind: 'money' },
      ],
    );
    expectFigures('Построено 12 тыс. В мае открыто ещё 3 тыс. жилых домов.', [
      { text: '12 тыс', value: 12e3, unit: 'count' },
      { text: '3 тыс. жилых домов', value: 3e3, unit: 'count' },
    ]);
    expectFigures('Через Алтынколь прошло 312 тыс. ДФЭ.', [
      { text: '312 тыс. ДФЭ', value: 312e3, unit: 'teu' },
    ]);
  });

  it('reads the Russian-style abbreviations Central Asian outlets use in English', () => {
    expectFigures('The budget foresees spending of 25.3 trln tenge.', [
      { text: '25.3 trln tenge', value: 25.3e12, unit: 'KZT' },
    ]);
    expectFigures('Banks lent 4.2 tln soums to Chinese joint ventures.', [
      { text: '4.2 tln soums', value: 4.2e12, unit: 'UZS' },
    ]);
    expectFigures('Exports reached 1.7 mlrd dollars.', [
      { text: '1.7 mlrd dollars', value: 1.7e9, unit: 'USD' },
    ]);
    // Not inside a word.
    expectNoFigures('Route 5 runs past the Tlnova depot.');
  });

  it('reads a bare scaled population as a count', () => {
    expectFigures('The country has a population of 20 million.', [
      { text: '20 million', value: 2e7, unit: 'count' },
    ]);
  });
});

describe('a capital M or B glued to digits', () => {
  it.each([
    ['Altynkol handled 4M tonnes of cargo.', '4M tonnes', 4e6, 'tonne'],
    ['Dostyk moved 1.8M TEU in 2024.', '1.8M TEU', 1.8e6, 'teu'],
    ['The line carried 3B passengers.', '3B passengers', 3e9, 'count'],
    ['Investment in the corridor reached 2.4B.', '2.4B', 2.4e9, 'XXX'],
  ])('scales its number: %s', (sentence, text, value, unit) => {
    expectFigures(sentence, [{ text, value, unit }]);
  });

  it.each([
    'Gate 3B is closed.',
    'Take vitamin B12 daily.',
    'She bought a 2B pencil.',
    'The new 4K cameras arrived.',
    'Residents ran a 10K race.',
    'The 3M plant reopened.',
  ])('is no scale in a label, a name or a grade: %s', (sentence) => expectNoFigures(sentence));
});

describe('currencies', () => {
  it.each([
    ['The grant was $200 for each pupil.', '$200', 200, 'USD'],
    ['Costs rose to US$15 million.', 'US$15 million', 15e6, 'USD'],
    ['The bank lent USD 4.7 billion.', 'USD 4.7 billion', 4.7e9, 'USD'],
    ['The bank lent 4.7 billion USD.', '4.7 billion USD', 4.7e9, 'USD'],
    ['A loan of 30 million US dollars was signed.', '30 million US dollars', 30e6, 'USD'],
    ['Tickets cost 80 yuan each.', '80 yuan', 80, 'CNY'],
    ['Investment of RMB 12 billion.', 'RMB 12 billion', 12e9, 'CNY'],
    // Outlets in Kazakhstan write tenge as "Tg" before the amount.
    ['The budget allots Tg 500 billion to roads.', 'Tg 500 billion', 5e11, 'KZT'],
    ['The bank lent Rmb8bn.', 'Rmb8bn', 8e9, 'CNY'],
    ['It is a 4.7-billion-dollar railway.', '4.7-billion-dollar', 4.7e9, 'USD'],
    ['They opened a 300-million-yuan park.', '300-million-yuan', 3e8, 'CNY'],
    ['It raised Rmb 2.5bn.', 'Rmb 2.5bn', 2.5e9, 'CNY'],
    ['Revenue of CNY 3.2 billion.', 'CNY 3.2 billion', 3.2e9, 'CNY'],
    ['Fees of 500 renminbi apply.', '500 renminbi', 500, 'CNY'],
    ['人民币5000亿元用于基建。', '人民币5000亿元', 5e11, 'CNY'],
    ['票价50元。', '50元', 50, 'CNY'],
    ['资金80亿港元到位。', '80亿港元', 8e9, 'HKD'],
    ['The museum got €2 million.', '€2 million', 2e6, 'EUR'],
    ['A fine of 900 euros was paid.', '900 euros', 900, 'EUR'],
    ['欧洲投资10亿欧元。', '10亿欧元', 1e9, 'EUR'],
    ['Билет стоит 500 ₽.', '500 ₽', 500, 'RUB'],
    ['Зарплата — 90 тысяч рублей.', '90 тысяч рублей', 9e4, 'RUB'],
    ['Farmers earned 40 billion tenge.', '40 billion tenge', 40e9, 'KZT'],
    ['投资200亿坚戈。', '200亿坚戈', 2e10, 'KZT'],
    ['Выделено 12 млрд тенге.', '12 млрд тенге', 12e9, 'KZT'],
    ['Bishkek spent 3 billion som on roads.', '3 billion som', 3e9, 'KGS'],
    ['预算为50亿索姆。', '50亿索姆', 5e9, 'KGS'],
    ['Выделено 800 млн сомов.', '800 млн сомов', 8e8, 'KGS'],
    ['Tashkent raised 2.5 trillion sum.', '2.5 trillion sum', 2.5e12, 'UZS'],
    ['金额为3万亿苏姆。', '3万亿苏姆', 3e12, 'UZS'],
    ['Привлечено 5 трлн сумов.', '5 трлн сумов', 5e12, 'UZS'],
    ['Dushanbe allotted 300 million somoni.', '300 million somoni', 3e8, 'TJS'],
    ['Ashgabat set aside 1.2 billion manat.', '1.2 billion manat', 1.2e9, 'TMT'],
    ['The fund holds 7 trillion Kazakh tenge.', '7 trillion Kazakh tenge', 7e12, 'KZT'],
    ['Wages reached 45,000 Kyrgyz soms.', '45,000 Kyrgyz soms', 45e3, 'KGS'],
    ['Tashkent borrowed 900 billion Uzbek soums.', '900 billion Uzbek soums', 9e11, 'UZS'],
    ['Bread costs 4,000 so‘m now.', '4,000 so‘m', 4e3, 'UZS'],
    ['Grants of 60 million Tajik somoni arrived.', '60 million Tajik somoni', 6e7, 'TJS'],
    ['Ashgabat spent 2 billion Turkmen manats.', '2 billion Turkmen manats', 2e9, 'TMT'],
    ['Gazprom paid 80 billion Russian rubles.', '80 billion Russian rubles', 8e10, 'RUB'],
    ['Ankara pledged 3 billion Turkish lira.', '3 billion Turkish lira', 3e9, 'TRY'],
    ['Зарплата — 4 млн сўм.', '4 млн сўм', 4e6, 'UZS'],
    ['Кредит — 6 млрд турецких лир.', '6 млрд турецких лир', 6e9, 'TRY'],
    ['Облигации на 300 млн фунтов стерлингов.', '300 млн фунтов стерлингов', 3e8, 'GBP'],
  ])('%s', (sentence, text, value, unit) => {
    expectFigures(sentence, [{ text, value, unit, kind: 'money' }]);
  });

  it('does not read 元首 (head of state) as a currency', () => {
    expectFigures('两国元首会谈后，签署15项协议。', [{ text: '15项', value: 15, unit: 'count' }]);
  });

  it('does not read the word "some" as the som currency', () => {
    expectFigures('The plant hired 40 workers, some from abroad.', [
      { text: '40 workers', value: 40, unit: 'count' },
    ]);
  });
});

describe('cents of a currency', () => {
  it.each([
    ['光伏上网电价为每千瓦时3.5美分。', '每千瓦时3.5美分', 0.035, 'USD'],
    ['每股派息12欧分。', '12欧分', 0.12, 'EUR'],
    ['地铁票价上调50戈比。', '50戈比', 0.5, 'RUB'],
    ['一斤白菜便宜了8分钱。', '8分钱', 0.08, 'CNY'],
    ['居民电价每千瓦时下调2分。', '2分', 0.02, 'CNY'],
    ['A loaf in Bishkek now costs 40 cents more.', '40 cents', 0.4, 'USD'],
    ['Tolls rose by 25 euro cents per axle.', '25 euro cents', 0.25, 'EUR'],
    ['Carriers added a 30-cent fuel charge.', '30-cent', 0.3, 'USD'],
    ['The rouble fare went up 90 kopecks.', '90 kopecks', 0.9, 'RUB'],
    ['Билет подорожал на 60 копеек.', '60 копеек', 0.6, 'RUB'],
    ['Литр бензина стал дороже на 45 коп.', '45 коп.', 0.45, 'RUB'],
    ['Буханка хлеба подорожала на 80 тиынов.', '80 тиынов', 0.8, 'KZT'],
    ['Проезд в Ташкенте подешевел на 50 тийинов.', '50 тийинов', 0.5, 'UZS'],
  ])('reads a hundredth of a currency as money: %s', (sentence, text, value, unit) => {
    expectFigures(sentence, [{ text, value, unit, kind: 'money' }]);
  });

  it.each([
    '两队以3比1收场，加时赛踢了30分钟。',
    '评委给这道菜打了9分。',
    '调价通知在上午10点15分发出。',
    '电价调整的五分之一由财政承担。',
  ])('reads 分 as a fen only where a price is meant: %s', (sentence) => {
    expect(extractFigures(sentence).filter((figure) => figure.kind === 'money')).toEqual([]);
  });
});
