/** Month names and counting words in English, Chinese and Russian, for reading periods. */

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RU_MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма[йяею]',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];

/** An English month, full or abbreviated ("January", "Jan", "Sept"). */
export const EN_MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
/** A Russian month in any case: январь, января, январе. */
export const RU_MONTH = `(?:${RU_MONTHS.join('|')})\\p{L}*`;
/** A Russian month in the prepositional case, as in "в апреле": a single month, not a day ("17 апреля"). */
export const RU_MONTH_IN =
  '(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)';
/** A Chinese month number: digits or 一 to 十二. */
export const ZH_MONTH_NUMBER = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
/** A year from 1990 to 2099, not inside a longer number. */
export const YEAR = "(?<![\\d.,])(?:199\\d|20\\d\\d)(?![\\d.,]\\d|\\d|['’]?s(?![\\p{L}]))";

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
  одного: 1,
  двух: 2,
  два: 2,
  трёх: 3,
  трех: 3,
  три: 3,
  четырёх: 4,
  четырех: 4,
  четыре: 4,
  пяти: 5,
  пять: 5,
  шести: 6,
  шесть: 6,
  семи: 7,
  семь: 7,
  восьми: 8,
  восемь: 8,
  девяти: 9,
  девять: 9,
  десяти: 10,
  десять: 10,
  одиннадцати: 11,
  одиннадцать: 11,
  двенадцати: 12,
  двенадцать: 12,
};

/** A count of months or quarters as digits or a word: "four", "4", "四", "пяти". */
export const COUNT_WORD = `(?:1[0-2]|[1-9]|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** The number a counting word or digits stand for; undefined outside 1–12. */
export function readCount(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const value = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
  return value !== undefined && value >= 1 && value <= 12 ? value : undefined;
}

/** The month number (1–12) of an English or Russian month name, or a Chinese month number. */
export function readMonth(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  const en = EN_MONTHS.findIndex((stem) => lower.startsWith(stem));
  if (en >= 0 && /^[a-z]/.test(lower)) return en + 1;
  const ru = RU_MONTHS.findIndex((stem) => new RegExp(`^${stem}`, 'u').test(lower));
  if (ru >= 0) return ru + 1;
  return readCount(word);
}
