import { endsWordOrAbbreviation, trimSpacesBefore } from './char-classes';
import { CONVERSION_WORDS } from './link-conversions';
import type { Approx } from './types';

// Words that bound or round a figure. Prefixes are matched against the text that ends where the number
// starts; adverbs ("over", "约", "около") join the highlight, verbs ("exceeded", "превысил") only qualify it.

// biome-ignore format: a word table reads best packed
const WORDS: Record<string, Approx> = {
  'more than': 'over', over: 'over', above: 'over', 'at least': 'over', 'upwards of': 'over',
  'no more than': 'under', 'not more than': 'under', 'no less than': 'over', 'not less than': 'over',
  'as much as': 'under', 'as many as': 'under',
  'upward of': 'over', 'in excess of': 'over', 'just over': 'over', 'just under': 'under', nearly: 'under',
  almost: 'under', 'close to': 'under', under: 'under', 'less than': 'under', 'fewer than': 'under',
  below: 'under', 'up to': 'under', about: 'about', around: 'about', approximately: 'about',
  'approx.': 'about', roughly: 'about', some: 'about', 'an estimated': 'about', estimated: 'about',
  circa: 'about', '~': 'about', '≈': 'about', '～': 'about', 首破: 'over', 突破: 'over', 破: 'over', 超过: 'over',
  超過: 'over', 超出: 'over', 逾: 'over', 至少: 'over', 不少于: 'over', 不少於: 'over', 不低于: 'over',
  不低於: 'over', 多于: 'over', 多於: 'over', 高于: 'over', 高於: 'over', 至多: 'under', 少于: 'under', 少於: 'under',
  低于: 'under', 低於: 'under', 以下: 'under', 以内: 'under', 以內: 'under', 超: 'over',
  将近: 'under', 將近: 'under', 接近: 'under', 近: 'under', 不到: 'under', 不足: 'under', 不超过: 'under', 不超過: 'under',
  最多: 'under', 大约: 'about', 大約: 'about', 约: 'about', 約: 'about', 'более чем': 'over', более: 'over',
  больше: 'over', свыше: 'over', 'не менее чем': 'over', 'не менее': 'over', почти: 'under', менее: 'under',
  меньше: 'under', 'не более чем': 'under', 'не более': 'under', до: 'under', около: 'about',
  порядка: 'about', примерно: 'about', приблизительно: 'about', 'ок.': 'about', 以上: 'over', 左右: 'about',
  上下: 'about', 来: 'about', 來: 'about', 之多: 'over', 有余: 'over', 多: 'over', 余: 'over', 餘: 'over', 'or more': 'over', 'or so': 'about',
  'с лишним': 'over', 'с небольшим': 'over', '+': 'over', '-plus': 'over', plus: 'over', '-odd': 'over',
  odd: 'over',
  ...Object.fromEntries(CONVERSION_WORDS.split('|').map((word) => [word, 'about'])),
};

/** The signs of an approximation before a number: "~5%", "≈ 300". */
const TILDES = '~≈～';
const EN_BEFORE = new RegExp(
  `(?<![A-Za-z])(no(?:t)? more than|no(?:t)? less than|as (?:much|many) as|more than|just over|just under|over|above|at least|upwards? of|in excess of|nearly|almost|close to|under|less than|fewer than|below|up to|about|around|approximately|approx\\.|roughly|some|an estimated|estimated|circa)[ \\u00a0]+$|([${TILDES}])[ \\u00a0]?$`,
  'i',
);
/**
 * A Russian bound, or an approximation before its figure's preposition: "почти на 10%", "примерно в 1,5 млрд т",
 * "примерно до 3 млрд". A bare comparative before one states an exact difference ("больше на 10%, чем…").
 */
const RU_BEFORE =
  /(?<![А-Яа-яЁё])(?:(более чем|более|больше|свыше|не менее чем|не менее|не более чем|не более|около|почти|порядка|примерно|приблизительно|менее|меньше|до|ок\.)|(более чем|не менее чем|не более чем|около|почти|порядка|примерно|приблизительно)[ \u00a0]+(?<preposition>на|в|до))[ \u00a0]+$/i;
/** 近 and 约 bound a number unless they end another word: 最近 (lately), 附近 (nearby), 签约 (signed), 合约… */
const NOT_NEAR_AFTER = '(?<![最附将將靠邻鄰临臨亲親])';
const NOT_ABOUT_AFTER = '(?<![签簽合条條公预預邀节節制违違履特婚协協])';
/**
 * 破 before a number is "past" ("今年破7000列", 升破); not in 打破 (broke N records), 击破, 攻破, 识破 and the like, nor
 * in 跌破 ("fell through" a level, no bound of it).
 */
