import type { TopicInput } from '../../../lib/topic';

/** A small page written for these tests: what it is, and the page itself. */
export interface TestPage {
  name: string;
  page: TopicInput;
}

/** China–Central Asia articles, in English, simplified and traditional Chinese, and Russian. */
export const TOPIC_PAGES: readonly TestPage[] = [
  {
    name: 'en: state visit, both sides in the title',
    page: {
      title: 'Xi and Tokayev agree to expand China-Kazakhstan grain and transit trade',
      blocks: [
        'ASTANA, June 17 (Xinhua) -- Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev on Tuesday, and the two leaders agreed to lift bilateral trade to 40 billion U.S. dollars.',
        'The two sides signed 24 documents covering grain exports, a third cross-border railway and a new logistics hub.',
        'Tokayev said his country was ready to double wheat shipments over the next five years.',
      ],
    },
  },
  {
    name: 'en: border port, link term in the title',
    page: {
      title: 'Khorgos dry port handles a record 7,500 freight trains',
      blocks: [
        'The inland port on the border handled 7,500 freight trains in the first ten months, up 12 percent year on year, its operator said on Monday.',
        'Most of the trains carried cars, electronics and machinery bound for Europe.',
      ],
    },
  },
  {
    name: 'en: title on one side, relation in the lead and body',
    page: {
      title: "Uzbekistan's railway plans gather pace",
      blocks: [
        'Uzbekistan plans to double rail freight by 2030, the transport ministry said on Wednesday.',
        'Work on the China-Kyrgyzstan-Uzbekistan railway began in December with a budget of 4.7 billion dollars.',
        'Chinese contractors will dig more than 40 tunnels through the mountains of Kyrgyzstan.',
        'Officials in Tashkent expect the line to cut the journey from Kashgar to Andijan by about seven days.',
      ],
    },
  },
  {
    name: 'zh-Hans: bilateral abbreviation 中哈 in the title',
    page: {
      title: '中哈两国签署粮食贸易协议 明年对华小麦出口有望增至200万吨',
      blocks: [
        '新华社阿斯塔纳6月17日电 国家主席习近平17日在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈，两国元首同意进一步扩大农产品贸易。',
        '双方还就霍尔果斯口岸扩能、第三条跨境铁路建设等交换了意见。',
        '据统计，去年两国贸易额达到410亿美元，同比增长6%。',
      ],
    },
  },
  {
    name: 'zh-Hans: railway start, body full of link terms',
    page: {
      title: '中吉乌铁路项目开工 全长523公里',
      blocks: [
        '中吉乌铁路项目27日在吉尔吉斯斯坦贾拉拉巴德州正式开工。',
        '项目建成后，中国货物经新疆喀什进入吉尔吉斯斯坦、乌兹别克斯坦，运输时间将缩短约7天。',
      ],
    },
  },
  {
    name: 'zh-Hant: summit with a dashed compound',
    page: {
      title: '習近平出席第二屆中國—中亞峰會',
      blocks: [
        '新華社阿斯塔納6月17日電 國家主席習近平17日出席在阿斯塔納舉行的第二屆中國—中亞峰會，同中亞五國元首共同簽署《阿斯塔納宣言》。',
        '烏茲別克總統米爾濟約耶夫表示，中亞國家願同中方深化互聯互通合作。',
        '峰會期間，各方簽署合作文件12份，成果清單共110項。',
      ],
    },
  },
  {
    name: 'ru: talks in Astana, border crossings',
    page: {
      title: 'Токаев и Си Цзиньпин договорились нарастить перевозки через Хоргос',
      blocks: [
        'АСТАНА, 17 июня. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев провел переговоры с председателем КНР Си Цзиньпином.',
        'Стороны договорились увеличить объем транзита через Хоргос и Алашанькоу до 35 млн тонн в год.',
        'Товарооборот Казахстана с Китаем по итогам прошлого года составил 43,8 млрд долларов.',
      ],
    },
  },
  {
    name: 'ru: gas pipeline, title on both sides',
    page: {
      title: 'Туркменистан увеличит поставки газа в Китай',
      blocks: [
        'Ашхабад и Пекин подписали соглашение о строительстве четвертой нитки газопровода «Центральная Азия – Китай».',
        'По новой линии будет поставляться до 30 млрд кубометров газа в год.',
      ],
    },
  },
  {
    name: 'zh-Hant: Taiwan-style names, state visit',
    page: {
      title: '哈薩克總統托卡葉夫訪問北京 與習近平會談',
      blocks: [
        '哈薩克總統托卡葉夫3日抵達北京進行國是訪問，雙方預計簽署能源與交通合作文件。',
        '兩國貿易額去年達到410億美元，中國是哈薩克最大的貿易夥伴之一。',
      ],
    },
  },
];

