import { describe, it } from 'vitest';
import { expectFigures, expectNoFigures } from './helpers';

// A price per unit is money with the unit it is the price of; the highlight takes the unit in.

describe('a price per unit', () => {
  it.each([
    ['Wheat for export fetched $262/t in March.', '$262/t', 262, 'USD', 'tonne'],
    ['Wheat for export fetched $262 per tonne in March.', '$262 per tonne', 262, 'USD', 'tonne'],
    ['Urals crude traded at $64 a barrel.', '$64 a barrel', 64, 'USD', 'barrel'],
    ['Экспортная пшеница стоила 262 долл./т.', '262 долл./т', 262, 'USD', 'tonne'],
    ['Экспортная пшеница стоила 262 доллара за тонну.', '262 доллара за тонну', 262, 'USD', 'tonne'],
    ['Нефть Brent стоила 64 доллара за баррель.', '64 доллара за баррель', 64, 'USD', 'barrel'],
    ['出口小麦价格为每吨262美元。', '每吨262美元', 262, 'USD', 'tonne'],
    ['出口小麦價格為262美元/噸。', '262美元/噸', 262, 'USD', 'tonne'],
    ['光伏电价为每千瓦时0.3元。', '每千瓦时0.3元', 0.3, 'CNY', 'kWh'],
    ['Солнечная станция продает энергию по 2,9 цента за кВт·ч.', '2,9 цента за кВт·ч', 0.029, 'USD', 'kWh'],
    // "m2" is a square metre written without the superscript, never a metre with a stray 2.
    ['Flats in Astana sold for $1,100/m2 in May.', '$1,100/m2', 1100, 'USD', 'square_metre'],
    // Oil in barrels as Russian abbreviates them, fuel per gallon or litre, gas per thousand cubic metres.
    ['Нефть Brent торговалась по 71 $/барр.', '71 $/барр.', 71, 'USD', 'barrel'],
    ['Средняя цена Urals — 58,4 долл./барр.', '58,4 долл./барр.', 58.4, 'USD', 'barrel'],
    ['Diesel retailed at $3 a gallon.', '$3 a gallon', 3, 'USD', 'gallon'],
    ['АИ-92 стоит 0,45 доллара за литр.', '0,45 доллара за литр', 0.45, 'USD', 'litre'],
    ['Turkmen gas went to China at $290/tcm.', '$290/tcm', 290, 'USD', 'tcm'],
    ['Gas cost $290 per thousand cubic metres.', '$290 per thousand cubic metres', 290, 'USD', 'tcm'],
    ['Газ шел по 290 долл. за тыс. кубометров.', '290 долл. за тыс. кубометров', 290, 'USD', 'tcm'],
    ['天然气出口价为每千立方米290美元。', '每千立方米290美元', 290, 'USD', 'tcm'],
    ['Пшеница подорожала до 240 $/т.', '240 $/т', 240, 'USD', 'tonne'],
    ['Barley fetched $215/mt at the border.', '$215/mt', 215, 'USD', 'tonne'],
    ['Gold settled at $3,950 an ounce.', '$3,950 an ounce', 3950, 'USD', 'troy oz'],
    ['Тариф — 0,07 доллара за тонно-километр.', '0,07 доллара за тонно-километр', 0.07, 'USD', 'tonne_km'],
    ['Серебро стоило 48 долларов за тройскую унцию.', '48 долларов за тройскую унцию', 48, 'USD', 'troy oz'],
    // Uranium oxide is priced per pound of weight.
    ['Kazakh uranium sold at $75 per pound.', '$75 per pound', 75, 'USD', 'lb'],
    ['U3O8 spot prices reached $82/lb.', '$82/lb', 82, 'USD', 'lb'],
    ['Уран подешевел до 75 долларов за фунт.', '75 долларов за фунт', 75, 'USD', 'lb'],
    ['铀现货价格为每磅75美元。', '每磅75美元', 75, 'USD', 'lb'],
    [
      'Квартиры в Астане продавали по 550 тыс. тенге за м2.',
      '550 тыс. тенге за м2',
      550000,
      'KZT',
      'square_metre',
    ],
  ])('%s', (sentence, text, value, unit, per) => {
    expectFigures(sentence, [{ text, value, unit, kind: 'money', per }]);
  });

  it.each([
    ['Tickets cost $20 a day.', '$20'],
    ['The stall sold it for $20 a t-shirt.', '$20'],
    ['They invested $5 million a year.', '$5 million'],
    ['每年投资20亿美元。', '20亿美元'],
  ])('is a plain amount when no unit of measure follows: %s', (sentence, text) => {
    expectFigures(sentence, [{ text, per: undefined }]);
  });

  it.each([
    ['柴油零售价约为每升510坚戈。', '每升510坚戈', 'litre'],
    ['到岸价约每吨250美元。', '约每吨250美元', 'tonne'],
  ])('keeps the bound before the unit that 每 opens: %s', (sentence, text, per) => {
    expectFigures(sentence, [{ text, per, approx: 'about' }]);
  });

  // Gas is priced per thousand cubic metres, written with digits as often as in words; a quantity of one unit
  // after "per" or "за" is the unit itself.
  it.each([
    ['Turkmen gas sells at $250 per 1,000 cubic metres.', '$250 per 1,000 cubic metres', 250, 'tcm'],
    ['Газ продают по $265 за 1000 кубометров.', '$265 за 1000 кубометров', 265, 'tcm'],
    ['Цена на границе – $240–270 за 1 тыс. куб. м.', '$240–270 за 1 тыс. куб. м', 240, 'tcm'],
    ['Казахская пшеница стоила 230 долларов за 1 тонну.', '230 долларов за 1 тонну', 230, 'tonne'],
  ])('the unit it prices may be written with a number: %s', (sentence, text, value, per) => {
    expectFigures(sentence, [{ text, value, kind: 'money', per }]);
  });

  it.each([
    ['口岸至阿拉木图每吨运费约60美元。', '约60美元', 'tonne'],
    ['土方每千立方米价格为290美元。', '290美元', 'tcm'],
    ['回程班列每標箱運價約3,000美元。', '約3,000美元', 'teu'],
  ])('prices the unit 每 opens across what is priced: %s', (sentence, text, per) => {
    expectFigures(sentence, [{ text, kind: 'money', per }]);
  });

  it('does not price a unit across any other words', () => {
    expectFigures('每吨小麦出口补贴62美元。', [{ text: '62美元', per: undefined }]);
    expectFigures('每年运费20亿美元。', [{ text: '20亿美元', per: undefined }]);
  });

  it('does not take in a measure that is a figure of its own', () => {
    expectFigures('They paid $4 million for 1,000 cubic metres of timber.', [
      { text: '$4 million', per: undefined },
      { text: '1,000 cubic metres', unit: 'cubic_metre' },
    ]);
    expectFigures('Зерно продали на $3 млн за 1 000 тонн.', [
      { text: '$3 млн', per: undefined },
      { text: '1 000 тонн', unit: 'tonne' },
    ]);
    expectFigures('Loans reached $9 million per 1,000 firms.', [
      { text: '$9 million', per: undefined },
      { text: '1,000 firms', kind: 'count' },
    ]);
  });
});

