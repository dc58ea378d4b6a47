// Number words in English and Russian ("seven", "twenty-five", "two hundred", "пять", "двадцать три").

import { EN_FRACTIONS_AFTER_A, RU_FRACTION_WORDS } from './read-fraction';
import { matchAt } from './sticky-match';

// biome-ignore format: a word table reads best packed
const EN_UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
// biome-ignore format: a word table reads best packed
const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Plural scale words that state an order of magnitude: "hundreds of", "тысячи". */
// biome-ignore format: a word table reads best packed
const VAGUE: Record<string, number> = {
  dozens: 12, tens: 10, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9, десятки: 10,
  десятков: 10, сотни: 100, сотен: 100, тысячи: 1000, миллионы: 1e6, миллиарды: 1e9,
};
// biome-ignore format: a word table reads best packed
const RU_WORDS: Record<string, number> = {
  два: 2, две: 2, двух: 2, три: 3, трех: 3, трёх: 3, четыре: 4, четырех: 4, четырёх: 4, пять: 5, пяти: 5,
  шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10,
  одиннадцать: 11, двенадцать: 12, тринадцать: 13, четырнадцать: 14, пятнадцать: 15, шестнадцать: 16,
  семнадцать: 17, восемнадцать: 18, девятнадцать: 19, одиннадцати: 11, двенадцати: 12, тринадцати: 13,
  четырнадцати: 14, пятнадцати: 15, шестнадцати: 16, семнадцати: 17, восемнадцати: 18, девятнадцати: 19,
  двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40, пятьдесят: 50,
  пятидесяти: 50, шестьдесят: 60, шестидесяти: 60, семьдесят: 70, семидесяти: 70, восемьдесят: 80,
  восьмидесяти: 80, девяносто: 90, девяноста: 90, сто: 100, ста: 100, двести: 200, двухсот: 200, триста: 300,
  трехсот: 300, трёхсот: 300, четыреста: 400, четырехсот: 400, четырёхсот: 400, пятьсот: 500, пятисот: 500,
  шестьсот: 600, шестисот: 600, семьсот: 700, семисот: 700, восемьсот: 800, восьмисот: 800, девятьсот: 900,
  девятисот: 900,
  полтора: 1.5, полторы: 1.5, полутора: 1.5, полмиллиона: 5e5, полумиллиона: 5e5, полмиллиарда: 5e8,
  полумиллиарда: 5e8,
  // "более десятка проектов", "около сотни компаний" written in the singular: ten, a hundred ("сотни" is vague).
  десяток: 10, десятка: 10, сотня: 100, сотню: 100,
};
/** "вдвое", "втрое": a Russian multiple written as one word. */
// biome-ignore format: a word table reads best packed
const RU_MULTIPLES: Record<string, number> = {
  вдвое: 2, втрое: 3, вчетверо: 4, впятеро: 5, вшестеро: 6, всемеро: 7, вдесятеро: 10,
};
/**
 * "удвоился", "утроились": a quantity that doubled or tripled itself. Only the reflexive forms, which a quantity
 * takes of itself; "удвоил усилия" (doubled the efforts) is a deed.
 */
// biome-ignore format: a word table reads best packed
const RU_MULTIPLYING_VERBS: Record<string, number> = {
  удвоился: 2, удвоилась: 2, удвоилось: 2, удвоились: 2, удвоится: 2, удвоятся: 2, утроился: 3, утроилась: 3,
  утроилось: 3, утроились: 3, утроится: 3, утроятся: 3, учетверился: 4, учетверилась: 4, учетверилось: 4,
  учетверились: 4,
};
/**
 * "trade doubled", "volumes have tripled since 2020": a quantity multiplied by two, three or four, when the verb
 * has no object ("doubled his lead") and is no phrase ("doubled down", "doubled as"): it ends its clause or a
 * change or a time follows. Past forms only: "doubles" and "triples" are also tennis and baseball.
 */
