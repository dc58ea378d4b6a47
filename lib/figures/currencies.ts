import { WordTable } from './word-table';

// Currencies written after an amount, in the three languages, mapped to ISO 4217 codes.
// biome-ignore format: a word table reads best packed
const AFTER: Record<string, string> = {
  // English
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD', dollars: 'USD', dollar: 'USD',
  usd: 'USD', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', cny: 'CNY', 'chinese yuan': 'CNY', euros: 'EUR',
  euro: 'EUR', eur: 'EUR', '€': 'EUR', rubles: 'RUB', roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', rub: 'RUB',
  '₽': 'RUB', tenge: 'KZT', kzt: 'KZT', '₸': 'KZT', som: 'KGS', soms: 'KGS', kgs: 'KGS', sum: 'UZS',
  sums: 'UZS', soum: 'UZS', soums: 'UZS', uzs: 'UZS', somoni: 'TJS', tjs: 'TJS', manat: 'TMT', manats: 'TMT',
  tmt: 'TMT', 'hong kong dollars': 'HKD', hkd: 'HKD', 'pounds sterling': 'GBP', 'british pounds': 'GBP',
  'pound sterling': 'GBP', 'british pound': 'GBP',
  gbp: 'GBP', yen: 'JPY', jpy: 'JPY', rupees: 'INR', 'swiss francs': 'CHF',
  // English, with the country's adjective ("5 trillion Kazakh tenge", "40,000 Kyrgyz soms")
  'kazakh tenge': 'KZT', 'kazakhstani tenge': 'KZT', 'uzbek soums': 'UZS', 'uzbek soum': 'UZS',
  'uzbek sums': 'UZS', 'uzbek sum': 'UZS', 'uzbek som': 'UZS', "so'm": 'UZS', 'so‘m': 'UZS', 'so’m': 'UZS',
  "uzbek so'm": 'UZS', 'uzbek so‘m': 'UZS', 'uzbek so’m': 'UZS', 'kyrgyz soms': 'KGS', 'kyrgyz som': 'KGS',
  'tajik somoni': 'TJS', 'tajikistani somoni': 'TJS', 'turkmen manats': 'TMT', 'turkmen manat': 'TMT',
  'russian rubles': 'RUB', 'russian roubles': 'RUB', 'russian ruble': 'RUB', 'russian rouble': 'RUB',
  'turkish lira': 'TRY', 'turkish liras': 'TRY', lira: 'TRY', liras: 'TRY', 'mongolian tugriks': 'MNT',
  tugriks: 'MNT', tugrik: 'MNT', 'pakistani rupees': 'PKR', 'indian rupees': 'INR',
  // Chinese, simplified and traditional; a currency often carries its country's name (哈萨克斯坦坚戈, 俄罗斯卢布)
  哈萨克斯坦坚戈: 'KZT', 哈萨克坚戈: 'KZT', 哈薩克斯坦堅戈: 'KZT', 哈薩克堅戈: 'KZT', 吉尔吉斯斯坦索姆: 'KGS', 吉尔吉斯索姆: 'KGS',
  吉爾吉斯斯坦索姆: 'KGS', 吉爾吉斯索姆: 'KGS', 乌兹别克斯坦苏姆: 'UZS', 乌兹别克苏姆: 'UZS', 乌兹别克斯坦索姆: 'UZS',
  烏茲別克斯坦蘇姆: 'UZS', 烏茲別克蘇姆: 'UZS', 塔吉克斯坦索莫尼: 'TJS', 塔吉克索莫尼: 'TJS', 土库曼斯坦马纳特: 'TMT',
  土庫曼斯坦馬納特: 'TMT', 土库曼马纳特: 'TMT', 土庫曼馬納特: 'TMT', 俄罗斯卢布: 'RUB', 俄羅斯盧布: 'RUB',
  // Taiwan and Hong Kong write the currency after 元 as the mainland writes 元人民币: "120億元新台幣", "5億元港幣".
  元新台币: 'TWD', 元新臺幣: 'TWD', 元新台幣: 'TWD', 元台币: 'TWD', 元台幣: 'TWD', 元港币: 'HKD', 元港幣: 'HKD',
  美元: 'USD', 美金: 'USD', 元人民币: 'CNY', 元人民幣: 'CNY', 人民币: 'CNY', 人民幣: 'CNY', 元: 'CNY', 港元: 'HKD', 港币: 'HKD',
  港幣: 'HKD', 欧元: 'EUR', 歐元: 'EUR', 卢布: 'RUB', 盧布: 'RUB', 坚戈: 'KZT', 堅戈: 'KZT', 索姆: 'KGS', 苏姆: 'UZS',
  蘇姆: 'UZS', 索莫尼: 'TJS', 马纳特: 'TMT', 馬納特: 'TMT', 日元: 'JPY', 日圓: 'JPY', 日圆: 'JPY', 日幣: 'JPY', 日币: 'JPY', 英镑: 'GBP', 英鎊: 'GBP', 韩元: 'KRW', 韓元: 'KRW', 韓圜: 'KRW',
  澳门元: 'MOP', 澳門元: 'MOP', 澳门币: 'MOP', 澳元: 'AUD', 新台币: 'TWD', 新臺幣: 'TWD', 新台幣: 'TWD', 台币: 'TWD', 台幣: 'TWD',
  // Russian
  'долларов сша': 'USD', 'американских долларов': 'USD', 'гонконгских долларов': 'HKD',
  'гонконгского доллара': 'HKD', 'китайских юаней': 'CNY', 'российских рублей': 'RUB', тг: 'KZT', тнг: 'KZT',
  $: 'USD', 'долл. сша': 'USD', долларов: 'USD', доллара: 'USD', доллар: 'USD', 'долл.': 'USD',
  долл: 'USD', юаней: 'CNY', юаня: 'CNY', юань: 'CNY', евро: 'EUR', рублей: 'RUB', рубля: 'RUB', рубль: 'RUB',
  'руб.': 'RUB', руб: 'RUB', тенге: 'KZT', сомов: 'KGS', сома: 'KGS', сом: 'KGS', сумов: 'UZS', сума: 'UZS',
  сум: 'UZS', сомони: 'TJS', манатов: 'TMT', маната: 'TMT', манат: 'TMT', сўм: 'UZS', сўмов: 'UZS',
  'казахстанских тенге': 'KZT', 'узбекских сумов': 'UZS', 'кыргызских сомов': 'KGS', 'киргизских сомов': 'KGS',
  'таджикских сомони': 'TJS', 'туркменских манатов': 'TMT', 'турецких лир': 'TRY', лир: 'TRY', лиры: 'TRY',
  'фунтов стерлингов': 'GBP', 'фунта стерлингов': 'GBP', 'фунт стерлингов': 'GBP', 'британских фунтов': 'GBP',
  'британского фунта': 'GBP', 'британский фунт': 'GBP', тугриков: 'MNT', 'пакистанских рупий': 'PKR',
};

