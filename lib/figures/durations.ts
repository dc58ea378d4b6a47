import { isYearLike } from './dates';
import type { DurationUnit } from './duration-units';
import { chineseDigit } from './read-chinese-numeral';
import type { NumberToken } from './read-number';
import type { UnitReading } from './read-unit';

// Durations that measure something: a transit or clearance time ("5 days", "2小时以内", "7 суток"), or a term
// ("a 25-year contract", "期限20年", "сроком на 25 лет"). Minutes, hours, days and weeks are durations wherever
// they are not a date, a timing ("3 days ago", "через 3 дня", "3天后") or a frequency ("24 hours a day"); months and
// years only as a term or as the time a journey or a construction takes: elsewhere they count years since an
// event, an age or a plan's deadline (docs/figures.md, "Durations").

const EN_UNITS: Record<string, DurationUnit> = {
  minute: 'minute',
  min: 'minute',
  hour: 'hour',
  hr: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  yr: 'year',
};
const EN_WORD = /[ \u00a0]?(minute|min|hour|hr|day|week|month|year|yr)s?(?![A-Za-z])/iy;
/** "a 25-year contract", "a 72-hour visa-free transit": a duration joined to its number by a hyphen. */
const EN_HYPHENATED =
  /[-‐\u2011](minute|hour|day|week|month|year)s?(?:[-‐\u2011]long)?(?![A-Za-z\-‐\u2011])/iy;

/** 小时, 个小时, 个多月, 天, 周, 年, 个工作日: the Chinese words of a length of time. */
const ZH_WORD =
  /[ \u00a0]?(?:(?:个|個)多?)?(小时|小時|钟头|鐘頭|分钟|分鐘|工作日|天(?![然津山府猫貓])|星期|周(?![年岁歲一二三四五六日天末])|週(?![年岁歲一二三四五六日天末])|月|年(?![代级級度初底中末份轻輕前]))/y;
const ZH_UNITS: Record<string, DurationUnit> = {
  小时: 'hour',
  小時: 'hour',
  钟头: 'hour',
  鐘頭: 'hour',
  分钟: 'minute',
  分鐘: 'minute',
  工作日: 'day',
  天: 'day',
  星期: 'week',
  周: 'week',
  週: 'week',
  月: 'month',
  年: 'year',
};

const RU_WORD =
  /[ \u00a0]?(минут[аы]?|мин\.?|час(?:а|ов)?|сут(?:ки|ок)|дн(?:я|ей)|день|недел(?:я|и|ь|ю)|месяц(?:а|ев)?|мес\.|лет|год(?:а)?)(?![А-Яа-яЁё])/iy;
/** "25-летний контракт", "10-дневный срок": a Russian adjective of a length of time. */
const RU_HYPHENATED = /[-‐](минутн|часов|суточн|дневн|недельн|месячн|летн)[а-яё]*/iy;

/** The unit of a Russian word of time or of its adjective's stem: "суток", "дней", "дневн", "летн". */
function russianUnit(word: string): DurationUnit {
  const lower = word.toLowerCase();
  if (lower.startsWith('мин')) return 'minute';
  if (lower.startsWith('час')) return 'hour';
  if (lower.startsWith('сут') || lower.startsWith('дн') || lower === 'день') return 'day';
  if (lower.startsWith('нед')) return 'week';
  if (lower.startsWith('мес')) return 'month';
  return 'year';
}

/**
 * What a term or a timed journey is: a hyphenated duration is one only before such a word ("a 25-year gas supply
 * contract", "a 72-hour visa-free transit"), never before a plan, a visit or an age ("five-year plan", "a
 * three-day visit", "45-year-old").
 */
const EN_TERM_NOUN_AFTER =
  /^(?:[ \u00a0]+(?!plan|visit|old|anniversary|program|programme)[A-Za-z-]+){0,3}?[ \u00a0]+(?:contracts?|agreements?|deals?|leases?|loans?|credits?|concessions?|terms?|visa-free|visas?|stays?|licen[cs]es?|journeys?|trips?|transits?|transit|voyages?|drives?|flights?|rides?|crossings?|clearance|warrant(?:y|ies)|guarantees?|tenure|mandates?|moratorium|maturit(?:y|ies)|tenors?|repayment|grace|tax[ \u00a0]+(?:holidays?|breaks?|exemptions?))(?![A-Za-z])/i;
