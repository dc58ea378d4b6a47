import { expect, test } from 'vitest';
import { measureFigures } from '@/lib/facts/measure-figures';
import { extractFigures } from '@/lib/figures';

const article = { title: 'China and Kazakhstan', lead: '', publishedAt: '2025-02-10', lang: 'en' };

/** The figures of one sentence, as the content script sends them to the background. */
const inSentence = (sentence: string) => extractFigures(sentence).map((figure) => ({ sentence, figure }));

test('each figure gets what it measures, as the store keeps it, in the order asked', () => {
  const sentence = 'Last year trade between China and Kazakhstan reached $43.8 billion, up 6.2 percent.';
  const measures = measureFigures({ article, figures: inSentence(sentence) });
  expect(measures).toEqual([
    {
      subject: 'CN-KZ',
      metric: 'trade_volume',
      growthOf: '',
      period: '2024',
      status: 'actual',
      factKey: 'CN-KZ|trade_volume|2024|USD',
      value: 43.8e9,
    },
    expect.objectContaining({ metric: 'growth', growthOf: 'trade_volume', period: '2024', value: 6.2 }),
  ]);
});

test('a growth after a level in its sentence is the growth of that level, whatever word stands nearer', () => {
  const growthOf = (sentence: string) =>
    measureFigures({ article, figures: inSentence(sentence) }).map(
      (measure) => measure.growthOf || measure.metric,
    );
  expect(
    growthOf(
      'The freight volume of China-Europe trains via Khorgos hit 8.5 million tonnes in 2024, up 11% year on year.',
    ),
  ).toEqual(['freight', 'freight']);
  expect(growthOf('今年前三季度，经喀什关区申报的跨境电商出口中亚货物货值达86.4亿元，同比增长35%。')).toEqual(
    ['exports', 'exports'],
  );
  // A growth that names what grew in its own clause keeps it.
  expect(growthOf('Exports to Kazakhstan reached $25 billion in 2024, while imports grew 8%.')).toEqual([
    'exports',
    'imports',
  ]);
});

test('a level a growth reached ("rose 45% to 120,000") measures what grew', () => {
  const metrics = (sentence: string) =>
    measureFigures({ article, figures: inSentence(sentence) }).map((measure) => measure.metric);
  expect(metrics('The number of Chinese tourists visiting Uzbekistan rose 45% to 120,000 in 2024.')).toEqual([
    'growth',
    'visitors',
  ]);
  // Without "to", a bare number after a growth is not its level.
  expect(metrics('Chinese tourist arrivals in Uzbekistan rose 45%; 120,000 came by air.')).toEqual([
    'growth',
    '',
  ]);
});

test('what the text does not tell stays empty, never guessed', () => {
  const [measure] = measureFigures({
    article: { title: '', lead: '', publishedAt: '', lang: 'en' },
    figures: inSentence('The warehouse holds 120 containers.'),
  });
  expect(measure).toMatchObject({ subject: '', period: '', factKey: '' });
});

test('a price per tonne or an exchange rate is never taken for the total the sentence also names', () => {
  const sentence =
    'Last year trade between China and Kazakhstan reached $43.8 billion; wheat sold at $245 per tonne and the tenge averaged 470.5 tenge per dollar.';
  const figures = inSentence(sentence);
  expect(figures.map(({ figure }) => figure.per)).toEqual([undefined, 'tonne', 'USD']);
  const [total, price, rate] = measureFigures({ article, figures });
  expect(total?.factKey).toBe('CN-KZ|trade_volume|2024|USD');
  expect(price).toMatchObject({ metric: 'price', factKey: '' });
  expect(rate).toMatchObject({ metric: 'exchange_rate', subject: 'KZ' });
});

