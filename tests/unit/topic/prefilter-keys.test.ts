import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { topicMatcher } from '../../../lib/topic/collect-sentences';
import { TOPIC_TERMS } from '../../../lib/topic/gazetteer';
import { CENTRAL_ASIA_BIT, CHINA_BIT, scanSides } from '../../../lib/topic/prefilter-scan';
import type { TermSide } from '../../../lib/topic/types';
import { sampleForm, stripLookarounds } from './regex-samples';

const REQUIRED_BITS: Readonly<Record<TermSide, number>> = {
  central_asia: CENTRAL_ASIA_BIT,
  china: CHINA_BIT,
  link: CENTRAL_ASIA_BIT | CHINA_BIT,
};

/** The side bits that the scoring matcher's finds in a text require of the prefilter. */
function requiredBits(text: string): number {
  return topicMatcher.findAll(text).reduce((bits, match) => bits | REQUIRED_BITS[match.entry.side], 0);
}

describe('prefilter keys cover every gazetteer form', () => {
  const forms = TOPIC_TERMS.flatMap((term) =>
    [...term.forms, ...(term.capitalizedForms ?? []), ...(term.exactForms ?? [])].map(
      (form) => [term.id, form] as const,
    ),
  );

  test.each(forms)('%s: %s', (_id, form) => {
    fc.assert(
      fc.property(sampleForm(form), (text) => {
        const required = requiredBits(text);
        expect(scanSides(text) & required).toBe(required);
      }),
      { numRuns: 60 },
    );
  });

  test('stripLookarounds keeps the rest of a form', () => {
    expect(stripLookarounds('(?<!(?<!尤)其)中[亚亞](?!洲|[军軍](?!事))x')).toBe('中[亚亞]x');
    expect(stripLookarounds('China(?!(?<=South China) Morning Post)')).toBe('China');
  });
});

describe('scanSides over stretches of a text', () => {
  const pieces = [
    'Kazakh',
    'stan',
    'China',
    'Chinese',
    'kazakh',
    'Sino',
    '中国',
    '哈萨克斯坦',
    'Астана',
    'Китай',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...pieces, ' ', '. ', 'x', 'Q'), fc.string({ maxLength: 3 })), {
      maxLength: 14,
    })
    .map((parts) => parts.join(''));

  test('two stretches cut anywhere, even inside a word or a key, find what one pass finds', () => {
    fc.assert(
      fc.property(text, fc.nat(), (sample, cut) => {
        const at = cut % (sample.length + 1);
        expect(scanSides(sample, 0, at) | scanSides(sample, at)).toBe(scanSides(sample));
      }),
      { numRuns: 2000 },
    );
  });

  test('a stretch starting inside a word finds no key there', () => {
    // "akh" in "Kazakh" is no word start: the stretch from it sees only the Chinese name after it.
    expect(scanSides('Kazakhstan 中国', 3)).toBe(CHINA_BIT);
    expect(scanSides('Kazakhstan 中国', 0, 3)).toBe(CENTRAL_ASIA_BIT);
  });
});
