import type { ReadingParts } from './reading';
import { isTokenYearLike } from './screen-number';

// Rules for numbers without a unit: which counts and bare numbers a reader wants highlighted.

/** "the five leaders", "these two sides": a number word that names a known set rather than counts. */
const DETERMINER_BEFORE =
  /(?<![A-Za-z])(?:the|these|those|its|their|his|her|our|your|all|both|each|every|other|such|which|whose|last|first|next|past|previous)[ \u00a0]+$/i;
const NAMING_NOUNS = new Set([
  '国',
  '國',
  '方',
  '岸',
  '省',
  '城',
  'sides',
  'parties',
  'ways',
  'hands',
  'heads',
]);
/**
 * "Xi and five Central Asian leaders", "the two presidents", "five foreign ministers": number words that name
 * the parties to a meeting, one for each country named, rather than count anything a reader keeps.
 */
const EN_NAMING_NOUN = /^(?:leaders?|presidents?|heads?|ministers?|premiers?|counterparts?)$/i;
/** "лидеры двух стран", "обе стороны": Russian number words naming the parties rather than counting. */
const RU_NAMING_NOUN = /^(?:стран|сторон|государств|лидер|президент|глав|республик|народ)/i;
/**
 * "Three trends are worth watching", "5 takeaways", "пять причин", "три вывода": the parts of the writing itself,
 * counted by its author, not figures of the news.
 */
const DISCOURSE_NOUN =
  /^(?:trends?|reasons?|takeaways?|lessons?|things|ways|myths|scenarios|тренд\p{L}*|причин\p{L}*|вывод\p{L}*|урок\p{L}*|сценари\p{L}*|趋势|趨勢|启示|啟示|看点|看點)$/iu;
const LETTER = /[A-Za-zА-Яа-яЁё]/;
/** "the top ten reserve holders", "top 5 partners": a ranking's length, not a count. */
const RANK_BEFORE = /(?<![A-Za-z])top[ \u00a0]+$/i;
/** "aged over 60", "в возрасте старше 60": an age, not a count. */
const AGE_BEFORE = /(?:aged|ages?|возрасте|年龄|年齡)[ \u00a0]*$/i;

/**
 * 中亚5国, 东盟10国, 欧盟27国: a group's number of members written after its name is the group's name, not a count.
 */
const GROUP_BEFORE =
  /(?:中亚|中亞|东盟|東盟|欧盟|歐盟|海合会|海合會|金砖|金磚|北欧|北歐|波罗的海|波羅的海|中东欧|中東歐|东南亚|東南亞|南亚|南亞|拉美)$/;
/** "哈薩克、烏茲別克、吉爾吉斯、土庫曼4國": the countries just listed, counted again, name them. */
const LISTED_NAMES_BEFORE = /(?:[\u3400-\u9fff]{2,8}、)+[\u3400-\u9fff]{2,8}$/;

/** "排名上升3位", "較上年下降2位": places a ranking moved, not people (位 also counts people: "3位专家"). */
const RANK_MOVE_BEFORE = /(?:上升|下降|提升|前移|后退|後退|跃升|躍升|攀升|下滑|回落)了?$/;
const RANK_MOVE_AFTER = /^(?:[^\u3400-\u9fff]|[至到，。；、])/;

function isRankMove(text: string, parts: ReadingParts, noun: string): boolean {
  return (
    noun === '位' &&
    RANK_MOVE_BEFORE.test(text.slice(Math.max(0, parts.spanStart - 4), parts.spanStart)) &&
    RANK_MOVE_AFTER.test(text.slice(parts.end, parts.end + 1) || '。')
  );
}

/** Whether a count of countries (国, 國) right after a group's name or a list of names only names them. */
function namesCountries(text: string, parts: ReadingParts, noun: string): boolean {
  if (noun !== '国' && noun !== '國') return false;
  const before = text.slice(Math.max(0, parts.token.start - 48), parts.token.start);
  if (GROUP_BEFORE.test(before)) return true;
  const listed = LISTED_NAMES_BEFORE.exec(before);
  return listed !== null && listed[0].split('、').length === parts.token.value;
}

export function countNoun(parts: ReadingParts): string | undefined {
  return parts.noun.kind === 'noun' ? parts.noun.noun : undefined;
}