// biome-ignore format: a word table reads best packed
const EN_MULTIPLYING_VERBS: Record<string, number> = {
  doubled: 2, tripled: 3, trebled: 3, quadrupled: 4,
};
/**
 * "expected to double by 2030", "will triple", "could quadruple in five years": the infinitive after "to", "will"
 * or a modal, which a target or a forecast takes; after it, as after the past form, the clause ends or a time or
 * a change follows ("by 2030" too).
 */
// biome-ignore format: a word table reads best packed
const EN_MULTIPLYING_INFINITIVES: Record<string, number> = {
  double: 2, triple: 3, treble: 3, quadruple: 4,
};
const INFINITIVE_BEFORE = /(?<![A-Za-z])(?:to|will|would|could|may|might|should|can)[ \u00a0]+$/i;
const AFTER_INFINITIVE = /[ \u00a0]+by[ \u00a0]+(?:(?:19|20)[0-9]{2}|the[ \u00a0]+end)(?![0-9])/iy;
const AFTER_MULTIPLYING_VERB =
  /[ \u00a0]*(?:[.,;:!?)—–]|$)|[ \u00a0]+(?:to|from|in|since|over|during|between|within|compared|year-on-year|again|last|this|after|on[ \u00a0]+the[ \u00a0]+year)(?![A-Za-z])/iy;
const LOOSE_BEFORE = /(?<![A-Za-z])(?:few|several|many)[ \u00a0]+$/i;
/**
 * "twice as much", "thrice the size": a multiple when a comparison follows; "twice a year" is how often, and
 * "met twice the following year" too: after "the", only a measure compares.
 */
const EN_COMPARED_MULTIPLES: Record<string, number> = { twice: 2, thrice: 3 };
const COMPARISON_AFTER =
  /[ \u00a0]+(?:as|that|what|the[ \u00a0]+(?:size|amount|level|number|rate|volume|value|capacity|total|average|price|cost|speed|length|area|output|pace|share|figure|sum|quantity)s?)(?![A-Za-z])/iy;
const RU_UNITS_AFTER_TENS = new Set([2, 3, 4, 5, 6, 7, 8, 9]);

/** Whether a Russian number word continues `value`: tens or a teen or units after hundreds, units after tens. */
function fitsAfter(value: number, next: number): boolean {
  if (!Number.isInteger(next) || next >= 100) return false;
  const belowHundred = value % 100;
  if (value >= 100 && belowHundred === 0) return next < 20 || next % 10 === 0;
  return belowHundred >= 20 && value % 10 === 0 && RU_UNITS_AFTER_TENS.has(next);
}

const EN_WORD = /[A-Za-z]+/y;
const RU_WORD = /[А-Яа-яЁё]+/y;

/** English number words that start a number on their own ("seven", "twenty", "hundreds"), in lower case. */
export const EN_NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(EN_UNITS),
  ...Object.keys(EN_TENS),
  'hundred',
  'dozen',
  'half',
  ...Object.keys(EN_COMPARED_MULTIPLES),
  ...Object.keys(EN_MULTIPLYING_VERBS),
  ...Object.keys(EN_MULTIPLYING_INFINITIVES),
  ...Object.keys(VAGUE).filter((word) => /^[a-z]/.test(word)),
]);
/** Words that start a number after "a": "a hundred", "a million", "a third". */
export const EN_SCALES_AFTER_A: ReadonlySet<string> = new Set([
  'hundred',
  'thousand',
  'million',
  'billion',
  'dozen',
  ...EN_FRACTIONS_AFTER_A,
]);
/** Russian number words that start a number ("пять", "вдвое", "тысячи"), in lower case. */
export const RU_NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(RU_WORDS),
  ...Object.keys(RU_MULTIPLES),
  ...Object.keys(RU_MULTIPLYING_VERBS),
  ...Object.keys(VAGUE).filter((word) => /^[а-я]/.test(word)),
  ...RU_FRACTION_WORDS,
]);

