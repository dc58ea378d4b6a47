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

const analysis = {
  title: 'China and Kazakhstan expand rail freight through Khorgos',
  lang: 'en',
  blocks: [
    'Rail freight between China and Kazakhstan grew 12 percent to 3.2 million tonnes in the first half.',
    'Chinese loans for the line reached $4 billion, according to a Washington-based think tank.',
    'Imports rose 20 percent, the Russian-language outlet Kursiv reported.',
    'BEIJING, Nov. 26 (Xinhua) -- China’s economy is expected to grow 5 percent next year.',
    'Trains through Khorgos carried 1,400 containers a week, officials in Almaty said.',
    'Washington approved a $2 billion arms package for Japan on Monday.',
    'Tags: Kazakhstan, China, Khorgos',
  ],
  known: [],
};

test('a paragraph between two on the subject is the article’s, even when it cites Washington or Russia', () => {
  const reading = readBlockTexts(analysis);
  expect(reading.relevant).toEqual([0, 1, 2, 4]);
  expect(reading.figures.map((f) => f.text)).toEqual(
    expect.arrayContaining(['$4 billion', '20 percent', '1,400 containers']),
  );
});

test('an item of another subject after the article’s last paragraph (tag lines aside), or with a dateline of its own, is not', () => {
  const reading = readBlockTexts(analysis);
  expect(reading.relevant).not.toContain(3);
  expect(reading.relevant).not.toContain(5);
  expect(reading.figures.some((f) => f.text === '$2 billion' || f.text === '5 percent')).toBe(false);
});

const withFactBox = {
  title: 'Kyrgyzstan and China: a faster border at Torugart',
  lang: 'en',
  blocks: [
    'Lorries from Kashgar now clear the Torugart pass in hours rather than days, Kyrgyz customs officers say.',
    'Traders in Bishkek order fresh fruit and phones from China that once spoiled or lost value in the queue.',
    'Officials expect the new railway to take much of the bulk freight off the mountain road within a decade.',
    'Kyrgyzstan and China in figures',
    'Bilateral trade, 2024: $22.7 billion',
    'Lorries through Torugart, first half: 41,300',
    'Read also',
    'Kazakhstan grain exports to China reach 12 million tonnes',
    'Newsroom phone: 24 hours a day',
  ],
  known: [],
};

test("a box after the article's last paragraph is the article's when it names the subject, its short lines too", () => {
  // Without the box, its short lines after the last paragraph read as the furniture under an article.
  expect(readBlockTexts(withFactBox).figures.map((f) => f.text)).toEqual([]);
  const reading = readBlockTexts({ ...withFactBox, boxes: [[3, 4, 5]] });
  expect(reading.figures.map((f) => f.text)).toEqual(['$22.7 billion', '41,300']);
  expect(reading.relevant).toEqual(expect.arrayContaining([3, 4, 5]));
  expect(scanBlocks({ ...withFactBox, boxes: [[3, 4, 5]] }).figures.map((f) => f.text)).toEqual([
    '$22.7 billion',
    '41,300',
  ]);
});

test('a box of other stories under "Read also", or one that does not name the subject, is not the article\'s', () => {
  const reading = readBlockTexts({ ...withFactBox, boxes: [[6, 7], [8]] });
  expect(reading.figures.map((f) => f.text)).toEqual([]);
  expect(reading.relevant).not.toContain(7);
  expect(reading.relevant).not.toContain(8);
});
