import { endsWordOrAbbreviation, isAlphanumericAt, isDigitAt, isLetterAt, isWordAt } from './char-classes';
import { isHyphenatedDurationAt } from './durations';

// Numbers that are never figures, judged from the characters around them: names with digits (G20, C5+1,
// COVID-19, 3·15), citation markers ([2], [6][8]), ordinals (第二, 10th, 5-й), labels (Group 1, No. 5, 阅读:163),
// phone numbers and identifiers.

/**
 * Words that label a number: "Group 1", "No. 5", "пункт 3". A scale or a percent after the number still makes it a
 * figure (`SCALE_AFTER`).
 */
const WORD_LABEL_BEFORE = new RegExp(
  [
    '(?<![A-Za-z])(?:group|phase|article|chapter|section|part|line|stage|level|grade|class|item|page|p\\.|pp\\.|vol\\.?|volume|episode|season|round|gate|terminal|block|lot|room|floor|route|highway|flight|no\\.?|nos\\.|number|figure|fig\\.|table|chart|tel\\.?|fax|phone|box|zone|paragraph|clause|track|hall|booth|row|seat|version|ver\\.|top|unit|resolution|model|series|step|id|ios|android|windows|boeing|airbus|embraer|bombardier|superjet|comac)[ \\u00a0]*(?:[:：][ \\u00a0]*)?$',
    '(?<![А-Яа-яЁё])(?:группа|группы|статья|статьи|статье|пункт|пункта|глава|главы|раздел|часть|части|линия|линии|этап|этапа|номер|номера|стр\\.|ст\\.|п\\.|ч\\.|том|выпуск|тел\\.?|телефон|рейс|трасса|корпус|дом|д\\.|ул\\.|версия|версии|версию|модель|модели|боинг|аэробус)[ \\u00a0]*(?:[:：][ \\u00a0]*)?$',
  ].join('|'),
  'i',
);
/** Labels that are also verbs taking a quantity, only capitalized: "Building 3", "Issue 12", not "building 2 GW". */
const CAPITAL_LABEL_BEFORE = /(?<![A-Za-z])(?:Building|Issue)[ \u00a0]*$/;
/**
 * The number of a name of capitalized words joined by "of": "Power of Siberia 2". English puts a count before
 * the place it is of, so a number right after such a name is the name's. A scale after it still makes it a
 * quantity. (Russian is left alone: "гражданам государств Центральной Азии 3000 мест" is a count.)
 */
const NAME_NUMBER_BEFORE =
  /(?<![A-Za-z])[A-Z][a-z]+[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][a-z]+[ \u00a0]+$/;
/**
 * Ordinals, codes, counters and number signs, whatever follows:
 * 第1亿个 is an ordinal, "Views: 1.2 million" a counter.
 */
const FIXED_LABEL_BEFORE = new RegExp(
  [
    '(?:(?:第|编号|編號|电话|電話|热线|熱線|传真|傳真|版本|代码|代碼|号码|號碼|邮编|郵編|阅读|閱讀|浏览|瀏覽|点击|點擊|点赞|點讚|评论|評論|收藏|转发|轉發|播放|人气|人氣|热度|熱度|波音|空客)(?:次数|次數|人次|量|数|數)?|(?:访问|訪問)(?:次数|次數|人次|量))[ \\u00a0:：(（]*$',
    '(?<![A-Za-z])(?:views?|likes?|comments?|shares?|reads?|replies|votes?|hits|clicks|subscribers?|followers?)[ \\u00a0:：(]*$',
    '(?<![А-Яа-яЁё])(?:просмотр[а-я]*|комментари[а-я]*|подписчик[а-я]*|лайк[а-я]*|репост[а-я]*)[ \\u00a0:：(]*$',
    '[#№＃][ \\u00a0]*$',
    // An eye before a number is a view counter: "👁 5 812", "👀 1.2K".
    '\\uD83D[\\uDC40\\uDC41]\\uFE0F?[ \\u00a0:：]*$',
  ].join('|'),
  'i',
);
/**
 * A scale word or a percent after the number makes it a quantity whatever stands before: "exports top 10
 * million tonnes", "to issue 5 billion yuan of bonds", "Line 2 million" is no label.
 */
const SCALE_AFTER =
  /[ \u00a0]?(?:%|percent(?![A-Za-z])|per[ \u00a0]cent(?![A-Za-z])|(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn|trn|trln|tln|mlrd)(?![A-Za-z])|万|亿|億|(?:тыс|млн|млрд|трлн)(?![а-яё]))/iy;

/**
 * "9 out of 10 residents", "3 in 4 firms", "2 из 3": the whole of a proportion, not a count. A small number: "in
 * 2024 in five regions" is a year.
 */
const PROPORTION_BEFORE =
  /(?:(?<![0-9０-９.,])[0-9０-９]{1,2}|(?<![A-Za-z])(?:one|two|three|four|five|six|seven|eight|nine|ten))[ \u00a0]+(?:out of|in|of|из)[ \u00a0]+$/i;
const ORDINAL_AFTER =
  /(?:st|nd|rd|th)(?![A-Za-z])|-[А-Яа-яЁё]+|[-‐](?:year|month|day|week|hour|minute|member|seat|storey|story|point|page|star|inch|foot|man|strong)(?![a-z])/iy;
const CURRENCY_CODES = /(?:USD|RMB|Rmb|CNY|EUR|GBP|RUB|KZT|KGS|UZS|TJS|TMT|HKD|JPY|CHF|US)$/;
const GLUE = new Set(['+', '/', '·', '•', '_', '=', '@', '&', '\\', '．']);

