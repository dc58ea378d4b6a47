import { describe, expect, test } from 'vitest';
import { isBlockRelevant, scoreTopic } from '../../../lib/topic';
import { LOOK_ALIKE_PAGES, TOPIC_PAGES } from './pages';

const topicDecision = scoreTopic(TOPIC_PAGES[0]?.page ?? { title: '', blocks: [] });
const offTopicDecision = scoreTopic(LOOK_ALIKE_PAGES[0]?.page ?? { title: '', blocks: [] });

describe('isBlockRelevant on a topic page', () => {
  test('the test decision is on topic', () => {
    expect(topicDecision.isTopic).toBe(true);
  });

  test.each([
    ['names Central Asia', 'Kazakhstan will double wheat shipments to 2 million tonnes.'],
    ['names a link term', 'Trains through Khorgos rose 12 percent.'],
    [
      'names China only, as article paragraphs do',
      'Chinese President Xi Jinping said the keys to success were mutual respect.',
    ],
    ['names neither side', 'The two leaders also witnessed the signing of 24 documents.'],
    ['zh paragraph naming neither side', '双方还签署了24份合作文件，涵盖能源、交通和农业等领域。'],
    ['ru paragraph naming neither side', 'Стороны подписали 24 документа о сотрудничестве.'],
    [
      'a dateline on the article itself',
      'ASTANA, June 17 (Xinhua) -- Kazakhstan and China signed 24 documents.',
    ],
    [
      'Central Asia alongside another partner',
      'Unlike the U.S., China has become the largest trading partner of Uzbekistan.',
    ],
    [
      "China's core interests",
      'The five countries support China on issues related to Taiwan, Xinjiang and Hong Kong.',
    ],
    ['counts in US$ (en)', 'Chinese lenders quoted US$2.3 billion for the line.'],
    ['counts in U.S. dollars (en)', 'The loan of 2.3 billion U.S. dollars runs for 20 years.'],
    [
      'counts in Japanese yen and Russian roubles (en)',
      'The tender was priced in Japanese yen and Russian roubles.',
    ],
    ['counts in долларов США (ru)', 'Китайские банки выделили 2,3 млрд долларов США.'],
    ['counts in долл. США (ru)', 'Экспорт достиг 12,9 млрд долл. США.'],
    ['counts in американских долларов (ru)', 'Кредит составил 300 млн американских долларов.'],
    ['counts in российских рублей (ru)', 'Контракт оценён в 1,5 трлн российских рублей.'],
  ])('keeps a block that %s', (_why, block) => {
    expect(isBlockRelevant(block, topicDecision)).toBe(true);
  });

  test.each([
    [
      'a wire item of its own (en)',
      'BEIJING, Nov. 26 (Xinhua) -- China’s economy is expected to grow 5 percent next year.',
    ],
    ['a wire item of its own (zh-Hant)', '新華社北京11月26日電 專家表示，明年中國經濟增速有望達到5%。'],
    ['a wire item of its own (ru)', 'МОСКВА, 26 ноября. /ТАСС/. Курс рубля вырос на 2%.'],
    [
      'a China–ASEAN item',
      'China and ASEAN signed an upgraded free trade agreement worth 900 billion dollars.',
    ],
    ['a weather item', '北京今天最高气温35℃，明天有雷阵雨。'],
    ['a sports item', 'Real Madrid beat Barcelona 3-1 in a league match on Sunday.'],
    ['a Russian sports item', 'ЦСКА обыграл «Спартак» со счетом 2:0 при 40 тыс. болельщиков.'],
    ['a stadium item', 'The new stadium drew 52,000 spectators to its opening night.'],
    ['a Shanghai item', '上海今年接待入境游客超过600万人次，同比增长35%。'],
    ['a domestic address', '河北省邯郸市一所小学开展消费维权教育活动，300名学生参加。'],
    ['a Gaza item', '當地時間24日上午7時，加沙地帶的臨時停火協議生效，雙方將休戰4天。'],
    ['a Russia-only item', 'Russia raised gas exports to Europe by 10 percent.'],
    ['a US item priced in US$', 'Washington approved a US$2 billion arms package on Monday.'],
    ['a US item in Russian', 'США ввели пошлины на сталь на 25 млрд долларов США.'],
  ])('drops %s', (_why, block) => {
    expect(isBlockRelevant(block, topicDecision)).toBe(false);
  });
});

describe('isBlockRelevant on a page that is not on topic', () => {
  test('nothing is relevant, not even a block naming both sides', () => {
    expect(offTopicDecision.isTopic).toBe(false);
    expect(isBlockRelevant('China and Kazakhstan signed a deal.', offTopicDecision)).toBe(false);
  });
});
