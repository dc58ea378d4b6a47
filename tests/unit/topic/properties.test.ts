import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isBlockRelevant, mightBeTopic, namesArticleSubject, scoreTopic } from '../../../lib/topic';
import { topicMatcher } from '../../../lib/topic/collect-sentences';

/** Pieces that make gazetteer matches likely, with traps and separators, so the properties bite. */
const PIECES = [
  'China',
  'Chinese',
  'Indochina',
  'Xi',
  "Xi'an",
  'Kazakhstan',
  'Kazakh',
  'Central Asia',
  'C5+1',
  'C+C5',
  'Khorgos',
  'KOGAS',
  'Osh',
  '中国',
  '中國',
  '中亚',
  '其中亚洲',
  '发展中国家',
  '哈萨克斯坦',
  '哈萨克自治州',
  '中哈关系',
  '霍尔果斯',
  '霍尔果斯口岸',
  'Khorgos border',
  'Китай',
  'Китай-город',
  'КНР',
  'Казахстана',
  'Центральной Азии',
  'Хоргос',
  'ош',
  ' ',
  '-',
  '–',
  '—',
  '。',
  '. ',
  '\n',
  'a',
  'Я',
];

const pieceText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(pieceText, fc.string({ unit: 'binary', maxLength: 400 }));

describe('properties', () => {
  test('scoreTopic never throws and returns a finite score', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 6 }), (title, blocks) => {
        const decision = scoreTopic({ title, blocks });
        expect(Number.isFinite(decision.score)).toBe(true);
        expect(typeof decision.isTopic).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  test('mightBeTopic(x) === false implies scoreTopic({ title: "", blocks: [x] }) is not on topic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        if (!mightBeTopic(text)) expect(scoreTopic({ title: '', blocks: [text] }).isTopic).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test('the implication is not vacuous: generated texts reach both outcomes', () => {
    const samples = fc.sample(pieceText, { numRuns: 500, seed: 7 });
    const topics = samples.filter((text) => scoreTopic({ title: '', blocks: [text] }).isTopic).length;
    const stopped = samples.filter((text) => !mightBeTopic(text)).length;
    expect(topics).toBeGreaterThan(10);
    expect(stopped).toBeGreaterThan(10);
  });

  test("namesArticleSubject answers as a block's full list of terms does, with its shortcuts", () => {
    fc.assert(
      fc.property(anyText, (block) => {
        const full = topicMatcher.findAll(block).some((match) => match.entry.side !== 'china');
        expect(namesArticleSubject(block)).toBe(full);
      }),
      { numRuns: 2000 },
    );
    const samples = fc.sample(pieceText, { numRuns: 300, seed: 11 });
    expect(samples.filter(namesArticleSubject).length).toBeGreaterThan(30);
  });

  test('isBlockRelevant never throws', () => {
    const decision = scoreTopic({ title: 'Xi meets Tokayev', blocks: [] });
    fc.assert(
      fc.property(anyText, (block) => {
        expect(typeof isBlockRelevant(block, decision)).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });
});