const RU_TERM_NOUN_AFTER =
  /^(?:[ \u00a0]+[А-Яа-яЁё]+){0,2}?[ \u00a0]+(?:контракт|договор|соглашени|аренд|концесси|кредит|займ|заём|срок|безвиз|пребывани|путь|рейс|транзит|мораторий|льгот|освобожд|каникул)/i;

/**
 * A term, a journey or a construction before the number in its clause: the months and years after it measure it
 * ("a loan with a maturity of 20 years", "贷款期限20年", "контракт на поставку газа на 25 лет", "construction took 3
 * years", "建设工期3年").
 */
const EN_TERM_BEFORE =
  /(?<![A-Za-z])(?:terms?|tenor|maturity|grace|lease[ds]?|leasing|concessions?|contracts?|agreements?|deals?|loans?|credits?|visa-free|stays?|valid(?:ity)?|duration|journey|transit|travel|delivery|construction|built|build(?:ing)?|takes?|took|taken|lasts?|lasted|lasting|extended|renewed|payback|pay[ \u00a0]+(?:for[ \u00a0]+)?itself|pays?[ \u00a0]+back|tax[ \u00a0]+(?:holidays?|breaks?)|exempt(?:ed|ion)?)(?![A-Za-z])[^.;:!?]{0,48}$/i;
const ZH_TERM_BEFORE =
  /(?:期限|宽限期|寬限期|还款期|還款期|偿还期|償還期|建设期|建設期|免税期|免稅期|回收期|质保期|質保期|保修期|为期|為期|租期|工期|年限|合同期|合约期|合約期|经营期|經營期|特许期|特許期|周期|週期|历时|歷時|耗时|耗時|用时|用時|停留|有效期|运行时间|運行時間|运输时间|運輸時間|时效|時效|全程)[^，。,；;！？]{0,8}$/;
const RU_TERM_BEFORE =
  /(?<![А-Яа-яЁё])(?:срок\p{L}*|контракт\p{L}*|договор\p{L}*|соглашени\p{L}*|аренд\p{L}*|концесси\p{L}*|кредит\p{L}*|займ\p{L}*|заём|безвизов\p{L}*|пребывани\p{L}*|строительств\p{L}*|в пути|доставк\p{L}*|транзит\p{L}*|занял\p{L}*|займ[её]т|продл\p{L}*|длит\p{L}*|окуп\p{L}*|льгот\p{L}*|освобожд\p{L}*|каникул\p{L}*)[^.;:!?]{0,48}$/iu;
/** "25年期贷款", "10年期": a term written with its own 期. */
const ZH_TERM_AFTER = /^期(?![间間内內末中])/;

/**
 * What makes a length of time no measure: a timing ("3 days ago", "in the next 10 days", "через 3 дня", "3天后",
 * "5年来"), a frequency ("24 hours a day", "每3天"), a streak ("fell for 3 weeks in a row", 连跌3周, "3 недели
 * подряд"), an age ("aged 45", "45 years old"), an anniversary, or a page's reading time ("4 min read", "Читать: 4
 * мин", 阅读时间 3 分钟) and its lists ("24小时热榜").
 */
const EN_NOT_BEFORE =
  /(?<![A-Za-z])(?:(?:past|last|next|coming|previous|recent|first|final|every|consecutive|straight|successive|aged?|after|marks?|marked|marking|celebrat[a-z]*|within\s+the\s+(?:past|last|next))[ \u00a0]+|read(?:ing)?(?:[ \u00a0]+time)?[ \u00a0]*:[ \u00a0]*)$/i;
const EN_NOT_AFTER =
  /^[ \u00a0]+(?:(?:ago|old|later|earlier|before|after|since|from\s+now|a[ \u00a0]+(?:day|week|month|year)|per[ \u00a0]+(?:day|week|month|year)|in[ \u00a0]+a[ \u00a0]+row|running|straight|listen|watch|anniversary)(?![A-Za-z])|read)|^-old/i;
/** "31 years of diplomatic ties": years or months of something are years since it, not a term. */
const EN_YEARS_OF_AFTER = /^[ \u00a0]+of(?![A-Za-z])/i;
const RU_NOT_BEFORE =
  /(?<![А-Яа-яЁё])(?:(?:последни[ех]|ближайши[ех]|следующи[ех]|через|спустя|каждые|каждый|возрасте|первые|раз[ \u00a0]+в|исполн[а-яё]*|отмеча[а-яё]*)[ \u00a0]+|(?:читать|время[ \u00a0]+чтения)[ \u00a0]*:?[ \u00a0]*)$/i;