/** Whether a plain count is worth highlighting, judged by how its number is written. */
export function isMeaningfulCount(text: string, parts: ReadingParts, noun: string): boolean {
  const { token } = parts;
  if (!token.scaled && token.value <= 1) return false;
  if (RANK_BEFORE.test(text.slice(Math.max(0, parts.spanStart - 6), parts.spanStart))) return false;
  if (namesCountries(text, parts, noun) || isRankMove(text, parts, noun)) return false;
  if (!token.scaled && DISCOURSE_NOUN.test(noun)) return false;
  if (token.source === 'words') {
    const before = text.slice(Math.max(0, parts.spanStart - 12), parts.spanStart);
    return (
      !DETERMINER_BEFORE.test(before) &&
      !NAMING_NOUNS.has(noun.toLowerCase()) &&
      !RU_NAMING_NOUN.test(noun) &&
      !EN_NAMING_NOUN.test(noun)
    );
  }
  if (token.source === 'chinese') {
    if (
      token.unitsOnly &&
      token.end - token.start === 1 &&
      token.value > 10 &&
      !parts.vagueChinese &&
      parts.approx === 'none'
    ) {
      return false;
    }
    // Chinese news writes statistics in digits; 三个方面, 两名工作人员, 五国 are prose, not figures.
    if (!token.scaled && token.value < 10 && !parts.vagueChinese) return false;
    if (token.positional) return false;
  }
  if (isTokenYearLike(token))
    return parts.approx !== 'none' || token.source === 'chinese' || /^[\u3400-\u9fff]/.test(noun);
  return true;
}

/**
 * A bare number still measures something when it is written like a statistic: with thousands separators
 * ("reached 16,400") or bounded by an adverb that joins the highlight ("more than 1,000", "около 300").
 */
export function isMeasuredBare(text: string, parts: ReadingParts): boolean {
  const { token } = parts;
  if (token.source !== 'digits' || token.decimal) return false;
  if (token.grouped && token.value >= 1000) return true;
  if (parts.approx === 'none' || parts.spanStart >= token.start || token.value < 10) return false;
  return (
    !LETTER.test(text.charAt(parts.end)) &&
    !AGE_BEFORE.test(text.slice(Math.max(0, parts.spanStart - 12), parts.spanStart))
  );
}

/** "11 hubs, including 3 in China", "из них 3": a bare number that counts part of a set just named. */
const PART_OF_BEFORE =
  /(?<![A-Za-zА-Яа-яЁё])(?:including|of which|of them|among them|в том числе|из них|из которых)[ \u00a0]+$/i;

export function isPartOfCount(text: string, parts: ReadingParts): boolean {
  const { token } = parts;
  if (token.source !== 'digits' || token.decimal || token.value < 2 || LETTER.test(text.charAt(parts.end)))
    return false;
  return PART_OF_BEFORE.test(text.slice(Math.max(0, token.start - 16), token.start));
}

/**
 * "the number of routes has grown to 113", "число рейсов выросло до 50", "количество предприятий составило 412":
 * the bare number is the level of the count its clause names.
 */
const NUMBER_OF_BEFORE = new RegExp(
  [
    String.raw`(?<![A-Za-z])number[  ]+of[  ]+[^,;:.!?\d]{1,50}?[  ]+(?:has[  ]+|have[  ]+|had[  ]+)?(?:now[  ]+)?(?:grown|grew|rose|risen|increased|climbed|jumped|reached|hit|topped|stood|stands|totall?ed|came|amounted|fell|dropped|declined|decreased|was|is)(?:[  ]+(?:to|at))?[  ]+$`,
    String.raw`(?<![А-Яа-яЁё])(?:число|количество)[  ]+[^,;:.!?\d]{1,50}?[  ]+(?:составил[оа]?|составляет|достигл[оа]?|достигает|превысил[оа]?|вырос(?:ло|ла)?[  ]+до|увеличил[оа]сь[  ]+до|вырастет[  ]+до|сократил[оа]сь[  ]+до|снизил[оа]сь[  ]+до|было|равн[оа])[  ]+$`,
  ].join('|'),
  'i',
);

export function isLevelOfNumber(text: string, parts: ReadingParts): boolean {
  const { token } = parts;
  if (token.source !== 'digits' || token.decimal || token.value < 2 || LETTER.test(text.charAt(parts.end)))
    return false;
  return namesNumberBefore(text, parts.spanStart);
}

/**
 * Whether the clause before `start` names a count whose level follows: "число совместных предприятий превысило
 * 1,2 тыс." counts ventures, whatever sum its sentence named before.
 */
export function namesNumberBefore(text: string, start: number): boolean {
  return NUMBER_OF_BEFORE.test(text.slice(Math.max(0, start - 90), start));
}

/** "up from 700-750 a year earlier", "против 96 годом ранее": the bare number a figure is compared with. */
const BASE_BEFORE =
  /(?<![A-Za-zА-Яа-яЁё])(?:up from|down from|compared (?:with|to)|versus|против|по сравнению с)[ \u00a0]+$/i;

/** A bare number that is the base of a comparison measures what the figure compared with it measures. */
export function isComparisonBase(text: string, parts: ReadingParts): boolean {
  const { token } = parts;
  if (token.source !== 'digits' || token.value < 2 || LETTER.test(text.charAt(parts.end))) return false;
  return BASE_BEFORE.test(text.slice(Math.max(0, parts.spanStart - 24), parts.spanStart));
}