export interface WordNumber {
  end: number;
  value: number;
  /** "hundreds of", "тысячи": an order of magnitude, not a count. */
  vague: boolean;
  lang: 'en' | 'ru';
  /** "вдвое", "twice as": the word itself is a multiple; "doubled", "удвоился": a verb that multiplies. */
  multiple?: 'word' | 'verb';
}

function wordAt(pattern: RegExp, text: string, at: number): string {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0].toLowerCase() ?? '';
}

/** "tens of thousands", "hundreds of millions", "сотни тысяч": a vague order of magnitude of a scale. */
const VAGUE_TAIL =
  /(?:[ \u00a0]of)?[ \u00a0](thousands|millions|billions|тысяч|миллионов|миллиардов)(?![A-Za-zА-Яа-яЁё])/iy;
const TAIL_FACTORS: Record<string, number> = {
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  тысяч: 1e3,
  миллионов: 1e6,
  миллиардов: 1e9,
};

function readVagueTail(text: string, end: number, value: number, lang: 'en' | 'ru'): WordNumber {
  VAGUE_TAIL.lastIndex = end;
  const tail = VAGUE_TAIL.exec(text)?.[1];
  const factor = tail ? TAIL_FACTORS[tail.toLowerCase()] : undefined;
  if (!factor) return { end, value, vague: true, lang };
  return { end: VAGUE_TAIL.lastIndex, value: value * factor, vague: true, lang };
}

/** Reads an English or Russian number word (with its compounds) at `start`. */
export function readNumberWords(text: string, start: number): WordNumber | null {
  const en = wordAt(EN_WORD, text, start);
  if (en) return readEnglish(text, start, en);
  const ru = wordAt(RU_WORD, text, start);
  const multiple = RU_MULTIPLES[ru];
  if (multiple !== undefined)
    return { end: start + ru.length, value: multiple, vague: false, lang: 'ru', multiple: 'word' };
  const multiplied = RU_MULTIPLYING_VERBS[ru];
  if (multiplied !== undefined)
    return { end: start + ru.length, value: multiplied, vague: false, lang: 'ru', multiple: 'verb' };
  const ruValue = RU_WORDS[ru] ?? VAGUE[ru];
  if (ruValue === undefined) return null;
  let end = start + ru.length;
  let value = ruValue;
  // "триста двадцать пять", "двухсот пятидесяти": hundreds, then tens or a teen, then units, each optional.
  while (VAGUE[ru] === undefined && text.charAt(end) === ' ') {
    const next = RU_WORDS[wordAt(RU_WORD, text, end + 1)];
    if (next === undefined || !fitsAfter(value, next)) break;
    end = RU_WORD.lastIndex;
    value += next;
  }
  if (VAGUE[ru] !== undefined) return readVagueTail(text, end, value, 'ru');
  const half = matchAt(RU_AND_A_HALF, text, end);
  if (half >= 0) return { end: half, value: value + 0.5, vague: false, lang: 'ru' };
  return { end, value, vague: false, lang: 'ru' };
}

/**
 * "два с половиной миллиона", "two and a half billion", "three-and-a-half times": a half added to a number word,
 * before the scale or multiple it counts (before a word of time it is a span: "два с половиной года").
 */
const RU_AND_A_HALF =
  /[ \u00a0]+с[ \u00a0]+половиной(?=[ \u00a0]+(?:тысяч|миллион|миллиард|триллион|раз(?:а)?(?![а-яё])))/iy;
const EN_AND_A_HALF =
  /(?:[ \u00a0]+|-)and(?:[ \u00a0]+|-)a(?:[ \u00a0]+|-)half(?=[ \u00a0]+(?:thousand|million|billion|trillion|times)(?![A-Za-z]))/iy;

