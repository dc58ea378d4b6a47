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
    },
    expect.objectContaining({ metric: 'growth', growthOf: 'trade_volume', period: '2024' }),
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
  expect(price).toMatchObject({ metric: '', factKey: '' });
  expect(rate).toMatchObject({ metric: '', factKey: '' });
});

test("a price's stated conversion is the same price, never a total the sentence names", () => {
  const sentence =
    'Last year Kazakhstan exported wheat to China at $245 per tonne (about 1,750 yuan), customs said.';
  const measures = measureFigures({ article, figures: inSentence(sentence) });
  expect(measures.map((measure) => measure.factKey)).toEqual(['', '']);
});