describe('an exchange rate is the price of one unit of another currency', () => {
  it.each([
    ['The tenge closed at 498.70 tenge per dollar.', '498.70 tenge per dollar', 498.7, 'KZT', 'USD'],
    ['The som held at 87 soms to the dollar.', '87 soms to the dollar', 87, 'KGS', 'USD'],
    ['Курс составил 498,7 тенге за доллар.', '498,7 тенге за доллар', 498.7, 'KZT', 'USD'],
    ['Курс: 1 доллар = 498 тенге.', '498 тенге', 498, 'KZT', 'USD'],
    // A currency code keeps the decimal comma of the Russian sentence it is written in.
    ['Курс на 3 марта: 1 USD = 88,15 KGS.', '88,15 KGS', 88.15, 'KGS', 'USD'],
    ['当天1欧元约合8元人民币。', '约合8元人民币', 8, 'CNY', 'EUR'],
    ['索姆匯率維持在每美元約87.4索姆。', '每美元約87.4索姆', 87.4, 'KGS', 'USD'],
    // A rate that leaves out its own currency is priced in the one its sentence named first.
    ['The tenge slid to 522 per dollar on Monday.', '522 per dollar', 522, 'KZT', 'USD'],
    ['Сум ослаб до 12 700 за доллар.', '12 700 за доллар', 12_700, 'UZS', 'USD'],
    // The pound sterling is a currency, the pound alone a weight.
    [
      'Фунт подешевел до 1,28 доллара за фунт стерлингов.',
      '1,28 доллара за фунт стерлингов',
      1.28,
      'USD',
      'GBP',
    ],
    ['Sterling fell to $1.28 per pound sterling.', '$1.28 per pound sterling', 1.28, 'USD', 'GBP'],
    // A Chinese quote "A兑B汇率报N" is N of A per B; the number stays bare.
    ['坚戈兑美元汇率报512.3，创年内新低。', '512.3', 512.3, 'KZT', 'USD'],
    // Outlets write the pair in either order; the price is in the currency of less value per unit.
    ['美元兑人民币汇率中间价报7.18。', '7.18', 7.18, 'CNY', 'USD'],
    ['美元兑坚戈汇率报512.3。', '512.3', 512.3, 'KZT', 'USD'],
    ['人民币兑坚戈汇率报71.5。', '71.5', 71.5, 'KZT', 'CNY'],
    ['吉爾吉斯索姆兌美元匯率約為87.5。', '87.5', 87.5, 'KGS', 'USD'],
    ['乌兹别克斯坦苏姆兑美元贬值至12,850。', '12,850', 12_850, 'UZS', 'USD'],
  ])('%s', (sentence, text, value, unit, per) => {
    expectFigures(sentence, [{ text, value, unit, kind: 'money', per }]);
  });

  it('reads a rate without its own currency in the first one its sentence names', () => {
    expectFigures('The tenge traded at 470 per dollar and 65 per yuan.', [
      { text: '470 per dollar', unit: 'KZT', per: 'USD' },
      { text: '65 per yuan', unit: 'KZT', per: 'CNY' },
    ]);
    expectNoFigures('Donors gave 5 per dollar raised.');
  });

  it('reads a rate whose currency a verb of the market quotes in another: "the yuan traded at 73.81 tenge"', () => {
    expectFigures('On Thursday the yuan traded at 73.81 tenge on the exchange.', [
      { text: '73.81 tenge', unit: 'KZT', per: 'CNY' },
    ]);
    expectFigures('The dollar rose to 12,950 soums.', [{ text: '12,950 soums', unit: 'UZS', per: 'USD' }]);
    // A sum with a scale, or a price in the quoted currency itself, is no rate.
    expectFigures('The dollar rose to 5 billion tenge in deposits.', [
      { text: '5 billion tenge', per: undefined },
    ]);
    expectFigures('The yuan bond traded at 98 yuan.', [{ text: '98 yuan', per: undefined }]);
  });

  it('reads a rate whose words name the currency priced before the price', () => {
    expectFigures('Курс юаня на торгах составил 72,4 тенге.', [
      { text: '72,4 тенге', unit: 'KZT', per: 'CNY' },
    ]);
    expectFigures('Курс доллара за месяц вырос на 2% — до 12 950 сумов.', [
      { text: '2%', unit: 'percent' },
      { text: '12 950 сумов', unit: 'UZS', per: 'USD' },
    ]);
    expectFigures("The dollar's exchange rate closed at 87.5 soms.", [
      { text: '87.5 soms', unit: 'KGS', per: 'USD' },
    ]);
    // An amount with a scale, in another sentence or in the rate's own currency is no price of it.
    expectFigures('Курс доллара не помешал вложить 5 млрд тенге.', [
      { text: '5 млрд тенге', per: undefined },
    ]);
    expectFigures('Курс доллара вырос. Налоги дали 300 тенге.', [{ text: '300 тенге', per: undefined }]);
  });

  it('a bare number after 兑 without a second currency and a quoting word is no rate', () => {
    expectNoFigures('坚戈兑换点今日营业至18.5时。');
    expectNoFigures('人民币兑美元，报价时间延至17.30。');
  });

  it('a currency after "to the" that starts a longer phrase is no rate', () => {
    expectFigures('China lent $5 billion to the euro zone.', [{ text: '$5 billion', per: undefined }]);
    expectFigures('The som held at 87 soms to the dollar on Friday.', [
      { text: '87 soms to the dollar', per: 'USD' },
    ]);
  });

  it('a stated conversion is no rate', () => {
    expectFigures('The visa costs 20,000 tenge ($40).', [
      { text: '20,000 tenge', per: undefined },
      { text: '$40', per: undefined },
    ]);
  });

  it.each([
    ['小麦出口价为每吨245美元（约合1750元人民币）。', '每吨245美元', '约合1750元人民币', 'CNY'],
    ['Wheat sold at $245 per tonne (about 1,750 yuan).', '$245 per tonne', 'about 1,750 yuan', 'CNY'],
    ['Пшеница шла по 245 долл./т (около 120 тыс. тенге).', '245 долл./т', 'около 120 тыс. тенге', 'KZT'],
  ])('gives the stated conversion of a price the unit it prices: %s', (sentence, price, text, unit) => {
    expectFigures(sentence, [
      { text: price, per: 'tonne' },
      { text, unit, per: 'tonne', conversionOf: 0 },
    ]);
  });
});