/** Look-alikes: each must not be on topic. */
export const LOOK_ALIKE_PAGES: readonly TestPage[] = [
  {
    name: 'en: China–ASEAN trade, with Indochina and Chinatown',
    page: {
      title: 'China-ASEAN trade hits a record as Indochina supply chains deepen',
      blocks: [
        'Trade between China and the ten ASEAN members rose 9 percent to 982 billion dollars last year, customs data showed.',
        'Factories across Indochina now assemble phones from Chinese parts, while shops in Chinatown report brisk sales.',
        'Vietnam remained the largest partner in the bloc.',
      ],
    },
  },
  {
    name: 'zh-Hans: China–EU trade',
    page: {
      title: '前5个月中欧贸易额同比增长3.2%',
      blocks: [
        '海关总署数据显示，今年前5个月中国与欧盟贸易总值为2.3万亿元，同比增长3.2%。',
        '其中，中国对欧盟出口1.5万亿元，自欧盟进口0.8万亿元。',
      ],
    },
  },
  {
    name: 'en: EU–Central Asia summit, China in one sentence',
    page: {
      title: 'EU and Central Asian leaders hold first summit in Samarkand',
      blocks: [
        'SAMARKAND, April 4 (Reuters) - European Union leaders met the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan on Friday.',
        'Brussels pledged 12 billion euros for transport, critical raw materials and water projects.',
        'The EU hopes to offer an alternative to Russia and China in Central Asia, diplomats said.',
        'Uzbek President Shavkat Mirziyoyev called the meeting historic.',
      ],
    },
  },
  {
    name: 'en: US C5+1 meeting that mentions Xi in passing',
    page: {
      title: 'Biden hosts Central Asian presidents for first C5+1 summit',
      blocks: [
        'NEW YORK, Sept 19 (AP) - President Joe Biden met the leaders of the five Central Asian states on the sidelines of the U.N. General Assembly.',
        'The White House said the talks covered critical minerals, counterterrorism and regional connectivity.',
        'Analysts said Washington was responding to the summit Xi Jinping held with Central Asian leaders in May.',
        'Kazakh President Kassym-Jomart Tokayev invited U.S. companies to invest in his country.',
      ],
    },
  },
  {
    name: 'zh-Hans: China–Mongolia rail port worded like a Khorgos story',
    page: {
      title: '二连浩特口岸中欧班列通行量创新高',
      blocks: [
        '今年以来，经二连浩特口岸进出境的中欧班列达2600列，同比增长15%。',
        '二连浩特是中国对蒙古国开放的最大陆路口岸，铁路换装能力不断提升。',
        '口岸相关负责人表示，将继续优化通关流程，提高班列通行效率。',
      ],
    },
  },
  {
    name: 'en: China–Mongolia rail port',
    page: {
      title: "Erenhot rail port on China's border with Mongolia handles 2,600 freight trains",
      blocks: [
        'Erenhot, the largest land port on the China-Mongolia border, handled 2,600 China-Europe freight trains this year, up 15 percent.',
        'Customs officers cut clearance times to under six hours, the port authority said.',
      ],
    },
  },
  {
    name: 'ru: Central Asia news without China',
    page: {
      title: 'Токаев и Мирзиёев обсудили водные ресурсы Сырдарьи',
      blocks: [
        'ТАШКЕНТ, 5 марта. /ТАСС/. Президенты Казахстана и Узбекистана обсудили совместное использование воды.',
        'Стороны договорились создать водно-энергетический консорциум с капиталом 500 млн долларов.',
      ],
    },
  },
  {
    name: 'ru: Central Asia and Russia only',
    page: {
      title: 'Путин и Жапаров обсудили поставки топлива в Киргизию',
      blocks: [
        'МОСКВА, 12 октября. /РИА Новости/. Президент России провел переговоры с президентом Кыргызстана в Кремле.',
        'Российская сторона поставит в республику 1 млн тонн нефтепродуктов.',
      ],
    },
  },
  {
    name: 'zh-Hans: market report full of numbers, with 中亚股份 and 其中亚洲',
    page: {
      title: 'A股收盘：沪指涨0.52%报3050.12点 中亚股份涨停',
      blocks: [
        '截至收盘，上证指数涨0.52%，深证成指涨0.87%，两市成交额8765亿元。',
        '中国平安涨1.2%，中国石油跌0.4%，发展中国家主题基金净值上升。',
        '外资机构表示，其中亚洲新兴市场资金流入明显，其中国有银行板块表现稳健。',
      ],
    },
  },
  {
    name: 'zh-Hans: customs report naming Central Asia once',
    page: {
      title: '海关总署：前5个月我国货物贸易进出口增长2.1%',
      blocks: [
        '海关总署今天发布数据，前5个月我国货物贸易进出口总值17.94万亿元，同比增长2.1%。',
        '同期，我国对东盟进出口增长8.5%，对欧盟增长1.2%，对中亚五国增长10.4%。',
        '民营企业进出口9.91万亿元，占我国外贸总值的55.2%。',
      ],
    },
  },
  {
    name: 'zh-Hans: Xinjiang tourism naming an autonomous prefecture',
    page: {
      title: '伊犁哈萨克自治州那拉提景区迎来旅游旺季',
      blocks: ['新疆伊犁哈萨克自治州那拉提景区今年接待游客120万人次，同比增长18%。'],
    },
  },
  {
    name: 'zh-Hant: China–ASEAN trade',
    page: {
      title: '中國—東盟自貿區3.0版升級議定書正式簽署',
      blocks: [
        '新華社吉隆坡10月28日電 中國與東盟十國領導人28日共同見證升級議定書簽署。',
        '去年中國與東盟貿易額達9823億美元，連續五年互為最大貿易夥伴。',
      ],
    },
  },
  {
    name: 'zh-Hant: Hong Kong market report full of numbers',
    page: {
      title: '港股收市：恒指升1.2%報19,850點 成交額1,230億元',
      blocks: [
        '恒生指數收市升238點或1.2%，國企指數升1.5%，科指升2.1%。',
        '中國平安升2.3%，中國移動跌0.4%，其中亞洲基金持續流入，發展中國家債券走強。',
      ],
    },
  },
  {
    name: 'zh-Hans: US “C5+1” summit that recalls the China–Central Asia summit',
    page: {
      title: '美国与中亚五国举行“C5+1”峰会',
      blocks: [
        '美国总统与哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼斯坦和乌兹别克斯坦总统在纽约会晤，讨论关键矿产和反恐合作。',
        '美方宣布向该地区提供5000万美元援助。',
        '分析人士认为，美方此举意在回应今年5月在西安举行的中国—中亚峰会。',
      ],
    },
  },
  {
    name: 'ru: EU–Central Asia summit with China in one sentence',
    page: {
      title: 'Саммит ЕС – Центральная Азия прошел в Самарканде',
      blocks: [
        'САМАРКАНД, 4 апреля. /ТАСС/. Лидеры Евросоюза и пяти стран Центральной Азии подписали декларацию о стратегическом партнерстве.',
        'Брюссель пообещал выделить 12 млрд евро на транспорт и критическое сырье.',
        'По мнению экспертов, ЕС стремится конкурировать с Китаем и Россией в регионе.',
      ],
    },
  },
  {
    name: 'en: emerging-markets wrap naming both sides beside their stock indices',
    page: {
      title: "Asian markets: China's CSI 300 slides, Kazakhstan's KASE hits a record",
      blocks: [
        "Nov 3 - China's CSI 300 fell 0.9% to 3,870 on property worries, while Kazakhstan's KASE index rose 1.6% to a record, helped by Kaspi and Halyk.",
        "China's CSI 300: -0.9%. Kazakhstan's KASE: +1.6%. Japan's Nikkei 225: +0.4%.",
        'The yuan eased to 7.15 per dollar and the tenge firmed to 509.',
      ],
    },
  },
  {
    name: 'ru: market review naming China and Kazakhstan beside their indices',
    page: {
      title: 'Рынки: индекс KASE обновил максимум, Шанхайский композитный индекс снизился',
      blocks: [
        'Индекс KASE вырос на 1,4%, тогда как индекс CSI 300 в Китае снизился на 0,6%. Казахстанские банки подорожали.',
        'Индекс Мосбиржи не изменился; юань и тенге торговались в узком диапазоне.',
      ],
    },
  },
  {
    name: 'ru: China–EU trade',
    page: {
      title: 'Китай и ЕС обсудили пошлины на электромобили',
      blocks: [
        'ПЕКИН, 9 мая. /ТАСС/. Министр торговли КНР провел переговоры с еврокомиссаром по торговле.',
        'Товарооборот Китая и Евросоюза в прошлом году составил 785 млрд долларов.',
      ],
    },
  },
];