const RU_NOT_AFTER =
  /^[ \u00a0]+(?:назад|спустя|тому|подряд|в[ \u00a0]+(?:сутки|день|неделю|месяц|год)|со[ \u00a0]+дня|юбиле|годовщин|чтения)/i;
const ZH_NOT_BEFORE =
  /(?:过去|過去|未来|未來|最近|每隔|每|前|头|頭|满|滿|这|這|那|第|[×xX*＊]|全天|(?:连|連)(?:续|續)?[\u4e00-\u9fff]?|(?:阅读|閱讀)(?:时间|時間|时长|時長)?[:：]?[ \u00a0]*)$/;
const ZH_NOT_AFTER =
  /^(?:前(?!往)|后|後|以后|以後|之后|之後|来|來|以来|以來|之前|里程|纪念|紀念|一次|一班|一趟|两头|兩頭|[ \u00a0]?(?:热榜|熱榜|排行|热门|熱門|榜单|榜單|要闻|要聞|滚动|滾動|热点|熱點|新闻|新聞|资讯|資訊))/;

/**
 * How long a meeting, a visit or a show lasts ("the ministers met for 2 days", "为期3天的访问", "выставка продлится 4
 * дня") is the calendar of an event, not a measure of trade or transport: no figure.
 */
const EVENT =
  /(?<![A-Za-z])(?:met|meet(?:s|ing|ings)?|talks|visit(?:s|ed|ing)?|summit|forum|conference|congress|session|exhibition|expo|fair|festival|games|tour|negotiations?|consultations?|holidays?|vacation|match|competitions?|championships?|tournaments?|olympi[a-z]*)(?![A-Za-z])|(?<![А-Яа-яЁё])(?:встреч|визит|переговор|саммит|форум|конференци|съезд|сесси|выставк|ярмарк|фестивал|игр[ыа]?(?![А-Яа-яЁё])|консультаци|каникул|отпуск|праздник|выходн|матч)|访问|訪問|会谈|會談|会议|會議|会晤|會晤|峰会|峰會|论坛|論壇|博览会|博覽會|展会|展會|展览|展覽|交易会|交易會|艺术节|藝術節|运动会|運動會|磋商|假期|放假|休假|假日|长假|長假|黄金周|黃金週|比赛|比賽|加时|加時/iu;
const SHORT_UNITS: readonly DurationUnit[] = ['minute', 'hour', 'day', 'week'];

/**
 * A penalty: how long someone is detained, jailed or banned ("detained for 15 days", "a 5-year prison term",
 * "арестован на 15 суток", "5 лет лишения свободы", "行政拘留15天") is a court's or a police's term, never a
 * measure of trade or transport. The word of custody stands in the clause before or right after the number.
 * ("заключение" alone is also the signing of a contract: "заключение контракта сроком на 10 лет" is a term.)
 */
const PENAL =
  /(?<![A-Za-z])(?:detain(?:ed|s|ing)?|detention|arrest(?:ed|s)?|jail(?:ed|s)?|imprison(?:ed|ment)|prison|sentenc(?:ed|es?|ing)|custody|incarcerat[a-z]*|convicted)(?![A-Za-z])|(?<![А-Яа-яЁё])(?:задержа[лн]\p{L}*|задержани\p{L}*|арест\p{L}*|сут(?:ок|ки) ареста|осужд\p{L}*|приговор\p{L}*|лишени\p{L}* свободы|заключени\p{L}* под страж\p{L}*|мест\p{L}* заключения|исправительн\p{L}* колони\p{L}*|тюрьм\p{L}*|тюремн\p{L}*)|拘留|羁押|羈押|判处|判處|判刑|徒刑|监禁|監禁|服刑/iu;

function isPenalty(text: string, spanStart: number, word: TimeWord): boolean {
  return (
    PENAL.test(clauseBefore(text, spanStart)) ||
    PENAL.test(text.slice(word.end, word.end + 32).split(/[,，。.;；]/)[0] ?? '')
  );
}

