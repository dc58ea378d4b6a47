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
