import { describe, it } from 'vitest';
import { expectFigures, expectNoFigures } from './helpers';

describe('never figures', () => {
  it.each([
    ['years', 'The forum was founded in 2024 and met again in 2025.'],
    ['Chinese years', '2024年，双方举行会谈；二〇二三年签署协议。'],
    ['ISO dates', 'Updated 2025-06-18, first posted 2026/01/20.'],
    ['dotted dates', 'Опубликовано 18.06.2025, обновлено 19.06.2025.'],
    ['English dates', 'BEIJING, May 19, 2023 -- talks opened on 19 May.'],
    ['Chinese dates', '5月27日，代表团抵达；6月16日至18日举行峰会。'],
    ['Russian dates', 'Саммит прошел 19 мая в Астане.'],
    ['Russian wire datelines with an abbreviated month', 'БИШКЕК, 25 дек — Sputnik. МОСКВА, 3 янв. /ТАСС/.'],
    ['Russian reading times', 'Айгерим Нурланова · 14 февраля 2025 · 4 мин. чтения · 30 сек'],
    ['clock times', 'Posted at 07:26, updated 13:47 and at 9 p.m.'],
    ['Chinese clock times', '当地时间24日上午7时，北京时间13时。'],
    ['ordinals', 'The 10th forum and the 2nd round; the 3rd time.'],
    ['Chinese ordinals', '第二届峰会和第6年合作。'],
    ['Russian ordinals', '5-й раунд переговоров и 30-летие отношений.'],
    ['citation markers', 'Trade hit records [2] and grew further [6][8], see [1-3].'],
    ['names with digits', 'The C5+1 format, the G20, COVID-19 and the 3·15 consumer day.'],
    ['model names', 'A Boeing 737, A320 planes, 5G networks and Euro-5 engines.'],
    ['phone numbers', 'Call +7 (727) 244-55-66 or 8-800-555-35-35 today.'],
    ['Chinese phone numbers', '电话：010-63074554，热线12345。'],
    [
      'phone numbers after a label and a colon',
      'Tel.: 8 800 080 7777 · Тел.: 8 800 200 00 00 · Phone: 1 800 555 1234',
    ],
    ['version numbers', 'Version 2.1.3 ships with iOS 17 and Windows 11.'],
    ['counters', '阅读:163 · 0 Comment(s) · 1,245 views · Likes 12'],
    ['Chinese hit counters', '點擊：2,318 · 点击 1,204 · 人气：3,517'],
    ['Chinese visit counters', '瀏覽人次：2,907 · 浏览人次 12,345 · 访问量：5,310 · 訪問人次(1,234)'],
    ['English hit counters', 'Hits: 2,318 · Clicks 1,204'],
    ['Russian counters', 'Просмотров: 1 523 · Комментарии (4)'],
    [
      'audience counters',
      'Подписчиков: 120 тыс. · 48 тыс. подписчиков · Subscribers: 25,000 · Followers 1,204',
    ],
    ['view counters shown as an eye', '09:40 / 03.02.2026 👁 4 907 · 👁️ 1 250 · 👀 2,316'],
    ['labels', 'Group 1, Phase 2, Article 5, No. 3, Chapter 12, p. 45.'],
    ['capitalized labels that are also verbs', 'Building 3, Room 5; see Issue 12 of the bulletin.'],
    ['the number of a name', 'Talks on Power of Siberia 2 drag on; the Power of Siberia 2 talks stall.'],
    ['periods', 'In the first five months, during 1-5月 and за 10 месяцев.'],
    ['identifiers', 'ICP licence 0601232 and order 1234567890.'],
    ['durations that measure nothing', 'Talks took 3 days; the plan covers 10 years; 5年来; спустя 6 лет.'],
    [
      'timings: ago, later, in the next days',
      'Posted 3 hours ago; 2 days later; in the next 10 days; last 24 hours.',
    ],
    ['Chinese timings', '3天前发布；两天后抵达；过去7天；未来10天；近5年来。'],
    ['Russian timings', 'Опубликовано 5 часов назад; через 3 дня; за последние 7 дней; спустя 2 недели.'],
    ['frequencies', 'The post works 24 hours a day, 7 days a week; 每3天一班; раз в 2 недели.'],
    ['how long a competition lasts', 'Athletes raced over 16 days of competition.'],
    [
      'how long a meeting or a visit lasts',
      'The ministers met for 2 days; 为期3天的访问; выставка продлится 4 дня.',
    ],
    [
      'years since an event',
      'The two states mark 31 years of diplomatic ties; 建交31年来; 31 год дипотношений.',
    ],
    ['ages in years', 'A driver aged 45; a 45-year-old engineer; 45 years old; в возрасте 45 лет; 45岁.'],
    [
      'plans and their deadlines',
      'The five-year plan; within 5 years; 五年规划; 5年内建成; пятилетка, за 5 лет.',
    ],
    ['a hyphenated visit or summit', 'A three-day state visit and a two-day summit; a 5-day forum.'],
    [
      'a penalty of detention or prison',
      'A blogger was detained for 10 days; he faces a 3-year prison term; 被行政拘留10天; задержан на 10 суток; ' +
        'приговорен к 4 годам лишения свободы; их задержали на 15 суток.',
    ],
    ['a lone Chinese one before a time word', '总有一天；一天比一天好；一年一度的博览会。'],
    ['reading times', '5 min read · 3 min listen · Читать: 6 мин · 阅读时间：4分钟'],
    ['streaks', 'Coal prices fell 4 weeks in a row; 煤价连跌4周; цены росли 4 недели подряд.'],
    ['lists of a site', '24小时热榜 · 48小时排行'],
    [
      'round the clock in English',
      'Khorgos offers 24-hour customs clearance; prices rose for 3 consecutive days.',
    ],
    ['a weekday after a year', 'Posted May 3, 2023週五 · 3周一次'],
    ['round-the-clock work and idioms of time', '口岸实行7×24小时通关，全天24小时运转；他三天两头往返。'],
    ['anniversaries in years', 'The treaty marks 30 years since it was signed; Договору исполнилось 30 лет.'],
    ['a length of time after a timing word, never a count', '过去3个小时；最近两个星期。'],
    [
      '近 opening a clause before a length of time: the last days, a period',
      '近3天，口岸通行班列；在近24小时内；近5天时间里；據統計，近7日經口岸出境。',
    ],
    ['abbreviated Russian months', 'Итоги за 9 мес. 2026 года; в графе «3 мес.» пусто.'],
    ['reporting periods with a capital M', 'Results for 9M 2026 and 6M25 are due.'],
    ['Russian half-years', 'Планы на 2 полугодие утверждены.'],
    ['loose orders of magnitude', 'A village of a few hundred people hosts several dozen shops.'],
    ['proportions written in words', 'One in three Kyrgyz adults and two out of five firms agree.'],
    ['rankings', 'Kazakhstan joined the top ten reserve holders; China is among its top 5 partners.'],
    ['Russian rankings', 'Китай вошел в первую десятку партнеров, Казахстан — в десятке экспортеров.'],
    ['ages and anniversaries', 'A 60-year-old driver marked the 30th anniversary; 建交30周年.'],
    ['a year before a Chinese place name', '2025上海国际旅游交易博览会开幕。'],
    [
      "a group's number of members after its name, or the countries just listed counted again",
      '中國與中亞5國貿易總額創新高；东盟10国代表出席；為哈薩克、烏茲別克、吉爾吉斯、土庫曼4國的第一大夥伴。',
    ],
    ['how long a holiday lasts', '元旦5天，口岸验放旅客；春节8天；国庆7天长假；中秋3天小长假。'],
    ['places a ranking moved', '在中国贸易伙伴中排第27位，较上年上升3位；排名提升了5位至第32位。'],
    ['Chinese weekdays', '每周三、周五各发一班；星期六停运；上周五开馆；周三十时发车；礼拜一见。'],
    ['Chinese words made of numerals', '一带一路、十字路口、五一村、万一、千万不要、百姓、十四五规划。'],
    [
      'the parts of the writing itself',
      'Three trends are worth watching. Summit in Tianjin: 5 takeaways. Есть пять причин для оптимизма.',
    ],
  ])('%s', (_name, sentence) => {
    expectNoFigures(sentence);
  });

  it('an emoji other than an eye does not make a counter', () => {
    expectFigures('🚆 4 907 контейнеров прошли через Хоргос, экспорт 📈 на 12%.', [
      { text: '4 907 контейнеров', value: 4907 },
      { text: '12%', value: 12 },
    ]);
  });

  it('a word that only starts like an abbreviated month leaves the count alone', () => {
    expectFigures('На станции Достык простаивали 12 октановых цистерн и 9 апробированных кранов.', [
      { text: '12 октановых цистерн', value: 12 },
      { text: '9 апробированных кранов', value: 9 },
    ]);
  });

  it('keeps the figure next to a citation marker', () => {
    expectFigures('Trade grew 14% [2].', [{ text: '14%', value: 14 }]);
  });

  // "building", "top" and "issue" also take a quantity as verbs: the number is then a figure.
  it.each([
    ['Chinese firms are building 2 GW of solar parks in Uzbekistan.', '2 GW'],
    ['China is building 3 new terminals at the border.', '3 new terminals'],
    ['Grain shipments could top 10 million tonnes this year.', '10 million tonnes'],
    ['Top: 12 million tonnes of grain went east.', '12 million tonnes'],
    ['Astana plans to issue 5 billion yuan of panda bonds.', '5 billion yuan'],
    ['Инвесторы из КНР планируют вложить в проект группы 2 млрд долларов.', '2 млрд долларов'],
  ])('keeps the quantity a verb-like label takes: %s', (sentence, text) => {
    expectFigures(sentence, [{ text }]);
  });

  it.each([
    ['回程班列增至每周十余列。', '十余列', 10],
    ['中亚方向每周二十列。', '二十列', 20],
    ['每週十二班貨運航班。', '十二班', 12],
  ])('counts trains a week when the numeral after 周 is no weekday: %s', (sentence, text, value) => {
    expectFigures(sentence, [{ text, value, unit: 'count' }]);
  });

  it('still counts visitors and visits that are the story', () => {
    expectFigures('霍尔果斯口岸今年接待出入境旅客12,000人次。', [{ text: '12,000人次', value: 12000 }]);
    expectFigures('代表团此行访问了15个城市。', [{ text: '15个', value: 15 }]);
  });

  it('still counts the questions, projects and agreements of the news', () => {
    expectFigures('The sides discussed 12 questions and signed 8 agreements on 3 new trade routes.', [
      { text: '12 questions', value: 12 },
      { text: '8 agreements', value: 8 },
      { text: '3 new trade routes', value: 3 },
    ]);
  });

  it('keeps the counts and quantities that follow a name', () => {
    expectFigures('The Bank of China opened 4 branches in Almaty.', [{ text: '4 branches', value: 4 }]);
    expectFigures('The Port of Aktau 6 million tonnes target', [{ text: '6 million tonnes', value: 6e6 }]);
    expectFigures('Китай выделит гражданам государств Центральной Азии 3000 мест на курсах.', [
      { text: '3000 мест', value: 3000 },
    ]);
    // A name's number is one digit: a larger one after a country's formal name is a count.
    expectFigures('In the Republic of Kazakhstan 35 new plants were built in 2024.', [
      { text: '35 new plants', value: 35 },
    ]);
  });

  it('still counts the countries a network reaches, and countries not all named', () => {
    expectFigures('中欧班列通达欧洲19国。', [{ text: '19国', value: 19 }]);
    expectFigures('哈萨克斯坦、乌兹别克斯坦等5国企业参展。', [{ text: '5国', value: 5 }]);
  });

  it('still reads a transit time in a sentence about a holiday', () => {
    expectFigures('元旦假日结束后，班列全程运行5天抵达阿拉木图。', [{ text: '5天', value: 5 }]);
  });

  it('still counts people with 位 after a verb of rising', () => {
    expectFigures('参会嘉宾上升至12位专家。', [{ text: '12位', value: 12 }]);
    expectFigures('论坛邀请了12位中亚国家部长。', [{ text: '12位', value: 12 }]);
  });

  it('keeps a figure that follows a date', () => {
    expectFigures('On May 19, 2023, 58 agreements were signed.', [{ text: '58 agreements', value: 58 }]);
  });
});