const NOT_PASSED_AFTER = '(?<![打击擊突爆攻识識看点點说說道残殘跌])';
/** The Chinese bounds written right before a number, each with the guard that keeps it from ending a word. */
// biome-ignore format: a word list reads best packed
const ZH_BOUNDS: readonly (readonly [word: string, guard?: string])[] = [
  ['首破'], ['突破'], ['破', NOT_PASSED_AFTER], ['超过'], ['超過'], ['超出'], ['逾'], ['至少'], ['至多'], ['不少于'], ['不少於'],
  ['不低于'], ['不低於'], ['多于'], ['多於'], ['高于'], ['高於'], ['少于'], ['少於'], ['低于'], ['低於'], ['将近'],
  ['將近'], ['接近'], ['近', NOT_NEAR_AFTER], ['不到'], ['不足'], ['不超过'], ['不超過'], ['最多'], ['大约'], ['大約'],
  ...CONVERSION_WORDS.split('|').map((word) => [word] as const), ['约', NOT_ABOUT_AFTER], ['約', NOT_ABOUT_AFTER],
  ['超'],
];
const ZH_BEFORE = new RegExp(
  `(${ZH_BOUNDS.map(([word, guard = '']) => guard + word).join('|')})[ \\u00a0]?$`,
);
/** The verbs and copulas that may follow a Chinese bound: 约为, 约达, 超过了, 大约有. */
const VERBS_AFTER_BOUND = '为為达達有占佔是了计計在';
/**
 * A Chinese bound followed by a verb or copula: "约为280亿美元", "约达50万吨", "超过了5000人", "大约有300家". The
 * bound qualifies the figure; the highlight starts at the number, as after "exceeded". 约 before 了 is the verb "to
 * arrange to meet": "约了5个朋友" is five friends, not about five.
 */
const ZH_BOUND_THEN_VERB = new RegExp(
  `(超过|超過|将近|將近|接近|大约|大約|(?<![最附将將靠邻鄰临臨亲親接])近|${NOT_ABOUT_AFTER}[约約](?!了)|逾|不到|不足)[${VERBS_AFTER_BOUND}][ \\u00a0]?$`,
);
/** A verb of passing a level, perhaps with the level named: "exceeded the mark of", "превысил отметку в". */
const VERB_BEFORE =
  /(?<![A-Za-zА-Яа-яЁё])(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|top(?:ped|ping|s)|(?:broke|breaking|breaks) through|crossed|превысил[аои]?|превышает|превышают|превысит|превысив|преодолел[аои]?)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:mark|threshold|level)[ \u00a0]+of[ \u00a0]+|(?:отметку|рубеж|порог|планку|уровень)[ \u00a0]+в[ \u00a0]+)?$/i;
/** A number just before "до" makes it the end of a range or change ("от 5 до 7", "с 5 до 7"), not "up to". */
const NUMBER_BEFORE_DO = /[0-9%][^0-9]{0,10}$/;
/**
 * So does a verb of change, with up to four words after it, the amount of the change among them: "выросла до
 * 12,5%" is "rose to", "вырос на 2 млрд долларов до 15 млрд" "rose by 2 billion to 15 billion", "снизилась на
 * четверть, до 3 200 долларов" "fell by a quarter, to $3,200", "выросли вдвое — до 48 тыс." "doubled, to 48,000".
 */
const VERB_BEFORE_DO =
  /(?<![А-Яа-яЁё])(?:вы|воз|под|по|у|с|за|до|раз|о)?(?:рос|раст|сни[зж]|увелич|сокра[тщ]|упа|пад|достиг|высил|выша|низил|нижа|медли|медля|скори|скоря|дорожа|дешеве|вед|довед|довест|опусти|подня|двои|трои|четвери|слаб|крепи|крепл)[а-яё]*(?:[ \u00a0]+(?:[А-Яа-яЁё]+|[0-9]+(?:[,.][0-9]+)?%?|[—–]),?){0,4}[ \u00a0]+$/i;

/**
 * A dash before "до" that stands for the verb of an earlier clause of the sentence: "выросли в 2,5 раза, до 1,2
 * млн тонн, а мяса – до 38,6 тыс. тонн" is "and meat, to 38,600 tonnes".
 */
const DASH_BEFORE_DO = /[А-Яа-яЁё][ \u00a0]+[—–][ \u00a0]*$/;
/**
 * A verb of change, with a verb's ending: "выросли", "снизилась", "увеличится", and the masculine past "вырос",
 * "возрос"; not the noun "рост".
 */
export const CHANGE_VERB =
  /(?<![А-Яа-яЁё])(?:(?:вы|воз|под|по|у|с|за|раз)?(?:рос|раст|сни[зж]|увелич|сокра[тщ]|упа|пад|дорожа|дешеве)[а-яё]*(?:л[аио]?(?:сь)?|лся|[аеиуюя]т(?:ся)?)|(?:вы|воз|под|раз)рос)(?![А-Яа-яЁё])/i;
/** How far back the verb a dash stands for may be, within its sentence. */
const ELIDED_REACH = 160;

/** A sentence's end: a stop before a capital ("тыс. тонн" is an abbreviation, not an end). */
const SENTENCE_BREAK = /[.!?;][ \u00a0]+(?=[A-ZА-ЯЁ])/g;