/** A holiday named right before its length: "元旦5天", "春节8天", "国庆7天长假". */
const HOLIDAY_BEFORE =
  /(?:元旦|春[节節]|[国國]庆|[国國]慶|中秋|清明|端午|五一|[劳勞]动节|[劳勞]動節|圣诞|聖誕|[诺諾]鲁孜|[诺諾]魯孜|古[尔爾]邦|肉孜)[ \u00a0]*$/u;

function isEventLength(text: string, spanStart: number, word: TimeWord): boolean {
  return (
    EVENT.test(clauseBefore(text, spanStart)) ||
    HOLIDAY_BEFORE.test(text.slice(Math.max(0, spanStart - 6), spanStart)) ||
    EVENT.test(text.slice(word.end, word.end + 24).split(/[,，。.;；]/)[0] ?? '')
  );
}

/** "一天", "一年": a lone 一 before a time word is "one day, some day" far more often than a length. */
const CHINESE_ONE_MEASURED_BEFORE = /(?:至|到|为|為|仅|僅|只|需|要|用|历时|歷時|耗时|耗時|为期|為期)$/;

interface TimeWord {
  unit: DurationUnit;
  end: number;
  hyphenated: boolean;
}

function readTimeWord(text: string, at: number): TimeWord | null {
  const first = text.charAt(at) === ' ' || text.charAt(at) === '\u00a0' ? at + 1 : at;
  if (text.charCodeAt(first) >= 0x3400) {
    ZH_WORD.lastIndex = at;
    const zh = ZH_WORD.exec(text);
    if (!zh?.[1]) return null;
    // 月 alone after a number is a month of the calendar ("5月"); with 个 it is a length ("5个月").
    if (zh[1] === '月' && !/[个個]/.test(zh[0])) return null;
    const unit = ZH_UNITS[zh[1]];
    return unit ? { unit, end: ZH_WORD.lastIndex, hyphenated: false } : null;
  }
  EN_HYPHENATED.lastIndex = at;
  const hyphen = EN_HYPHENATED.exec(text);
  if (hyphen?.[1])
    return {
      unit: EN_UNITS[hyphen[1].toLowerCase()] ?? 'year',
      end: EN_HYPHENATED.lastIndex,
      hyphenated: true,
    };
  EN_WORD.lastIndex = at;
  const en = EN_WORD.exec(text);
  if (en?.[1])
    return { unit: EN_UNITS[en[1].toLowerCase()] ?? 'year', end: EN_WORD.lastIndex, hyphenated: false };
  RU_HYPHENATED.lastIndex = at;
  const adjective = RU_HYPHENATED.exec(text);
  if (adjective?.[1])
    return { unit: russianUnit(adjective[1]), end: RU_HYPHENATED.lastIndex, hyphenated: true };
  RU_WORD.lastIndex = at;
  const ru = RU_WORD.exec(text);
  if (ru?.[1]) return { unit: russianUnit(ru[1]), end: RU_WORD.lastIndex, hyphenated: false };
  return null;
}

function isCalendarYear(token: NumberToken): boolean {
  return (
    token.source !== 'words' &&
    !token.scaled &&
    isYearLike(token.value, token.integerDigits, token.decimal, token.grouped)
  );
}

/** A break between clauses: a comma between digits ("5,000") is none. */
const CLAUSE_BREAK = /[，；;。！？!?\n]|,(?!\d)/g;

/** The clause before the figure, up to 60 characters. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 60), start);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let found = CLAUSE_BREAK.exec(before); found; found = CLAUSE_BREAK.exec(before)) cut = found.index + 1;
  return before.slice(cut);
}

/**
 * 近 opening its clause before a length of time is "the last": "近3天，口岸通行班列78列", "在近24小时内" name the period
 * of what follows. After a verb it bounds the length ("历时近3天", "缩短近3天": nearly 3 days).
 */
