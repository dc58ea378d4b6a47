import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TOPIC_TERMS } from '../../../lib/topic/gazetteer';
import { CONTEST_TERMS } from '../../../lib/topic/gazetteer/contest-terms';
import { MARKET_TERMS } from '../../../lib/topic/gazetteer/market-terms';
import { OTHER_SUBJECTS } from '../../../lib/topic/gazetteer/other-subjects';
import { compileMatcher, scriptOfForm } from '../../../lib/topic/lexeme-matcher';
import type { Lexeme } from '../../../lib/topic/types';
import { stripLookarounds } from './regex-samples';

const LETTERS = [/[\u3400-\u9fff]/, /[А-Яа-яЁё]/, /[A-Za-z]/];

function formsOf(entries: readonly Lexeme[]): [string, string][] {
  return entries.flatMap((entry) =>
    [...entry.forms, ...(entry.capitalizedForms ?? []), ...(entry.exactForms ?? [])].map(
      (form) => [entry.id, form] as [string, string],
    ),
  );
}

// The matcher searches a text only with the scripts whose letters it has: that is right only when every
// match of a form holds a letter of the form's script.
describe('every match of a gazetteer form holds a letter of its script', () => {
  const forms = [
    ...formsOf(TOPIC_TERMS),
    ...formsOf(OTHER_SUBJECTS),
    ...formsOf(CONTEST_TERMS),
    ...formsOf(MARKET_TERMS),
  ];

  test.each(forms)('%s: %s', (_id, form) => {
    const script = scriptOfForm(form);
    if (script < 0) return; // searched in every text
    const core = fc.stringMatching(new RegExp(`^(?:${stripLookarounds(form)})$`), { maxLength: 60 });
    fc.assert(
      fc.property(core, (text) => {
        expect(LETTERS[script]?.test(text)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a matcher over several scripts', () => {
  const matcher = compileMatcher(TOPIC_TERMS);

  test('finds matches of every script in one text, in order and without overlaps', () => {
    const text = 'Астана и 中国 обсудили трубопровод; China and Kazakhstan, 哈萨克斯坦 и Китай.';
    const found = matcher.findAll(text).map((match) => match.text);
    expect(found).toEqual(['Астана', '中国', 'China', 'Kazakhstan', '哈萨克斯坦', 'Китай']);
  });
});