function hasVerbForDash(text: string, at: number): boolean {
  let sentence = text.slice(Math.max(0, at - ELIDED_REACH), at);
  let start = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let found = SENTENCE_BREAK.exec(sentence); found; found = SENTENCE_BREAK.exec(sentence))
    start = SENTENCE_BREAK.lastIndex;
  sentence = sentence.slice(start);
  return CHANGE_VERB.test(sentence.slice(0, sentence.search(DASH_BEFORE_DO)));
}

function isChangeBeforeDo(before: string, text: string, at: number): boolean {
  return (
    NUMBER_BEFORE_DO.test(before) ||
    VERB_BEFORE_DO.test(before) ||
    (DASH_BEFORE_DO.test(before) && hasVerbForDash(text, at))
  );
}

export interface ApproxBefore {
  approx: Approx;
  /** Where the highlight starts when the word joins it. */
  start: number;
}

/**
 * Last characters of the Chinese bounds, of the verbs that may follow one, and the tildes: the characters a
 * Chinese bound or a tilde written at most one space before a number ends in.
 */
const CLOSE_LAST = new Set(
  [...ZH_BOUNDS.map(([word]) => word.charAt(word.length - 1)), ...VERBS_AFTER_BOUND, ...TILDES].map((ch) =>
    ch.charCodeAt(0),
  ),
);

/**
 * Whether the text before `start` (down to `from`) can end in one of the words above. The English and Russian
 * words and verbs end in a letter or a period and one or more spaces; the Chinese words and the tildes end in
 * one of CLOSE_LAST and at most one space. Many numbers fail this at once ("增长5%", "(5", ", 12"), and then the
 * patterns need not run.
 */
function mayEndInApproxWord(text: string, from: number, start: number): boolean {
  const last = trimSpacesBefore(text, start, from);
  if (last === from) return false;
  const code = text.charCodeAt(last - 1);
  const spaces = start - last;
  if (spaces <= 1 && CLOSE_LAST.has(code)) return true;
  return spaces >= 1 && endsWordOrAbbreviation(code);
}

/** The approximation word that ends at `start`, if any. */
export function readApproxBefore(text: string, start: number): ApproxBefore | null {
  const from = Math.max(0, start - 24);
  if (!mayEndInApproxWord(text, from, start)) return null;
  const slice = text.slice(from, start);
  for (const pattern of [ZH_BEFORE, EN_BEFORE, RU_BEFORE]) {
    const found = pattern.exec(slice);
    const word = found?.[1] ?? found?.[2];
    if (!found || !word) continue;
    if (
      word.toLowerCase() === 'до' &&
      isChangeBeforeDo(text.slice(Math.max(0, from - 16), from + found.index), text, from + found.index)
    )
      return null;
    const approx = WORDS[word.toLowerCase().replace(/upwards/, 'upward')] ?? 'about';
    // Before a preposition the bound qualifies the figure, as in "почти в 3 раза", without joining its highlight.
    if (found.groups?.preposition) return { approx, start };
    return { approx, start: from + found.index };
  }
  if (VERB_BEFORE.test(slice)) return { approx: 'over', start };
  const bound = ZH_BOUND_THEN_VERB.exec(slice)?.[1];
  if (bound) return { approx: WORDS[bound] ?? 'about', start };
  return null;
}

// Right after a number, 多种 is "over N kinds" ("20多种商品"); after a unit it is "various" ("5万吨多种农产品").
// 来 there is "or so" ("十来天", "20来家", "百来辆") only before a counter, a scale or a time word: "3年来" and
// "20来自中亚" are no bound, nor "20萬來臺" (come to Taiwan: 台 is left out as a counter).
const AFTER_NUMBER =
  /([ \u00a0]?多(?![为為数數样樣边邊方])|[来來](?=[个個家名人位天年周週辆輛座架艘条條项項次趟列吨噸万萬亿億千百户戶所])|[ \u00a0]?余(?![额額下])|[ \u00a0]?餘|\+(?![0-9])|-plus(?![A-Za-z])|-odd(?![A-Za-z])|[ \u00a0]or more(?![A-Za-z])|[ \u00a0]с лишним)/iy;
const AFTER_UNIT =
  /(以上|以下|以[内內]|左右|上下(?!游)|之多|有余|多(?![为為数數个個种種样樣元边邊方次年])|余(?![额額下])|[ \u00a0]or more(?![A-Za-z])|[ \u00a0]or so(?![A-Za-z])|[ \u00a0]с лишним|[ \u00a0]с небольшим)/iy;

function readWith(pattern: RegExp, text: string, start: number): { end: number; approx: Approx } | null {
  pattern.lastIndex = start;
  const found = pattern.exec(text);
  if (!found?.[1]) return null;
  return { end: pattern.lastIndex, approx: WORDS[found[1].trim().toLowerCase()] ?? 'over' };
}

/** "20多", "500余", "20+", "20-plus": a bound written right after the number. */
export function readApproxAfterNumber(text: string, start: number): { end: number; approx: Approx } | null {
  return readWith(AFTER_NUMBER, text, start);
}

/** "20家以上", "5%左右", "10 or more", "100 с лишним": a bound written after the unit or noun. */
export function readApproxAfterUnit(text: string, start: number): { end: number; approx: Approx } | null {
  return readWith(AFTER_UNIT, text, start);
}