/**
 * End of the name-like run a number belongs to ("C5+1", "COVID-19", "3·15"), for skipping past it; it stops at
 * Chinese text ("G20峰会期间签署30项协议" still reads 30项).
 */
function endOfRun(text: string, from: number): number {
  let i = from;
  while (
    i < text.length &&
    (isAlphanumericAt(text, i) ||
      ((GLUE.has(text.charAt(i)) || text.charAt(i) === '-' || text.charAt(i) === '.') &&
        isAlphanumericAt(text, i + 1)))
  )
    i++;
  return i;
}

/** Last characters of the Chinese labels above, and the signs that label a number (a view counter's eye too). */
const LABEL_LAST = new Set(
  [...'第号號话話线線真本码碼编編读讀览覽击擊赞讚论論藏发發放气氣度音客数數量次#№＃'].map((ch) =>
    ch.charCodeAt(0),
  ),
);
// The eyes of a view counter (U+1F440, U+1F441) end in these code units, or in an emoji presentation selector.
for (const code of [0xdc40, 0xdc41, 0xfe0f]) LABEL_LAST.add(code);
const LABEL_TRAIL = new Set([...' \u00a0:：(（'].map((ch) => ch.charCodeAt(0)));

/**
 * Whether the 14 characters before `start` can end in a label or a proportion: after the spaces, colons and
 * brackets that may trail one comes a letter, an abbreviation's period, a Chinese label's last character or a
 * number sign. Most numbers after other Chinese characters or punctuation fail this, and the patterns need not run.
 */
function mayEndInLabel(text: string, start: number): boolean {
  const from = Math.max(0, start - 14);
  let last = start;
  while (last > from && LABEL_TRAIL.has(text.charCodeAt(last - 1))) last--;
  if (last === from) return false;
  const code = text.charCodeAt(last - 1);
  return endsWordOrAbbreviation(code) || LABEL_LAST.has(code);
}

/** "one in three adults", "two out of five firms": a number word that is the whole of a proportion. */
export function isProportionWhole(text: string, start: number): boolean {
  return PROPORTION_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}

/**
 * Whether the number [start, end) is part of something that is never a figure. Returns the index to resume
 * scanning from, or -1 when the number may be a figure.
 */
export function findNeverFigure(text: string, start: number, end: number): number {
  const before = text.charAt(start - 1);
  const beforeBefore = start >= 2 ? text.charAt(start - 2) : '';
  if (before && isLetterAt(text, start - 1)) {
    const letters = /[A-Za-z$]+$/.exec(text.slice(Math.max(0, start - 4), start))?.[0] ?? '';
    if (!CURRENCY_CODES.test(letters)) return endOfRun(text, end);
  }
  if ((before === '-' || before === '‐') && beforeBefore && isLetterAt(text, start - 2))
    return endOfRun(text, end);
  if (GLUE.has(before) && beforeBefore && isWordAt(text, start - 2)) return endOfRun(text, end);
  if ((before === '.' || before === ',') && isDigitAt(text, start - 2)) return endOfRun(text, end);
  if (before === "'" || before === '’') return endOfRun(text, end);
  if (before === '+' && !isWordAt(text, start - 2)) {
    const phoneEnd = readPhoneEnd(text, end);
    if (countDigits(text, start, phoneEnd) >= 7) return phoneEnd;
  }
  if (before === '[' || before === '［') {
    const closing = /^[0-9,\-– ]*[\]］]/.exec(text.slice(end, end + 12));
    if (closing) return end + closing[0].length;
  }
  if (mayEndInLabel(text, start)) {
    const justBefore = text.slice(Math.max(0, start - 14), start);
    if (FIXED_LABEL_BEFORE.test(justBefore) || PROPORTION_BEFORE.test(justBefore)) return endOfRun(text, end);
    const isLabel =
      WORD_LABEL_BEFORE.test(justBefore) ||
      CAPITAL_LABEL_BEFORE.test(justBefore) ||
      // A name's number is one digit ("Power of Siberia 2"): "the Republic of Kazakhstan 35 new plants" counts.
      (end - start === 1 && NAME_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 40), start)));
    if (isLabel && !scaleFollows(text, end)) return endOfRun(text, end);
  }
  const after = text.charAt(end);
  if (
    (after === '·' || after === '•' || after === '/' || after === '+' || after === '_') &&
    isDigitAt(text, end + 1)
  ) {
    return endOfRun(text, end);
  }
  ORDINAL_AFTER.lastIndex = end;
  const ordinal = ORDINAL_AFTER.exec(text);
  if (ordinal && !/^-(?:кратн|километров)/i.test(ordinal[0]) && !isHyphenatedDurationAt(text, end))
    return ORDINAL_AFTER.lastIndex;
  if (after === '-' && isDigitAt(text, end + 1)) {
    const second = /^-[0-9]+-[0-9]/.exec(text.slice(end, end + 12));
    if (second) return readPhoneEnd(text, end);
  }
  return -1;
}

function scaleFollows(text: string, end: number): boolean {
  SCALE_AFTER.lastIndex = end;
  return SCALE_AFTER.test(text);
}

/** End of a phone-like run of digits, spaces, brackets and hyphens. */
function readPhoneEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && (isDigitAt(text, i) || /[ ()\-–]/.test(text.charAt(i)))) i++;
  while (i > from && !isDigitAt(text, i - 1)) i--;
  return Math.max(i, from);
}

function countDigits(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (isDigitAt(text, i)) count++;
  return count;
}

/** A long bare run of digits (8+) is an identifier or phone number, not a quantity. */
export function isIdentifierLike(integerDigits: number, grouped: boolean, decimal: boolean): boolean {
  return integerDigits >= 8 && !grouped && !decimal;
}
