import { describe, expect, test } from 'vitest';
import { scoreTopic, TOPIC_THRESHOLD, type TopicDecision } from '../../../lib/topic';
import { MENTION_SIDE_CAP } from '../../../lib/topic/topic-weights';
import { LOOK_ALIKE_PAGES, TOPIC_PAGES } from './pages';

describe('China–Central Asia pages are on topic', () => {
  test.each(TOPIC_PAGES.map((entry) => [entry.name, entry.page] as const))('%s', (_name, page) => {
    const decision = scoreTopic(page);
    expect(decision.isTopic).toBe(true);
    expect(decision.score).toBeGreaterThanOrEqual(TOPIC_THRESHOLD);
  });
});

describe('look-alikes are not', () => {
  test.each(LOOK_ALIKE_PAGES.map((entry) => [entry.name, entry.page] as const))('%s', (_name, page) => {
    const decision = scoreTopic(page);
    expect(decision.isTopic).toBe(false);
    expect(decision.score).toBeLessThan(TOPIC_THRESHOLD);
  });
});

function findEvidence(decision: TopicDecision, term: string) {
  return decision.evidence.find((item) => item.term === term);
}

describe('evidence', () => {
  const [stateVisit, , , zhanghaPage] = TOPIC_PAGES;

  test('a link term in the title is the strongest item, with its reason', () => {
    const decision = scoreTopic(zhanghaPage?.page ?? { title: '', blocks: [] });
    expect(decision.evidence[0]).toMatchObject({ term: '中哈', side: 'link', where: 'title', weight: 20 });
    expect(decision.evidence[0]?.reason).toContain('China–Kazakhstan');
    expect(decision.evidence[0]?.reason).toContain('×4 in the title');
  });

  test('both sides in one lead sentence: a co-occurrence item worth 3 × 2', () => {
    const decision = scoreTopic(stateVisit?.page ?? { title: '', blocks: [] });
    const item = decision.evidence.find((entry) => entry.where === 'lead' && entry.term.includes(' + '));
    expect(item).toMatchObject({ term: 'Chinese + Kazakh', side: 'link', weight: 6 });
    expect(item?.reason).toContain('same sentence');
  });

  test('names count once per place, weighted 4 / 2 / 1', () => {
    const decision = scoreTopic({
      title: 'Kazakhstan and China',
      blocks: [
        'Kazakhstan opened a consulate in Urumqi on Monday, officials said, after months of talks.',
        'A second paragraph that is long enough to close the lead before the body begins here.',
        'Kazakhstan grew. Kazakhstan traded. Kazakhstan built roads. Urumqi grew too.',
      ],
    });
    const kazakhstan = decision.evidence.filter((item) => item.side === 'central_asia');
    expect(kazakhstan.map((item) => [item.where, item.weight])).toEqual([
      ['title', 4],
      ['lead', 2],
      ['body', 1],
    ]);
    expect(findEvidence(decision, 'China')).toMatchObject({ side: 'china', where: 'title', weight: 4 });
  });

  test('repeated relation sentences sum into one item per terms and place', () => {
    const decision = scoreTopic({
      title: '',
      blocks: [
        'Intro line.',
        'Body. '.repeat(60),
        'Khorgos port grew. Khorgos port expanded. Khorgos port hired.',
      ],
    });
    const khorgos = decision.evidence.filter((item) => item.term === 'Khorgos');
    expect(khorgos).toHaveLength(1);
    expect(khorgos[0]).toMatchObject({ where: 'body', weight: 15 });
    expect(khorgos[0]?.reason).toContain('3 sentences');
  });

  test('items are unique, strongest first, and each has a reason', () => {
    for (const { page } of [...TOPIC_PAGES, ...LOOK_ALIKE_PAGES]) {
      const { evidence } = scoreTopic(page);
      const keys = evidence.map((item) => `${item.term}|${item.where}|${item.side}|${item.reason}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(evidence.map((item) => item.weight)).toEqual(
        [...evidence.map((item) => item.weight)].sort((a, b) => b - a),
      );
      for (const item of evidence) expect(item.reason.length).toBeGreaterThan(10);
    }
  });

  test('the score is relations + the smaller side total (capped) + penalties', () => {
    for (const { page } of [...TOPIC_PAGES, ...LOOK_ALIKE_PAGES]) {
      const { evidence, score } = scoreTopic(page);
      const sum = (side: string) =>
        evidence
          .filter((item) => item.side === side && item.weight > 0)
          .reduce((total, item) => total + item.weight, 0);
      const relations = sum('link');
      const penalties = evidence
        .filter((item) => item.weight < 0)
        .reduce((total, item) => total + item.weight, 0);
      const support = Math.min(sum('china'), sum('central_asia'), MENTION_SIDE_CAP);
      expect(score).toBe(relations + support + penalties);
    }
  });

  test('a title pairing Central Asia with another partner is a negative item', () => {
    const page = LOOK_ALIKE_PAGES.find((entry) => entry.name.includes('C5+1'))?.page;
    const decision = scoreTopic(page ?? { title: '', blocks: [] });
    expect(findEvidence(decision, 'Biden')).toMatchObject({ where: 'title', weight: -8 });
    expect(findEvidence(decision, 'Biden')?.reason).toContain('not China');
  });

  test('a title counting a sum in US$ does not pair Central Asia with the United States', () => {
    const decision = scoreTopic({
      title: 'Kazakhstan signs US$2.3 billion rail loan',
      blocks: ['Kazakhstan and China signed a US$2.3 billion loan for a second track to Khorgos.'],
    });
    expect(decision.evidence.filter((item) => item.weight < 0)).toEqual([]);
  });
});

describe('scoring rules', () => {
  test('one title sentence naming both sides is enough', () => {
    expect(scoreTopic({ title: 'Xi meets Tokayev', blocks: [] }).isTopic).toBe(true);
    expect(scoreTopic({ title: '习近平会见托卡耶夫', blocks: [] }).isTopic).toBe(true);
    expect(scoreTopic({ title: 'Си Цзиньпин встретился с Токаевым', blocks: [] }).isTopic).toBe(true);
  });

  test.each([
    ['哈萨克斯坦对华小麦出口同比增长两倍', '据哈农业部消息，前8个月哈方出口小麦约120万吨。'],
    ['乌兹别克斯坦自华进口汽车增长七成', '乌方数据显示，上半年进口汽车约6.7万辆。'],
    ['中资企业在塔吉克斯坦投资超30亿美元', '据塔方统计，中资项目创造就业岗位约1.5万个。'],
    ['土庫曼總統訪華 雙方簽署多項協議', '雙方簽署能源、交通等領域合作文件。'],
  ])('China written as 华 or as Chinese firms in a title with a Central Asian country: %s', (title, lead) => {
    expect(scoreTopic({ title, blocks: [title, lead] }).isTopic).toBe(true);
  });

  test.each([
    ['比亚迪乌兹别克斯坦工厂年产能将提升至5万辆', '工厂二期项目在吉扎克州投产。'],
    ['中石油在哈萨克斯坦的油田年产原油1200万吨', '该项目已运营超过二十年。'],
    ['華為與烏茲別克簽署5G合作協議', '雙方將在塔什干建設數據中心。'],
  ])('a Chinese firm named with a Central Asian country in the title: %s', (title, lead) => {
    expect(scoreTopic({ title, blocks: [title, lead] }).isTopic).toBe(true);
  });

  test('a Chinese firm with no Central Asian country is not enough, nor 中华为 ("China as")', () => {
    const title = '比亚迪匈牙利工厂年产能将提升至20万辆';
    expect(scoreTopic({ title, blocks: [title, '工厂位于塞格德。'] }).isTopic).toBe(false);
    const other = '以中华为名的哈萨克斯坦餐馆开业';
    expect(scoreTopic({ title: other, blocks: [other, '餐馆位于阿拉木图市中心。'] }).isTopic).toBe(false);
  });

  test.each([
    ['美国对华加征关税 中亚国家受影响', '美国对华加征关税后，部分中亚国家对美出口受到冲击。'],
    ['俄罗斯对华出口增长 中亚过境运输繁忙', '俄罗斯对华出口增长，经哈萨克斯坦的过境运输量增加。'],
  ])(
    "another partner's dealings with China (美对华, 俄罗斯对华) do not name the China side: %s",
    (title, lead) => {
      expect(scoreTopic({ title, blocks: [title, lead] }).isTopic).toBe(false);
    },
  );

  // Each page: its title first among its blocks, and whether it is on topic.
  test.each([
    [
      "another country's envoy to China visiting Central Asia names no China–Central Asia relation",
      ['美国驻华大使访问哈萨克斯坦', '美国驻华大使本周访问哈萨克斯坦，讨论关键矿产合作。'],
      false,
    ],
    [
      'headlines listed under a related-stories heading do not make a look-alike about China and Central Asia',
      [
        '前10个月中国与东盟贸易额达5.7万亿元',
        '海关总署数据显示，前10个月我国与东盟贸易总值为5.71万亿元，同比增长8.8%。',
        '越南、马来西亚、印度尼西亚为我国在东盟前三大贸易伙伴。',
        '相关新闻',
        '中国与哈萨克斯坦贸易额前10个月增长5%',
        '霍尔果斯口岸中欧班列通行量突破6000列',
        '中吉乌铁路吉尔吉斯斯坦段隧道工程开工',
        '中国—中亚天然气管道累计输气超5200亿立方米',
        '热点推荐',
        '中国同塔吉克斯坦签署多项合作文件',
      ],
      false,
    ],
    [
      'an article about China and Central Asia keeps its decision with a related list under it',
      [
        '霍尔果斯口岸前10个月通行中欧班列6128列',
        '记者从霍尔果斯海关获悉，前10个月经霍尔果斯铁路口岸进出境的中欧（中亚）班列达6128列。',
        '相关新闻',
        '前10个月中国与东盟贸易额达5.7万亿元',
      ],
      true,
    ],
    [
      '我國 on a page naming Taiwan is Taiwan: Taiwan–Kazakhstan trade is no China–Central Asia story',
      [
        '台灣與哈薩克貿易額成長 外交部將設代表處',
        '（中央社記者台北5日電）外交部今天表示，我國與哈薩克雙邊貿易額去年約3.2億美元，較前年成長12%。',
        '我國將在阿拉木圖設立代表處，推動雙邊經貿交流。',
        '經濟部指出，我國對哈薩克出口以電子零組件與機械為主。',
      ],
      false,
    ],
    [
      '我国 on a simplified page is China, even beside 台湾',
      ['中亚五国重申支持中方在台湾问题上的立场', '我国与中亚五国贸易额去年达948亿美元，同比增长5.4%。'],
      true,
    ],
  ] as const)('%s', (_name, blocks, isTopic) => {
    expect(scoreTopic({ title: blocks[0], blocks: [...blocks] }).isTopic).toBe(isTopic);
  });

  test('both sides far apart in the body are not enough', () => {
    const filler = 'Officials discussed budgets, roads and schools at length. '.repeat(4);
    const decision = scoreTopic({
      title: 'Regional budget talks',
      blocks: [filler, 'China raised its budget by 3 percent.', filler, 'Kazakhstan kept its budget flat.'],
    });
    expect(decision.isTopic).toBe(false);
    expect(decision.score).toBe(1);
  });

  test('one side alone is never on topic, however often named', () => {
    const blocks = Array.from({ length: 30 }, () => 'Kazakhstan, Astana and Tokayev in Central Asia.');
    expect(scoreTopic({ title: 'Kazakhstan', blocks })).toMatchObject({ isTopic: false, score: 0 });
  });

  test('empty input', () => {
    expect(scoreTopic({ title: '', blocks: [] })).toEqual({ isTopic: false, score: 0, evidence: [] });
  });
});
