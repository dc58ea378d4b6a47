import { expect, test } from 'vitest';
import { sentenceAround } from '@/lib/scan/sentence-around';

test('returns the English sentence holding the span, not its neighbours, and keeps decimals whole', () => {
  const text = 'Trade grew fast. It reached $94.8 billion in 2024. Talks continue.';
  const start = text.indexOf('$94.8');
  expect(sentenceAround(text, start, start + 13)).toBe('It reached $94.8 billion in 2024.');
});

test('splits Chinese text at full stops', () => {
  const text = '峰会在阿斯塔纳举行。双边贸易额达到948亿美元。合作继续深化。';
  const start = text.indexOf('948');
  expect(sentenceAround(text, start, start + 6)).toBe('双边贸易额达到948亿美元。');
});

test('cuts a very long sentence around the span', () => {
  const text = `${'a '.repeat(500)}94.8 billion${' b'.repeat(500)}`;
  const start = text.indexOf('94.8');
  const sentence = sentenceAround(text, start, start + 12);
  expect(sentence).toContain('94.8 billion');
  expect(sentence.length).toBeLessThanOrEqual(412);
});

test('an abbreviation followed by a lower-case word or a bracket does not end the sentence', () => {
  const english =
    'Talks ended. Trade between China and Tajikistan came to 3.9 billion U.S. dollars in 2024, with aluminium making up half of it. Next.';
  const half = english.indexOf('half');
  expect(sentenceAround(english, half, half + 4)).toBe(
    'Trade between China and Tajikistan came to 3.9 billion U.S. dollars in 2024, with aluminium making up half of it.',
  );
  const russian =
    'Экспорт в КНР составил 4,2 млрд долл. (+8,1%), импорт – 9,6 млрд долл. (–2%). Доля выросла.';
  const minus = russian.indexOf('–2%');
  expect(sentenceAround(russian, minus, minus + 3)).toBe(
    'Экспорт в КНР составил 4,2 млрд долл. (+8,1%), импорт – 9,6 млрд долл. (–2%).',
  );
});

test('an abbreviation before a capital still ends its sentence, an initialism does not', () => {
  const russian = 'Экспорт составил 4,2 млрд долл. Импорт вырос на 8,1%.';
  const rise = russian.indexOf('8,1%');
  expect(sentenceAround(russian, rise, rise + 4)).toBe('Импорт вырос на 8,1%.');
  const english = 'Officials met. The U.S. Commerce Department put exports at $2 billion.';
  const amount = english.indexOf('$2');
  expect(sentenceAround(english, amount, amount + 10)).toBe(
    'The U.S. Commerce Department put exports at $2 billion.',
  );
});