/** 元 is also the first character of 元首 (head of state), 元素, 元旦… */
const YUAN_GUARD = '(?![首素旦宵帅帥老气氣件器化论論组組音朝代曲年月])';

/** "1,2 млрд $" puts the dollar after the amount; "5 $10" is two amounts. */
const DOLLAR_AFTER_GUARD = '(?![ \\u00a0]?[0-9])';

const AFTER_TABLE = new WordTable(AFTER, { guards: { 元: YUAN_GUARD, $: DOLLAR_AFTER_GUARD } });

// biome-ignore format: a word table reads best packed
const SYMBOLS: Record<string, string> = {
  US$: 'USD', 'U.S.$': 'USD', HK$: 'HKD', A$: 'AUD', C$: 'CAD', S$: 'SGD', NT$: 'TWD', $: 'USD', '€': 'EUR',
  '£': 'GBP', '¥': 'CNY', '￥': 'CNY', '₽': 'RUB', '₸': 'KZT', '₹': 'INR',
};
// biome-ignore format: a word table reads best packed
const BEFORE_WORDS: Record<string, string> = {
  人民币: 'CNY', 人民幣: 'CNY', 美元: 'USD', 港币: 'HKD', 港幣: 'HKD', 港元: 'HKD', 新台币: 'TWD', 新臺幣: 'TWD',
  新台幣: 'TWD', 台币: 'TWD', 台幣: 'TWD',
  // Letters that are not the ISO code: renminbi, and tenge as outlets in Kazakhstan write it ("Tg 500 billion").
  RMB: 'CNY', Rmb: 'CNY', Tg: 'KZT',
};

/** A currency written before the amount: "$", "US$", "USD ", "RMB ", "Rmb", "Tg " (tenge), "人民币", "€". */
const BEFORE =
  /(?:(US\$|U\.S\.\$|HK\$|NT\$|A\$|C\$|S\$|\$|€|£|¥|￥|₽|₸|₹)|(?<![A-Za-z])(USD|RMB|Rmb|Tg|CNY|EUR|GBP|RUB|KZT|KGS|UZS|TJS|TMT|HKD|JPY|CHF)|(人民币|人民幣|美元|港币|港幣|港元|新台币|新臺幣|新台幣|台币|台幣))[ \u00a0\u202f]?$/;

export interface CurrencyMatch {
  code: string;
  /** Start (for a prefix) or end (for a suffix) of the currency text. */
  at: number;
}

/** A currency word or symbol right after an amount. */
export function readCurrencyAfter(text: string, start: number): CurrencyMatch | null {
  const found = AFTER_TABLE.match(text, start);
  return found ? { code: found.value, at: found.end } : null;
}

/** The last character of each currency BEFORE matches: a symbol, a code's last letter ("Rmb"), 币 幣 元. */
const BEFORE_LAST = new Set([...'$€£¥￥₽₸₹DBYRPTSFbg币幣元'].map((ch) => ch.charCodeAt(0)));

/** A currency right before `start`, found in the few characters that precede it. */
export function readCurrencyBefore(text: string, start: number): CurrencyMatch | null {
  const before = text.charCodeAt(start - 1);
  const isSpace = before === 32 || before === 0xa0 || before === 0x202f;
  if (!BEFORE_LAST.has(isSpace ? text.charCodeAt(start - 2) : before)) return null;
  const from = Math.max(0, start - 8);
  const found = BEFORE.exec(text.slice(from, start));
  if (!found) return null;
  const symbol = found[1] ?? found[2] ?? found[3] ?? '';
  const code = SYMBOLS[symbol] ?? BEFORE_WORDS[symbol] ?? found[2];
  return code ? { code, at: from + found.index } : null;
}
