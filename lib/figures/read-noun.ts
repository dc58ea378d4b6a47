import { isCjkCode, isCyrillicCode, isLatinCode, skipInlineSpace } from './char-classes';

// What follows a number when it is not a unit: the counted noun ("16,400 trains", "20多家", "55 вагонов"),
// a word of time ("5年", "31 years", "10 месяцев": durations and dates are never counts), or a page counter
// ("0 Comment(s)", "163 views").

export type NounReading =
  | { kind: 'noun'; end: number; noun: string }
  | { kind: 'time'; end: number; year: boolean }
  | { kind: 'counter' }
  | { kind: 'none' };

const ZH_TIME =
  /[ \u00a0]?(个多月|個多月|个月|個月|个多小时|個多小時|个小时|個小時|个钟头|個鐘頭|个星期|個星期|个工作日|個工作日|多个月|多個月|小时|小時|分钟|分鐘|年代|周年|週年|多年|余年|餘年|年|月|日|号|號|时|時|点钟|點鐘|点|點|分|秒|天|周|週|星期|世纪|世紀|岁|歲|季度|届|屆|代|版|期|楼|樓|层|層|级|級|路|线|線|强|強)/y;
const ZH_CLASSIFIER =
  /[ \u00a0]?(人次|架次|车次|車次|航次|班次|辆次|輛次|艘次|列次|批次|个|個|家(?![庭乡鄉长長])|项|項|份|名|人|位(?![于於置])|列|辆|輛|艘|架|座|条(?![约約例款])|條(?![約例款])|次|批|所(?![以有谓謂])|台(?![湾灣])|臺(?![灣])|套|只|隻|头|頭|件|场|場|支|款|类|類|种|種|户|戶|处|處|栋|棟|张|張|本(?![土地国國届屆次月年])|部(?![长長门門分署])|篇|趟|班|节|節|间|間|株|棵|枚|颗|顆|组|組|对|對|例|宗|笔|筆|票(?![据據价價房证證])|单(?![位独獨一边邊方])|單(?![位獨一邊方])|包裹|车皮|車皮|车厢|車廂|车(?![道站间間型])|車(?![道站間型])|国(?![家内內际際道])|國(?![家內際道])|城|省(?![道])|座)/y;

