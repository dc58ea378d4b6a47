import { expect, test } from 'vitest';
import { readBlockTexts } from '@/lib/scan/read-block-texts';
import { scanBlocks } from '@/lib/scan/scan-blocks';

const article = {
  title: 'China and Kazakhstan expand rail freight through Khorgos',
  lang: 'en',
  blocks: [
    'Rail freight between China and Kazakhstan grew 12 percent to 3.2 million tonnes in the first half.',
    'Trains through Khorgos carried 1,400 containers a week, officials in Almaty said.',
    'Related: Shanghai stocks rose 2 percent on Monday.',
  ],
  known: [],
};

test('the background reads what the one-piece scan reads: topic, evidence, relevant blocks and their figures', () => {
  const reading = readBlockTexts(article);
  const whole = scanBlocks(article);
  expect(reading.topic).toEqual(whole.topic);
  expect(reading.topic.evidence.length).toBeGreaterThan(0);
  expect(reading.figures.map((f) => [f.block, f.text])).toEqual(whole.figures.map((f) => [f.block, f.text]));
  expect(reading.relevant).toEqual([0, 1]);
});

test('blocks the page read before stay relevant, but their figures are not read again', () => {
  const reading = readBlockTexts({ ...article, known: [0] });
  expect(reading.relevant).toEqual([0, 1]);
  expect(new Set(reading.figures.map((f) => f.block))).toEqual(new Set([1]));
});

test('a page off topic gets no relevant block and no figure', () => {
  const reading = readBlockTexts({
    ...article,
    title: 'Markets',
    blocks: ['Shanghai stocks rose 2 percent.'],
  });
  expect(reading).toMatchObject({ topic: { isTopic: false }, relevant: [], figures: [] });
});
