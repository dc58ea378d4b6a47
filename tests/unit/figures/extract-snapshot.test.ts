import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../../lib/figures';
import { buildExtractCorpus, type CorpusText } from './extract-corpus';

// Differential test: the extractor's whole output over a large varied corpus (extract-corpus.ts) must stay what
// it was when the snapshot was taken. Work that makes extraction faster must not change a single figure; a
// deliberate change of behaviour regenerates the snapshot (UPDATE_EXTRACT_SNAPSHOT=1) in the same commit.
// The snapshot keeps a digest of each text's figures (with and without a language hint), not the figures.

const SNAPSHOT = join(import.meta.dirname, 'extract-snapshot.json');

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

/** The figures of a text, read as it is and with its page's language (or Russian, for the decimal comma). */
function readAll(item: CorpusText): string {
  const plain = extractFigures(item.text);
  const hinted = extractFigures(item.text, { lang: item.lang ?? 'ru' });
  return JSON.stringify([plain, hinted]);
}

describe('extraction over the differential corpus', () => {
  const corpus = buildExtractCorpus();
  const current = new Map<string, string>();
  for (const item of corpus) current.set(digest(`${item.lang ?? ''}|${item.text}`), digest(readAll(item)));

  test('the corpus is large and varied', () => {
    expect(corpus.length).toBeGreaterThan(5000);
    expect(corpus.some((item) => item.text.length > 10_000)).toBe(true);
  });

  if (process.env.UPDATE_EXTRACT_SNAPSHOT === '1') {
    test('writes the snapshot', () => {
      writeFileSync(SNAPSHOT, `${JSON.stringify(Object.fromEntries([...current].sort()), null, 2)}\n`);
    });
    return;
  }

  const expected = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, string>;

  test('every text of the corpus is in the snapshot, but strings of tests written after it', () => {
    const isKnown = (item: CorpusText) => expected[digest(`${item.lang ?? ''}|${item.text}`)] !== undefined;
    const missing = corpus.filter((item) => !item.fromTests && !isKnown(item));
    expect(missing.map((item) => item.source)).toEqual([]);
    expect(corpus.filter((item) => item.fromTests && isKnown(item)).length).toBeGreaterThan(1000);
  });

  test('every text reads to the same figures as before', () => {
    const changed = corpus.filter((item) => {
      const key = digest(`${item.lang ?? ''}|${item.text}`);
      return expected[key] !== undefined && expected[key] !== current.get(key);
    });
    const shown = changed.slice(0, 5).map((item) => ({
      source: item.source,
      text: item.text.slice(0, 300),
      figures: extractFigures(item.text).map((figure) => `${figure.text} = ${figure.value} ${figure.unit}`),
    }));
    expect(shown).toEqual([]);
  });
});
