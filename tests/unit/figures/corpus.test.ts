import { describe, expect, test } from 'vitest';
import { type CorpusLang, loadCorpus, scoreItem } from './corpus-scoring';

const LANGS: CorpusLang[] = ['zh', 'en', 'ru'];

describe.each(LANGS)('held-out figure corpus (%s)', (lang) => {
  const items = loadCorpus(lang).filter((item) => !item.known_gap);
  test.each(items.map((item) => [item.text, item] as const))('%s', (_text, item) => {
    const score = scoreItem(item, lang);
    const describe = (figures: Array<{ text: string; value: number; unit: string }>) =>
      figures.map(({ text, value, unit }) => `${text} = ${value} ${unit}`);
    expect({ missed: describe(score.missed), spurious: describe(score.spurious) }, item.text).toEqual({
      missed: [],
      spurious: [],
    });
  });
});
