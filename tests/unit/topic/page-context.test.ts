import { describe, expect, test } from 'vitest';
import { scanText } from '../../../lib/scan/scan-text';
import { isBlockRelevant, scoreTopic } from '../../../lib/topic';
import { findFurniture, isFurnitureShaped } from '../../../lib/topic/page-furniture';

describe('page furniture', () => {
  const blocks = [
    'Home | News | Business',
    'Kazakh wheat exports to China double',
    '12 February 2025 | 1,204 views',
    'Kazakhstan exported 1.6 million tonnes of wheat to China this season, twice as much as a year earlier.',
    'Subheading without a full stop',
    'Trade between Kazakhstan and China reached $43.8 billion in 2024, Chinese customs said.',
    'Related stories',
    'China, Kazakhstan sign $5 bln of deals',
    '',
    'Kazakhstan GDP grows 4.8% in 2024',
    'Kazakh wheat exports to China double - The Daily',
  ];
  const furniture = findFurniture(blocks[1] ?? '', blocks, () => true);

  test('a line reads as a sentence when it ends with a full stop, or is long', () => {
    expect(isFurnitureShaped('China, Kazakhstan sign $5 bln of deals')).toBe(true);
    expect(isFurnitureShaped('The two sides signed 24 documents.')).toBe(false);
    expect(isFurnitureShaped('中方愿同中亚国家一道，推进中吉乌铁路建设。')).toBe(false);
  });

  test('keeps the head, the headline and subheadings inside the article', () => {
    expect(furniture).not.toContain('Kazakh wheat exports to China double');
    expect(furniture).not.toContain('Subheading without a full stop');
  });

  test('drops counters, related lists and lines after the article, but not the repeated title', () => {
    expect(furniture).toEqual(
      expect.arrayContaining([
        '12 February 2025 | 1,204 views',
        'Related stories',
        'China, Kazakhstan sign $5 bln of deals',
        'Kazakhstan GDP grows 4.8% in 2024',
      ]),
    );
    expect(furniture).not.toContain('Kazakh wheat exports to China double - The Daily');
  });

  test('a line of date and time with an eye and a number is a view counter', () => {
    const page = [
      'Uzbek cotton exports to China rise',
      '11:05 / 14.03.2026 👁 6 204',
      'Uzbekistan shipped 41,000 tonnes of cotton yarn to China in two months, its statistics agency said.',
    ];
    expect(findFurniture(page[0] ?? '', page, () => true)).toEqual(['11:05 / 14.03.2026 👁 6 204']);
    expect(
      findFurniture(page[0] ?? '', [page[0] ?? '', '11:05 / 14.03.2026', page[2] ?? ''], () => true),
    ).toEqual([]);
  });

  test('a line of date or time that ends in a bare number is a view counter', () => {
    const page = [
      'Chinese buses for Tashkent',
      'Tashkent  |  09:12 / 04.02.2026  |  6,730',
      'Almaty, 11.02.2026 / Business / 2412',
      'Tashkent will buy 1,000 electric buses from China by 2027, the city said.',
      'Deliveries: 04.02.2026 / 120',
    ];
    const found = findFurniture(page[0] ?? '', page.slice(0, 4), () => true);
    expect(found).toEqual([page[1], page[2]]);
    // A line with a date but no bare number at its end stays.
    expect(
      findFurniture(
        page[0] ?? '',
        [page[0] ?? '', 'Tashkent, 04.02.2026 / Business', page[3] ?? ''],
        () => true,
      ),
    ).toEqual([]);
  });

  test("a wire story's last paragraph keeps its sign-off and story number and stays a sentence", () => {
    expect(isFurnitureShaped('双方将继续扩大本币结算，目前占比已达三成。（完）')).toBe(false);
    expect(isFurnitureShaped('業者估計，對中亞出口去年約3億美元。（編輯：林文清）1140312')).toBe(false);
    expect(isFurnitureShaped('【责任编辑：王磊】')).toBe(true);
  });

  test('figures in a wire story signed off with an editor and a story number are highlighted', () => {
    const page = [
      '中國與哈薩克鐵路貨運量創新高',
      '（中央社記者台北5日電）中國與哈薩克之間的鐵路貨運持續增長，經霍爾果斯口岸往返的班列今年已逾7000列。',
      '哈薩克官員表示，兩國計劃再開通兩條跨境鐵路，年運量可望增加約2000萬公噸。（編輯：林文清）1140305',
      '延伸閱讀',
      '台股終場收漲152點',
    ].join('\n');
    const texts = scanText(page, 'zh').figures.map((figure) => figure.text);
    expect(texts).toEqual(['逾7000列', '約2000萬公噸']);
  });

  test('a visit counter by its visitors or visits is furniture, and its count is not highlighted', () => {
    const page = [
      '中哈貿易額去年逾440億美元',
      '2025年02月14日 18:05  撰文：陳嘉欣  瀏覽人次：2,907',
      '據哈方統計，2024年哈薩克與中國雙邊貿易額達443.6億美元，按年增長約7%。',
      '访问量：5,310',
    ].join('\n');
    const texts = scanText(page, 'zh').figures.map((figure) => figure.text);
    expect(texts).toEqual(['逾440億美元', '443.6億美元', '約7%']);
  });

  test('a counter written count first (5.2万人看过, 36条评论) is furniture; 1200人参与 in a paragraph is not', () => {
    const page = [
      '中哈贸易额去年逾440亿美元',
      '阅读原文 5.2万人看过 36条评论',
      '据海关统计，2024年中国与哈萨克斯坦双边贸易额达443.6亿美元，同比增长约7%。',
      '霍尔果斯口岸举办的中哈商品展销会吸引了1200人参与。',
    ].join('\n');
    const texts = scanText(page, 'zh').figures.map((figure) => figure.text);
    expect(texts).toEqual(['逾440亿美元', '443.6亿美元', '约7%', '1200人']);
  });

  test('every line under a notes or references heading is furniture, full sentences too', () => {
    for (const [heading, reference] of [
      ['References', 'World Bank, Economic Update for the region, Spring 2025, 12 tables.'],
      ['参考文献', '[1] 王强. 中亚农业发展报告[M]. 北京: 出版社, 2023: 45-67.'],
      ['Список литературы', '1. Иванов И. И. Китай в Центральной Азии. — М.: Наука, 2021. — 312 с.'],
    ] as const) {
      const page = [...blocks.slice(0, 6), heading, reference, 'Author, A. (2021). A book. A press, 288 pp.'];
      const furniture = findFurniture(blocks[1] ?? '', page, () => true);
      expect(furniture).toEqual(expect.arrayContaining([heading, reference]));
      expect(furniture).not.toContain(blocks[5]);
    }
  });

  test('figures in a references list under its heading are not highlighted', () => {
    const page = [
      "How China's loans changed Tajikistan",
      'Tajikistan owes China about $1.1 billion, roughly a third of its external debt, the finance ministry said.',
      'Chinese firms built 2 power plants and a 354-kilometre road in Tajikistan with those loans.',
      'References',
      'World Bank, Tajikistan Economic Update, Spring 2025, 12 tables.',
    ].join('\n');
    const texts = scanText(page, 'en').figures.map((figure) => figure.text);
    expect(texts).toContain('354-kilometre');
    expect(texts).not.toContain('12 tables');
  });

  test("the outlet's call to follow it is furniture wherever it stands, its audience count not highlighted", () => {
    const page = [
      'Kazakhstan and China sign rail deal',
      'Kazakhstan and China agreed to add a second track at Dostyk, costing about $1.1 billion, officials said.',
      'Subscribe to our Telegram channel: 120,000 readers get the news first!',
      'Freight through Dostyk reached 23 million tonnes in 2024, up 12% from a year earlier.',
      'Подписывайтесь на наш Telegram-канал — там 45 тысяч читателей!',
      '关注我们的微信公众号，每天推送10条丝路要闻。',
      'Subscribers to the new freight service paid 8% less per container than last year.',
    ].join('\n');
    const texts = scanText(page, 'en').figures.map((figure) => figure.text);
    expect(texts).toEqual(expect.arrayContaining(['about $1.1 billion', '23 million tonnes', '12%', '8%']));
    expect(texts.join(' ')).not.toMatch(/120,000|45 тысяч|10条/);
  });

  test('isBlockRelevant drops the furniture the decision lists', () => {
    const decision = scoreTopic({ title: blocks[1] ?? '', blocks });
    expect(decision.isTopic).toBe(true);
    expect(isBlockRelevant('China, Kazakhstan sign $5 bln of deals', decision)).toBe(false);
    expect(isBlockRelevant(blocks[5] ?? '', decision)).toBe(true);
  });
});

