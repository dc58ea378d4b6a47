/**
 * Chinese forms shared by several terms and by the prefilter, so that all of them reject the same
 * substrings. Chinese has no word boundaries, so each form says which neighbours make it another word.
 */

/** Not after 其中 ("among them"), unless 尤其 ("especially"): 其中国有企业, 其中亚洲. */
const NOT_AFTER_QIZHONG = '(?<!(?<!尤)其)';

/** 中国/中國, but not 发展中国家 ("developing countries") or …中国际… (…中 + 国际, "international"). */
export const ZH_CHINA = `${NOT_AFTER_QIZHONG}(?:(?<!发展|發展)中[国國]|中[国國](?!家))(?![际際])`;

/**
 * China as 华 after a verb or preposition, as news writes it: 对华出口 (exports to China), 自华进口, 访华, 来华, 赴华,
 * 在华投资, 输华天然气. Not 驻华 (posted to China): "美国驻华大使访问哈萨克斯坦" is an American envoy's visit; nor after
 * another partner (美对华加征关税, 俄罗斯对华出口): that is its relation with China. Not where 华 starts another name: 华盛顿 (Washington), 华尔街, 华沙 (Warsaw), 华府,
 * 华为 (Huawei), 华人/华侨/华裔 (people of Chinese descent), 华纳, 华莱士; nor 未来华… (未来, "future").
 */
const OTHER_PARTNER_BEFORE =
  '(?<!美[国國]|美方|美|欧盟|歐盟|欧方|歐方|欧|歐|日本|日方|俄[罗羅]斯|俄方|俄|印度|印方|英[国國]|德[国國]|法[国國]|[韩韓][国國]|澳大利[亚亞]|[东東]盟|巴基斯坦|蒙古[国國]|蒙方|蒙|越南|土耳其)';
export const ZH_CHINA_HUA = `${OTHER_PARTNER_BEFORE}(?:(?<!未)[来來]|[对對访訪赴在自向输輸])[华華](?!盛[顿頓]|[尔爾]街|沙|府|[为為]|人|侨|僑|裔|[纳納]|[莱萊]|特|美|[丽麗]|[润潤]|夏|[语語]|文|容|山|灯|燈)`;

/**
 * 中资企业, 中资银行, 中企承建: Chinese-funded firms. Not 中 ending another word before 资 or 企: 其中资金, 集中资源,
 * 过程中资本, 其中企业, 过程中企业 (企业 after a postposition; 中企 never goes on to 业).
 */
export const ZH_CHINESE_FIRMS = `${NOT_AFTER_QIZHONG}(?<![集高初])中(?:[资資](?![金产產源料格质質本讯訊助])|企(?![业業]))`;

/**
 * 中亚/中亞, but not where 亚 starts another word: 亚洲 (Asia), 亚太 (Asia-Pacific, though 中亚太阳能 is
 * Central Asian solar), 亚运会, 亚裔, 亚军 (runner-up; 中亚军事 is fine), 亚麻, 亚马逊, 亚投行, 亚健康,
 * 亚冠, 亚硝酸, 亚细亚, and not the listed company 中亚股份.
 */
export const ZH_CENTRAL_ASIA = `${NOT_AFTER_QIZHONG}中[亚亞](?!洲|太(?!阳|陽)|运会|運會|运动会|運動會|裔|[军軍](?!事)|麻|马逊|馬遜|投行|健康|冠|硝|[细細][亚亞]|股份)`;

/**
 * Words after 中哈/中吉/中塔 that make the abbreviation a bilateral relation: 中哈关系, 中吉边境, 中塔公路, and the
 * verbs of a headline on the two states' acts: 中吉签署光伏协议, 中哈签约, 中塔达成共识, 中哈会谈.
 */
const ZH_RELATION =
  '(?=关系|關係|合作|两国|兩國|双方|雙方|双边|雙邊|经贸|經貿|贸易|貿易|边境|邊境|友好|战略|戰略|铁路|鐵路|公路|天然[气氣]|原油|管道|口岸|元首|外长|外長|建交|联合|聯合|伙伴|夥伴|跨境|全面|永久|能源|投资|投資|产能|產能|务实|務實|签署|簽署|签约|簽約|签订|簽訂|达成|達成|会谈|會談|会晤|會晤|共建)';

/** 中哈关系 (China–Kazakhstan relations): 中 plus a one-character partner abbreviation and a relation word. */
export function buildShortPair(partner: string): string {
  return `${NOT_AFTER_QIZHONG}中${partner}${ZH_RELATION}`;
}

/** The three one-character abbreviations used with 中: 哈 (not 哈萨克 or 哈尔滨), 吉, 塔; 中乌 is also Ukraine. */
export const ZH_SHORT_PARTNERS = {
  kazakhstan: '哈(?![萨薩尔爾])',
  kyrgyzstan: '吉',
  tajikistan: '塔',
} as const;

export const ZH_ANY_SHORT_PAIR = buildShortPair('(?:哈(?![萨薩尔爾])|吉|塔)');

/**
 * 中土 and 中乌 with a relation word: China–Turkmenistan and China–Uzbekistan, but also China–Turkey and China–Ukraine.
 * They count only on a page that names the Central Asian partner in full and not the other country
 * (lib/topic/pair-context.ts).
 */
export const ZH_AMBIGUOUS_SHORT_PARTNERS = {
  turkmenistan: '土',
  uzbekistan: '[乌烏]',
} as const;

export const ZH_AMBIGUOUS_SHORT_PAIR = buildShortPair('(?:土|[乌烏])');
