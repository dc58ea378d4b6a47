import { expect, test } from 'vitest';
import { indexTerms, queryTerms } from '@/lib/list/tokenize';

test('Chinese is indexed as its characters and overlapping pairs, split at punctuation', () => {
  const terms = indexTerms('中亚贸易，增长');
  expect([...terms].sort()).toEqual(
    ['中', '中亚', '亚', '亚贸', '增', '增长', '易', '贸', '贸易', '长'].sort(),
  );
  expect(terms.has('易增')).toBe(false);
});

test('other scripts are lowercased words; full-width letters read as ASCII and ё as е', () => {
  const terms = indexTerms('Trade ROSE in Ёлка-town ＡＢＣ 2023年');
  for (const term of ['trade', 'rose', 'in', 'елка', 'town', 'abc', '2023', '年'])
    expect(terms).toContain(term);
  expect(terms.has('Trade')).toBe(false);
});

test('a Chinese query asks for its bigrams, a single character for itself', () => {
  expect(queryTerms('中亚贸易')).toEqual({ terms: ['中亚', '亚贸', '贸易'], prefix: '' });
  expect(queryTerms('贸')).toEqual({ terms: ['贸'], prefix: '' });
});

test('only a last word still being typed is a prefix', () => {
  expect(queryTerms('Trade kaza')).toEqual({ terms: ['trade'], prefix: 'kaza' });
  expect(queryTerms('trade kaza ')).toEqual({ terms: ['trade', 'kaza'], prefix: '' });
  expect(queryTerms('трубопровод Каз')).toEqual({ terms: ['трубопровод'], prefix: 'каз' });
  // Two letters would match most of the index: they are a whole word.
  expect(queryTerms('ka')).toEqual({ terms: ['ka'], prefix: '' });
  expect(queryTerms('  ,,  ')).toEqual({ terms: [], prefix: '' });
});