const ZH_RECENT_BEFORE = /(?:^|[，。；：、,;:!?！？（(“"\s]|在|于|於|从|從)近$/;

function isTimingOrFrequency(
  text: string,
  spanStart: number,
  word: TimeWord,
  chinese: boolean,
  numberStart: number,
): boolean {
  const before = text.slice(Math.max(0, spanStart - 24), spanStart);
  const after = text.slice(word.end, word.end + 24);
  if (chinese)
    return (
      ZH_NOT_BEFORE.test(before) ||
      ZH_NOT_AFTER.test(after) ||
      ZH_RECENT_BEFORE.test(text.slice(Math.max(0, numberStart - 8), numberStart))
    );
  return (
    EN_NOT_BEFORE.test(before) ||
    EN_NOT_AFTER.test(after) ||
    RU_NOT_BEFORE.test(before) ||
    RU_NOT_AFTER.test(after)
  );
}

/** Whether a term, a journey or a construction is what the length of time at `spanStart`…`end` measures. */
function isTerm(text: string, spanStart: number, word: TimeWord, chinese: boolean): boolean {
  if (word.hyphenated) return true;
  if (chinese)
    return ZH_TERM_AFTER.test(text.slice(word.end)) || ZH_TERM_BEFORE.test(clauseBefore(text, spanStart));
  const before = clauseBefore(text, spanStart);
  return EN_TERM_BEFORE.test(before) || RU_TERM_BEFORE.test(before);
}

/**
 * The duration after a quantity ending at `at`, as its unit, when it measures something; null for a time word
 * that is a timing, a frequency, an age, a plan's name, or (months and years) no term.
 */
export function readDurationAfter(
  text: string,
  at: number,
  token: NumberToken,
  spanStart: number,
): UnitReading | null {
  if (token.percent || token.multiple || !(token.value > 0)) return null;
  const word = readTimeWord(text, at);
  if (!word) return null;
  const chinese = text.charCodeAt(word.end - 1) >= 0x3400;
  if (word.hyphenated) {
    const after = text.slice(word.end, word.end + 60);
    const noun = chinese ? null : (EN_TERM_NOUN_AFTER.exec(after) ?? RU_TERM_NOUN_AFTER.exec(after));
    // "24-hour customs clearance", "a 24-hour crossing": open round the clock, not a length.
    if (!noun || (word.unit === 'hour' && token.value === 24)) return null;
  } else if (isTimingOrFrequency(text, spanStart, word, chinese, token.start)) return null;
  if (token.source === 'words' && token.value === 1) return null;
  if (
    token.source === 'chinese' &&
    token.value === 1 &&
    !CHINESE_ONE_MEASURED_BEFORE.test(text.slice(Math.max(0, spanStart - 3), spanStart))
  )
    return null;
  if (SHORT_UNITS.includes(word.unit) && isEventLength(text, spanStart, word)) return null;
  if (isPenalty(text, spanStart, word)) return null;
  // "2030年", "May 3, 2023週五": a year of the calendar, never a length.
  if (isCalendarYear(token)) return null;
  if (word.unit === 'month' || word.unit === 'year') {
    if (!isTerm(text, spanStart, word, chinese)) return null;
    if (EN_YEARS_OF_AFTER.test(text.slice(word.end, word.end + 6))) return null;
  }
  return { end: word.end, unit: word.unit, kind: 'measure', factor: 1 };
}

const CHINESE_PAIR = /^[一二两兩三四五六七八九]{2}$/;

/**
 * "两三天", "三五天", "七八个小时": two Chinese digits, the second larger, before a length of time are a rough range
 * (2–3 days), never the number 23.
 */
export function readChineseDigitPair(text: string, token: NumberToken): { low: number; high: number } | null {
  const written = text.slice(token.start, token.end);
  if (token.source !== 'chinese' || !CHINESE_PAIR.test(written)) return null;
  const low = chineseDigit(written.charAt(0)) ?? 0;
  const high = chineseDigit(written.charAt(1)) ?? 0;
  return low > 0 && high > low ? { low, high } : null;
}

/** Whether a hyphenated duration at `end` ("-year", "-летний") opens a term's noun phrase: it may be a figure. */
export function isHyphenatedDurationAt(text: string, end: number): boolean {
  EN_HYPHENATED.lastIndex = end;
  const en = EN_HYPHENATED.exec(text);
  if (en) return EN_TERM_NOUN_AFTER.test(text.slice(EN_HYPHENATED.lastIndex, EN_HYPHENATED.lastIndex + 60));
  RU_HYPHENATED.lastIndex = end;
  const ru = RU_HYPHENATED.exec(text);
  return (
    ru !== null && RU_TERM_NOUN_AFTER.test(text.slice(RU_HYPHENATED.lastIndex, RU_HYPHENATED.lastIndex + 60))
  );
}