test("an exchange rate is its currency's fact, linked only with rates of the same pair and period", () => {
  const measure = (sentence: string, lang = 'en') =>
    measureFigures({ article: { ...article, lang }, figures: inSentence(sentence) }).map(
      (item) => item.factKey,
    );
  // Whichever country the sentence names, a rate of the tenge is Kazakhstan's.
  expect(
    measure('In 2024 China paid for Kazakh wheat as the tenge averaged 470.5 tenge per dollar.'),
  ).toEqual(['KZ|exchange_rate|2024|KZT/USD']);
  expect(measure('В 2024 году средний курс составил 470,5 тенге за доллар.', 'ru')).toEqual([
    'KZ|exchange_rate|2024|KZT/USD',
  ]);
  expect(measure('2024年，1美元约合7.19元人民币。', 'zh')).toEqual(['CN|exchange_rate|2024|CNY/USD']);
  // A rate of a currency outside the region has no subject here, so it is not linked.
  expect(measure('In 2024 the rouble averaged 92.5 roubles per dollar.')).toEqual(['']);
});

test('a price is never linked: what it prices is not read, and two prices per tonne may be of different goods', () => {
  const measures = measureFigures({
    article,
    figures: inSentence('In 2024 Kazakh wheat sold to China at $245 per tonne and coal at $98 per tonne.'),
  });
  expect(measures.map((item) => [item.metric, item.factKey])).toEqual([
    ['price', ''],
    ['price', ''],
  ]);
});

test("a price's stated conversion is the same price, never a total the sentence names", () => {
  const sentence =
    'Last year Kazakhstan exported wheat to China at $245 per tonne (about 1,750 yuan), customs said.';
  const measures = measureFigures({ article, figures: inSentence(sentence) });
  expect(measures.map((measure) => measure.factKey)).toEqual(['', '']);
});

test('a percent with its sign alone in brackets after a level is the change of that level', () => {
  const measures = (sentence: string) =>
    measureFigures({ article, figures: inSentence(sentence) }).map((measure) => [
      measure.growthOf || measure.metric,
      measure.value,
    ]);
  expect(
    measures(
      'Экспорт Казахстана в Китай составил 9,4 млрд долл. (–6,1%), импорт из Китая – 17 млрд долл. (+12%).',
    ),
  ).toEqual([
    ['imports', 9.4e9],
    ['imports', -6.1],
    ['exports', 17e9],
    ['exports', 12],
  ]);
  expect(measures("China's exports to Tajikistan reached $3.6 billion (+9.3% y/y).")).toEqual([
    ['exports', 3.6e9],
    ['exports', 9.3],
  ]);
  // Without a sign the bracket may hold a share of the total as well: it is left alone.
  expect(measures('Экспорт Казахстана в Китай составил 9,4 млрд долл. (23,1%).')[1]).toEqual(['', 23.1]);
});

test.each([
  [
    ['2024年前11个月，我国与中亚五国进出口2,890亿元，同比增长6.1%。', '其中，出口1,820亿元，增长9.3%。'],
    ['2024 M1–M11', '2024 M1–M11', '2024 M1–M11', '2024 M1–M11'],
  ],
  [
    ['Trade with Kazakhstan reached $41 billion in 2023.', 'Of the total, exports came to $24 billion.'],
    ['2023', '2023'],
  ],
  [
    ['За январь–сентябрь 2024 года экспорт составил 9 млрд долларов.', 'Из них 3 млрд пришлось на медь.'],
    ['2024 M1–M9', '2024 M1–M9'],
  ],
  // A sentence that does not open on the whole, or that names its own time, keeps its own.
  [
    ['Trade with Kazakhstan reached $41 billion in 2023.', 'Exports came to $24 billion.'],
    ['2023', ''],
  ],
  [
    [
      'Trade with Kazakhstan reached $41 billion in 2023.',
      'Of the total, $9 billion came in the first quarter of 2022.',
    ],
    ['2023', '2022 Q1'],
  ],
])(
  'a sentence that opens by taking a part of the whole before it covers the same period: %j',
  (sentences, periods) => {
    const measures = measureFigures({ article, figures: sentences.flatMap(inSentence) });
    expect(measures.map((measure) => measure.period)).toEqual(periods);
  },
);