const EN_WORD = /[ \u00a0]?([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)(\(s\))?/y;
// biome-ignore format: a word table reads best packed
const EN_TIME = new Set([
  'year', 'years', 'month', 'months', 'day', 'days', 'week', 'weeks', 'hour', 'hours', 'minute', 'minutes',
  'min', 'mins', 'hrs', 'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'yrs', "o'clock",
  'nights', 'degrees', 'degree', 'years-old', 'quarter', 'quarters', 'months-long', 'times-a-day',
]);
// biome-ignore format: a word table reads best packed
const EN_COUNTER = new Set([
  'comment', 'comments', 'view', 'views', 'like', 'likes', 'share', 'shares', 'reply', 'replies', 'read',
  'reads', 'follower', 'followers', 'vote', 'votes', 'click', 'clicks', 'photo', 'photos', 'image', 'images',
  'result', 'results', 'page', 'pages', 'item', 'items', 'reviews', 'stars',
]);
const EN_STOP = new Set(
  (
    'and or of to in on at by for from with the a an is are was were be been has have had that which who this ' +
    'these those as than per it its into over under after before while when since until up down out off more less ' +
    'compared yoy does goes thus plus minus yes unless across towards besides whereas perhaps always ' +
    'afterwards against between among during through via so if but not also only just will would could should ' +
    'may might can such each both other all there their they we he she you i our his her said says'
  ).split(' '),
);
// biome-ignore format: a word table reads best packed
const EN_IRREGULAR = new Set([
  'people', 'staff', 'personnel', 'children', 'men', 'women', 'police', 'cattle', 'sheep', 'livestock',
  'aircraft', 'crew', 'fish', 'deer', 'head', 'youth', 'feet', 'teeth', 'geese', 'mice', 'times',
]);

const RU_WORD = /[ \u00a0]?([А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?)/y;
const RU_TIME = new Set(
  (
    'лет год года году годы годов месяц месяца месяцев мес день дня дней неделя недели недель неделю час часа часов ' +
    'минута минуты минут мин сек секунд сутки суток век века веков квартал квартала кварталов полугодие полугодия ' +
    'полугодии годам годами годах месяцам месяцами месяцах дням днями днях неделям неделями неделях часам часами ' +
    'часах суткам сутками минутам минутами'
  ).split(' '),
);
const RU_STOP = new Set(
  (
    'и или в во на с со по за до от к ко из у о об при для без что как это не а но же ли чем также тоже уже еще ' +
    'ещё был была было были будет является составил составила составило составили против между'
  ).split(' '),
);
const RU_COUNTER = new Set([
  'просмотров',
  'просмотра',
  'комментариев',
  'комментария',
  'лайков',
  'репостов',
  'подписчиков',
  'подписчика',
]);
/** Present-tense and reflexive verb endings: "3 планируется", "2.1 поддерживает" are not counted nouns. */
const RU_VERB = /(?:[аяеу]ет|[аяеу]ют|[ие]тся|[аяу]тся|ются|лся|лась|лось|лись)$/;
/** Adjective endings seen between a number and its noun ("5 новых проектов"); -ий stays a noun (компаний). */
const RU_ADJECTIVE = /(?:ых|их|ые|ие|ый|ой|ая|яя|ое|ым|им|ыми|ими)$/;

/** Singular nouns ending in -s that modify a counted noun: "15 gas pipelines", "12 news sites". */
const EN_SINGULAR_IN_S = new Set(['gas', 'news', 'lens', 'atlas', 'bus']);

function isEnglishPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (EN_IRREGULAR.has(lower)) return true;
  if (EN_SINGULAR_IN_S.has(lower)) return false;
  return lower.length >= 3 && lower.endsWith('s') && !/(?:ss|us|is|ics|'s|’s)$/.test(lower);
}

function readChinese(text: string, start: number): NounReading {
  ZH_TIME.lastIndex = start;
  const time = ZH_TIME.exec(text);
  if (time?.[1]) return { kind: 'time', end: ZH_TIME.lastIndex, year: time[1] === '年' };
  ZH_CLASSIFIER.lastIndex = start;
  const classifier = ZH_CLASSIFIER.exec(text);
  if (classifier?.[1]) return { kind: 'noun', end: ZH_CLASSIFIER.lastIndex, noun: classifier[1] };
  return { kind: 'none' };
}

/** "7,000 such trains", "12 other countries", "5 more projects": words that may open a counted noun phrase. */
const EN_DETERMINERS_AFTER_NUMBER = new Set(['such', 'other', 'more']);

/** "oil and gas", "road and rail": modifiers joined by "and" before the counted noun. */
const isJoinedModifier = (lower: string, words: number, previousWasModifier: boolean): boolean =>
  lower === 'and' && words > 0 && previousWasModifier;

function readEnglish(text: string, start: number): NounReading {
  let at = start;
  let previousWasModifier = false;
  for (let words = 0; words < 5; words++) {
    EN_WORD.lastIndex = at;
    const found = EN_WORD.exec(text);
    const word = found?.[1];
    if (!word) return { kind: 'none' };
    const lower = word.toLowerCase();
    if (EN_TIME.has(lower)) return { kind: 'time', end: EN_WORD.lastIndex, year: false };
    if (EN_COUNTER.has(lower) || found[2]) return { kind: 'counter' };
    const joined = isJoinedModifier(lower, words, previousWasModifier);
    const opensPhrase = words === 0 && EN_DETERMINERS_AFTER_NUMBER.has(lower);
    if (EN_STOP.has(lower) && !joined && !opensPhrase) return { kind: 'none' };
    previousWasModifier = !joined;
    if (isEnglishPlural(word)) return { kind: 'noun', end: EN_WORD.lastIndex, noun: word };
    at = EN_WORD.lastIndex;
    if (text.charAt(at) !== ' ') return { kind: 'none' };
  }
  return { kind: 'none' };
}

/** A scale word right before the noun: after it a counted noun stands in the genitive plural ("13 млн тонн"). */
const RU_SCALE_BEFORE = /(?:млрд|млн|тыс|трлн)\.?[ \u00a0]*$/;
/**
 * Endings of a nominative plural ("аналитики", "машины"), never of a genitive plural: after a scale word such a
 * word opens the next clause ("Расхождение в 13,5 млрд аналитики объясняют…") and counts nothing.
 */
const RU_NOMINATIVE_PLURAL = /[^ИиЕе][ыи]$(?<!такси)/;

function readRussian(text: string, start: number): NounReading {
  const scaled = RU_SCALE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
  let at = start;
  let lastAdjective: { end: number; noun: string } | null = null;
  // Up to three adjectives before the noun: "24 новых регулярных контейнерных поезда".
  for (let words = 0; words < 4; words++) {
    RU_WORD.lastIndex = at;
    const word = RU_WORD.exec(text)?.[1];
    if (!word) break;
    const lower = word.toLowerCase();
    // "4,2 млрд годом ранее", "380 годом раньше": the time of the amount, neither its noun nor a span of time.
    if (lower === 'годом') return { kind: 'none' };
    if (RU_TIME.has(lower)) return { kind: 'time', end: RU_WORD.lastIndex, year: lower.startsWith('год') };
    if (RU_COUNTER.has(lower)) return { kind: 'counter' };
    if (RU_STOP.has(lower) || RU_VERB.test(lower)) break;
    if (!RU_ADJECTIVE.test(lower)) {
      if (scaled && RU_NOMINATIVE_PLURAL.test(lower)) break;
      return { kind: 'noun', end: RU_WORD.lastIndex, noun: word };
    }
    lastAdjective = { end: RU_WORD.lastIndex, noun: word };
    at = RU_WORD.lastIndex;
    if (text.charAt(at) !== ' ') break;
  }
  return lastAdjective ? { kind: 'noun', ...lastAdjective } : { kind: 'none' };
}

/** Reads what follows a number at `start` when no unit did: a counted noun, a time word, or nothing. */
export function readNounAfter(text: string, start: number): NounReading {
  const first = skipInlineSpace(text, start);
  if (first - start > 1) return { kind: 'none' };
  const code = text.charCodeAt(first);
  if (isCjkCode(code)) return readChinese(text, start);
  if (isLatinCode(code)) return readEnglish(text, start);
  if (isCyrillicCode(code)) return readRussian(text, start);
  return { kind: 'none' };
}
