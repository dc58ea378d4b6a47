import {
  ZH_AMBIGUOUS_SHORT_PAIR,
  ZH_ANY_SHORT_PAIR,
  ZH_CENTRAL_ASIA,
  ZH_CHINA,
  ZH_CHINA_HUA,
  ZH_CHINESE_FIRMS,
} from './chinese-forms';

/** A key with a guard: a regular expression that must also match where the key starts. */
export interface GuardedKey {
  key: string;
  guard: string;
}

export type PrefilterKey = string | GuardedKey;

/**
 * Short keys for the prefilter. Every match of a gazetteer term contains a key of its side, at a place the
 * prefilter accepts (tests/unit/topic/prefilter-keys.test.ts checks this on strings generated from every
 * form). Syntax: `[ab]` is one of the characters; a space stands for any run of white space; a trailing `$`
 * asks for the end of a word. Latin and Cyrillic keys must start a word; Chinese keys may start anywhere.
 * The commonest Chinese keys carry the guards of their forms, so 其中亚洲 or 发展中国家 do not pass.
 */

export const CENTRAL_ASIA_KEYS: readonly PrefilterKey[] = [
  ...[
    'kazakh',
    'qazaq',
    'kyrgyz',
    'kirghiz',
    'kirgiz',
    'tajik',
    'tadjik',
    'turkmen',
    'uzbek',
    'central asia',
    'central-asia',
    'c5',
  ],
  ...['astana', 'nur-sultan', 'almaty', 'alma-ata', 'bishkek', 'osh$', 'dushanbe', 'ashgabat', 'ashkhabad'],
  ...[
    'asgabat',
    'tashkent',
    'toshkent',
    'samarkand',
    'samarqand',
    'bukhara',
    'shymkent',
    'karagand',
    'aktau',
  ],
  ...['khujand', 'khuzhand', 'khudzhand', 'fergana', 'ferghana', 'termez'],
  ...[
    'toka',
    'japarov',
    'zhaparov',
    'dzhaparov',
    'rahmon',
    'rakhmon',
    'berdimu',
    'berdymu',
    'mirziyo',
    'nazarba',
  ],
  ...[
    '哈[萨薩]克',
    '哈[国國]',
    '哈方',
    '吉[尔爾]吉斯',
    '吉方',
    '吉[国國]',
    '塔方',
    '塔吉克',
    '土[库庫]曼',
    '[乌烏][兹茲][别別]克',
  ],
  { key: '中[亚亞]', guard: ZH_CENTRAL_ASIA },
  ...[
    '阿斯塔[纳納那]',
    '努[尔爾][苏蘇]丹',
    '阿拉木[图圖]',
    '比[什斯][凯凱]克',
    '[奥奧]什',
    '杜尚[别別贝貝]',
    '阿什[哈喀]巴德',
    '塔什干',
    '撒[马馬][尔爾]罕',
  ],
  ...[
    '布哈拉',
    '奇姆肯特',
    '卡拉干[达達]',
    '阿克套',
    '苦[盏盞]',
    '[费費][尔爾]干[纳納]',
    '[铁鐵][尔爾]梅[兹茲]',
  ],
  ...[
    '托卡[耶葉]夫',
    '[扎札贾賈]帕[罗羅]夫',
    '拉赫蒙',
    '[别別][尔爾]德穆哈梅多夫',
    '米[尔爾][济濟季][约約]耶夫',
  ],
  '[纳納]扎[尔爾]巴耶夫',
  ...['казах', 'кыргыз', 'киргиз', 'таджик', 'туркмен', 'узбек', 'центральноазиат', 'среднеазиат'],
  ...['центральная ази', 'центральной ази', 'центральную ази', 'центральною ази'],
  ...['средняя ази', 'средней ази', 'среднюю ази'],
  ...[
    'астан',
    'нур-султан',
    'алматы',
    'алма-ат',
    'бишкек',
    'ош$',
    'оша$',
    'оше$',
    'ошу$',
    'ошом$',
    'душанбе',
  ],
  ...[
    'ашхабад',
    'ташкент',
    'самарканд',
    'бухар',
    'шымкент',
    'караганд',
    'актау',
    'худжанд',
    'ферган',
    'термез',
  ],
  ...['токаев', 'жапаров', 'рахмон', 'бердымухамедов', 'мирзи[её]ев', 'назарбаев'],
];

export const CHINA_KEYS: readonly PrefilterKey[] = [
  ...[
    'china',
    'chinese',
    'sino',
    'prc$',
    'beijing',
    'xi$',
    'xian',
    'xinjiang',
    'urumqi',
    'kashgar',
    'shaanxi',
  ],
  'lianyungang',
  { key: '中[国國]', guard: ZH_CHINA },
  { key: '[来來对對访訪赴在自向输輸][华華]', guard: ZH_CHINA_HUA },
  { key: '中[资資企]', guard: ZH_CHINESE_FIRMS },
  ...['中[华華]人民共和[国國]', '我[国國]', '中方', '中[欧歐]班列', '北京', '[习習]近平', '新疆'],
  ...['[乌烏][鲁魯]木[齐齊]', '喀什', '西安', '[陕陝]西', '[连連][云雲]港'],
  ...['[华華][为為]', '比[亚亞]迪', '中石[油化]', '中[远遠]海[运運]', '[国國]家[电電][网網]', '奇瑞'],
  ...['кита', 'поднебесн', 'кнр$', 'пекин', 'си цзиньпин', 'синьцзян', 'урумчи', 'кашгар', 'сиан', 'шэньси'],
  'ляньюньган',
];

/** Link terms whose text need not contain a key of both sides (ports, 中哈, C+C5). */
export const LINK_KEYS: readonly PrefilterKey[] = [
  ...[
    'khorg',
    'horg',
    'korg',
    'qorg',
    '霍[尔爾]果斯',
    'хоргос',
    'alashankou',
    'alataw',
    '阿拉山口',
    'алашанькоу',
    'altynkol',
    'altyn-kol',
    '阿[腾騰]科里',
    'алтынкол',
  ],
  ...[
    'jeminay',
    'jimunai',
    'maikapchagai',
    '吉木乃',
    'майкапчагай',
    'bakhty',
    'baketu',
    '巴克[图圖]',
    'бахты',
  ],
  ...['torugart', '吐[尔爾]尕特', 'торугарт', 'irkeshtam', '伊[尔爾]克什坦', 'иркештам'],
  ...['kulma', 'karasu', '卡拉[苏蘇]口岸', 'кульма'],
  ...['c+c5', 'c +c5', 'c+ c5', 'c + c5', 'cku', '中吉[乌烏]', '中[亚亞]天然'],
  { key: '中[哈吉塔]', guard: ZH_ANY_SHORT_PAIR },
  { key: '中[土乌烏]', guard: ZH_AMBIGUOUS_SHORT_PAIR },
];
