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