describe('page context of relation sentences', () => {
  test('a match between national teams is not a relation', () => {
    const decision = scoreTopic({
      title: '杭州亚运｜中国女排3:0横扫哈萨克斯坦 小组赛三连胜',
      blocks: [
        '中国女排以25:13、25:16、25:12直落三局击败哈萨克斯坦队，晋级八强。',
        '中国队下一轮将对阵乌兹别克斯坦。',
      ],
    });
    expect(decision.isTopic).toBe(false);
    expect(decision.evidence.some((item) => item.weight === 0 && item.term === '亚运')).toBe(true);
  });

  test('a market report listing both sides beside their stock indices is not a relation', () => {
    const decision = scoreTopic({
      title: "Markets wrap: China's CSI 300 drops, Kazakhstan's KASE index climbs",
      blocks: [
        "China's CSI 300 lost 1.2% on Tuesday while Kazakhstan's KASE index added 0.8%, led by lenders.",
        'In Moscow the MOEX index was flat; the tenge and the yuan barely moved.',
      ],
    });
    expect(decision.isTopic).toBe(false);
    expect(decision.evidence).toContainEqual(
      expect.objectContaining({ term: 'CSI 300', where: 'title', weight: 0 }),
    );
  });

  test('a Chinese market report listing both sides beside their indices is not a relation', () => {
    const decision = scoreTopic({
      title: '亚洲股市收盘：中国沪深300指数跌0.9%，哈萨克斯坦KASE指数创新高',
      blocks: [
        '周二，中国沪深300指数收跌0.9%，报3870点；哈萨克斯坦KASE指数上涨1.6%，创历史新高。',
        '恒生指数微涨0.2%，日经225指数上涨0.4%。人民币兑美元汇率报7.15。',
      ],
    });
    expect(decision.isTopic).toBe(false);
    expect(decision.evidence).toContainEqual(
      expect.objectContaining({ term: '沪深300', where: 'title', weight: 0 }),
    );
  });

  test('the same names in a sentence without an index still make a relation', () => {
    const decision = scoreTopic({
      title: 'China and Kazakhstan agree to list yuan bonds in Astana',
      blocks: ["Kazakhstan's exchange will list bonds of Chinese banks, the central bank said."],
    });
    expect(decision.isTopic).toBe(true);
  });

  test('Khorgos without a border, freight or Central Asia context is a Xinjiang town', () => {
    const decision = scoreTopic({
      title: '霍尔果斯影视公司迎注销潮 税收优惠到期',
      blocks: [
        '记者调查发现，今年以来已有上百家注册在新疆霍尔果斯的影视公司申请注销。',
        '此前，霍尔果斯对新注册企业给予“五免五减半”的所得税优惠，吸引了大量影视公司落户。',
      ],
    });
    expect(decision.isTopic).toBe(false);
  });

  test('Khorgos as a crossing still names the relation', () => {
    const decision = scoreTopic({
      title: '霍尔果斯口岸今年通行班列突破7000列',
      blocks: ['班列经霍尔果斯出境。'],
    });
    expect(decision.isTopic).toBe(true);
  });

  test('中土 counts on a page naming Turkmenistan: a short gas flash with the pair in its headline', () => {
    const decision = scoreTopic({
      title: '中土签署天然气合作协议 年增供气50亿立方米',
      blocks: [
        '新华社阿什哈巴德11月22日电 中国企业22日与土库曼斯坦国家天然气康采恩签署协议，土方将自2026年起每年增供天然气50亿立方米。',
        '双方还将合作开发一处气田的第四期工程，总投资约30亿美元。',
      ],
    });
    expect(decision.isTopic).toBe(true);
    expect(decision.evidence.some((item) => item.term === '中土' && item.weight > 0)).toBe(true);
  });

  test.each([
    [
      '中土关系迎来新机遇 两国贸易额突破400亿美元',
      '土耳其总统20日表示，土耳其与中国的贸易额今年有望突破400亿美元，中土合作潜力巨大。',
    ],
    [
      '中乌贸易额前三季度增长12%',
      '乌克兰经济部发布数据，前三季度乌克兰与中国贸易额达98亿美元，中乌经贸合作稳步推进。',
    ],
    ['中乌关系持续发展', '两国贸易额今年前三季度达98亿美元，同比增长12%。'],
  ])(
    '中土 and 中乌 on a page about Turkey or Ukraine, or naming no partner, do not count: %s',
    (title, block) => {
      const decision = scoreTopic({ title, blocks: [block] });
      expect(decision.isTopic).toBe(false);
      expect(
        decision.evidence.filter((item) => /^中[土乌]/.test(item.term)).every((item) => item.weight === 0),
      ).toBe(true);
    },
  );

  test('中乌 counts on a page naming Uzbekistan', () => {
    const decision = scoreTopic({
      title: '中乌贸易额前10月同比增长超两成',
      blocks: ['乌兹别克斯坦国家统计委员会发布数据，今年前10个月，两国贸易额达116.4亿美元，同比增长22.3%。'],
    });
    expect(decision.isTopic).toBe(true);
  });
});
