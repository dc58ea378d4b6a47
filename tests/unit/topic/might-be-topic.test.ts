import { describe, expect, test } from 'vitest';
import { mightBeTopic } from '../../../lib/topic';
import { LOOK_ALIKE_PAGES, TOPIC_PAGES } from './pages';

function joinPage(page: { title: string; blocks: string[] }): string {
  return [page.title, ...page.blocks].join('\n');
}

/** About 100 KB of text in one language, repeated from a few sentences that name neither region. */
function buildLongPage(sentences: string[]): string {
  let text = '';
  for (let index = 0; text.length < 100_000; index += 1) text += `${sentences[index % sentences.length]}\n`;
  return text;
}

const LONG_PAGES: [string, string][] = [
  [
    'en',
    buildLongPage([
      'The central bank kept its key rate at 4.5 percent on Thursday, citing slower inflation.',
      'Exports to Southeast Asia rose sharply, while imports of crude oil fell 3 percent.',
      'Analysts in Beijing expect growth of about 5 percent this year.',
    ]),
  ],
  [
    'zh',
    buildLongPage([
      '国家统计局今天发布数据显示，上半年国内生产总值同比增长5.2%。',
      '其中亚洲市场需求旺盛，发展中国家贸易活跃，北京市消费品零售总额增长4%。',
    ]),
  ],
  [
    'ru',
    buildLongPage([
      'Правительство утвердило бюджет на следующий год, расходы на социальную сферу выросли на 7%.',
      'Центральный банк сохранил ключевую ставку, сообщили в Москве.',
    ]),
  ],
];

describe('mightBeTopic', () => {
  test.each(TOPIC_PAGES.map((entry) => [entry.name, entry.page] as const))('passes %s', (_name, page) => {
    expect(mightBeTopic(joinPage(page))).toBe(true);
  });

  test.each([
    [
      'an English page about ASEAN',
      'China-ASEAN trade rose 9 percent; Indochina factories and Chinatown shops gained.',
    ],
    ['a Russian page about Central Asia only', 'Токаев и Мирзиёев обсудили водные ресурсы в Ташкенте.'],
    ['a Chinese page with 其中亚洲 and 发展中国家', '其中亚洲市场增长5%，发展中国家贸易活跃。'],
    ['a Mongolia rail port page', '二连浩特口岸中欧班列通行量创新高，蒙古国煤炭进口增长。'],
  ])('stops %s', (_name, text) => {
    expect(mightBeTopic(text)).toBe(false);
  });

  // Its cost is a speed goal, measured by `npm run bench` (prefilter_ms_100kb), not asserted here.
  test.each(LONG_PAGES)('stops a 100 KB %s page', (_lang, text) => {
    expect(mightBeTopic(text)).toBe(false);
  });

  test('look-alike pages may pass the prefilter; scoreTopic then rejects them', () => {
    const passed = LOOK_ALIKE_PAGES.filter((entry) => mightBeTopic(joinPage(entry.page))).map(
      (entry) => entry.name,
    );
    expect(passed.length).toBeLessThan(LOOK_ALIKE_PAGES.length);
  });
});