function readEnglish(text: string, start: number, first: string): WordNumber | null {
  const compared = EN_COMPARED_MULTIPLES[first];
  if (compared !== undefined) {
    if (matchAt(COMPARISON_AFTER, text, start + first.length) < 0) return null;
    return { end: start + first.length, value: compared, vague: false, lang: 'en', multiple: 'word' };
  }
  const infinitive = EN_MULTIPLYING_INFINITIVES[first];
  if (infinitive !== undefined) {
    const end = start + first.length;
    if (!INFINITIVE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return null;
    if (matchAt(AFTER_MULTIPLYING_VERB, text, end) < 0 && matchAt(AFTER_INFINITIVE, text, end) < 0)
      return null;
    return { end, value: infinitive, vague: false, lang: 'en', multiple: 'verb' };
  }
  const multiplied = EN_MULTIPLYING_VERBS[first];
  if (multiplied !== undefined) {
    if (matchAt(AFTER_MULTIPLYING_VERB, text, start + first.length) < 0) return null;
    return { end: start + first.length, value: multiplied, vague: false, lang: 'en', multiple: 'verb' };
  }
  const fold = first.endsWith('fold') ? first.slice(0, -4) : first;
  const vague = VAGUE[fold];
  if (vague !== undefined) return readVagueTail(text, start + fold.length, vague, 'en');
  let end = start + fold.length;
  let value: number;
  if (fold === 'a') {
    const next = wordAt(EN_WORD, text, start + 2);
    if (next === 'thousand' || next === 'million' || next === 'billion') {
      return { end: start + 1, value: 1, vague: false, lang: 'en' };
    }
    if (next !== 'hundred' && next !== 'dozen') return null;
    return { end: start + 2 + next.length, value: next === 'dozen' ? 12 : 100, vague: false, lang: 'en' };
  }
  if (fold === 'half') return readHalf(text, end);
  // "a few hundred", "several dozen": a loose order of magnitude with no number of its own, not 100 or 12.
  if (
    (fold === 'dozen' || fold === 'hundred') &&
    LOOSE_BEFORE.test(text.slice(Math.max(0, start - 10), start))
  )
    return null;
  if (fold === 'dozen') value = 12;
  else if (fold === 'hundred') value = 100;
  else {
    const base = EN_UNITS[fold] ?? EN_TENS[fold];
    if (base === undefined) return null;
    value = base;
    if (EN_TENS[fold] !== undefined && (text.charAt(end) === '-' || text.charAt(end) === ' ')) {
      const unit = EN_UNITS[wordAt(EN_WORD, text, end + 1)];
      if (unit !== undefined && unit < 10) {
        value += unit;
        end = EN_WORD.lastIndex;
      }
    }
    const half = matchAt(EN_AND_A_HALF, text, end);
    if (half >= 0) return { end: half, value: value + 0.5, vague: false, lang: 'en' };
    const times = text.charAt(end) === ' ' ? wordAt(EN_WORD, text, end + 1) : '';
    if (times === 'hundred' || times === 'dozen') {
      // "two hundred", "three dozen": the unit word multiplies what comes before it.
      value *= times === 'hundred' ? 100 : 12;
      end = EN_WORD.lastIndex;
    }
  }
  return { end, value, vague: false, lang: 'en' };
}

/** Scale words that may follow "half a": "half a million" is 0.5 of the scale the reader applies next. */
const HALF_OF: Readonly<Record<string, number>> = {
  thousand: 0.5,
  million: 0.5,
  billion: 0.5,
  dozen: 6,
  hundred: 50,
};

/** "half a million", "half a dozen": "half" counts only before "a" and a scale word. */
function readHalf(text: string, afterHalf: number): WordNumber | null {
  if (text.charAt(afterHalf) !== ' ' || wordAt(EN_WORD, text, afterHalf + 1) !== 'a') return null;
  const afterA = afterHalf + 2;
  if (text.charAt(afterA) !== ' ') return null;
  const scale = wordAt(EN_WORD, text, afterA + 1);
  const value = HALF_OF[scale];
  if (value === undefined) return null;
  // A scale the reader applies next ("million") stays after the end; "dozen" and "hundred" are read here.
  const end = value === 0.5 ? afterA : afterA + 1 + scale.length;
  return { end, value, vague: false, lang: 'en' };
}
