import { describe, expect, test } from 'vitest';
import { readBlockTexts } from '@/lib/scan/read-block-texts';

/** A briefing of five short stories, one of them on China and Central Asia. */
const ITEMS = [
  [
    "Georgia's parliament passes budget",
    "Georgia's parliament approved a 2026 budget of 33 billion lari, defence up 15%.",
  ],
  [
    'Armenia and Azerbaijan resume talks',
    'Delegations met in Yerevan for the first time in 6 months, officials said.',
  ],
  [
    'China and Kyrgyzstan sign power deal',
    'China and Kyrgyzstan agreed to build a 700-megawatt solar park near Issyk-Kul, worth about $850 million.',
  ],
  [
    'Mongolia coal exports hit record',
    'Mongolia shipped 72 million tonnes of coal in ten months, mostly to China.',
  ],
  ['Turkey raises rates', "Turkey's central bank raised its key rate by 250 basis points to 47.5%."],
] as const;

const page = (title: string) => ({
  title,
  lang: 'en',
  blocks: [
    "Good morning. Here is what you need to know today about the region's politics, markets and trade.",
    ...ITEMS.flat(),
  ],
  known: [],
});

describe('a briefing of short items, one on China and Central Asia', () => {
  test('is on topic through that item, and only that item is its article', () => {
    const reading = readBlockTexts(page('Eurasia Morning Briefing: November 20'));
    expect(reading.topic.isTopic).toBe(true);
    expect(reading.topic.evidence[0]?.term).toBe('China + Kyrgyzstan');
    expect(reading.relevant).toEqual([5, 6]);
    expect(reading.figures.map((figure) => figure.text)).toEqual(['700-megawatt', 'about $850 million']);
  });

  test('in Russian and Chinese titles too', () => {
    expect(readBlockTexts(page('Дайджест: главное за 20 ноября')).topic.isTopic).toBe(true);
    expect(readBlockTexts(page('欧亚早报｜11月20日')).topic.isTopic).toBe(true);
  });

  test('stays off topic when no item is on China and Central Asia by itself', () => {
    const without = page('Eurasia Morning Briefing: November 20');
    const blocks = without.blocks.filter((_, index) => index !== 5 && index !== 6);
    expect(readBlockTexts({ ...without, blocks })).toMatchObject({ topic: { isTopic: false }, figures: [] });
  });

  test('an analysis in sections, one of them on China and Central Asia, is no briefing: it stays off topic', () => {
    const reading = readBlockTexts(page('Great power competition in Eurasia: a framework'));
    expect(reading).toMatchObject({ topic: { isTopic: false }, relevant: [], figures: [] });
  });
});
