import { foldRussianCode, isAsciiLetterCode, trimSpacesBefore } from './char-classes';

// Ranges ("20–22%", "between 10 and 15 percent", "10至15亿", "от 10 до 15") and changes ("from 5 to 7
// percent", "с 5 до 7%"): a change is two figures, but its first number borrows the unit of the second. A change
// by an amount ("rose by €350 to €4,200", "增加350欧元至4200欧元") is two figures as well: the change and the new
// level.

/**
 * The word before a number that decides how a following "to / and / до" reads; `by` is a verb of change that
 * states by how much ("rose by", "增加"), before the new level.
 */
export type RangeMarker = 'between' | 'from' | 'by' | 'none';

const MARKER_BEFORE =
  /(?<![A-Za-zА-Яа-яЁё])(between|from|между|от|со|с)[ \u00a0]+(?:[$€£¥₽₸][ \u00a0]?)?$|(从|由|從)[ \u00a0]?$/i;
/**
 * A change that happened, by an amount: a past verb of change and "by" ("rose by", "has fallen by"), or a Chinese
 * verb of change that no forecast word opens ("增加", "下降了"; not "预计增长"). "could rise by $2 billion to $3
 * billion" is a forecast's range, so the English verb must be past.
 */
/** Chinese verbs of change: "增加350欧元至4200欧元" is a change and a new level. */
// biome-ignore format: a word list reads best packed
const ZH_CHANGE_VERBS = [
  '增加', '增长', '增長', '提高', '提升', '上涨', '上漲', '上升', '下降', '下跌', '下滑', '减少', '減少', '降低', '扩大', '擴大',
  '缩小', '縮小',
];
/** The currency symbols an amount after "by" may open with. */
const SYMBOLS_AFTER_BY = '$€£¥₽₸';
const CHANGE_BY_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:rose|risen|grew|grown|fell|fallen|increased|decreased|climbed|jumped|dropped|declined|gained|lost|surged|soared|slipped|slid|plunged|expanded|shrank|shrunk|contracted|widened|narrowed|raised|lowered|reduced|cut|added|went[ \\u00a0]+(?:up|down))[ \\u00a0]+by[ \\u00a0]+(?:US\\$|[${SYMBOLS_AFTER_BY}])?[ \\u00a0]?$|(?<!预计|預計|有望|可能|或将|或將|[将將望])(?:${ZH_CHANGE_VERBS.join('|')})了?[ \\u00a0]?$`,
  'i',
);
const MARKERS: Record<string, RangeMarker> = {
  between: 'between',
  между: 'between',
  от: 'between',
  from: 'from',
  с: 'from',
  со: 'from',
  从: 'from',
  由: 'from',
  從: 'from',
};

const CONNECTOR = /[ \u00a0]*([-–—~～〜]|至|到)[ \u00a0]*|[ \u00a0]+(to|and|и|до)[ \u00a0]+/iy;
/** An optional currency symbol repeated on the high end: "$10 billion to $15 billion". */
const REPEATED_SYMBOL = /(?:US\$|\$|€|£|¥|₽|₸)[ \u00a0]?/y;

/**
 * Last letters of the marker words (between, from, между, от, со, с; 从 由 從) and the currency symbols that may
 * follow one: the last character before `start` other than spaces must be one of them for MARKER_BEFORE to match.
 */
const MARKER_LAST = new Set([...'nmутос从由從$€£¥₽₸'].map((ch) => ch.charCodeAt(0)));
/** Last characters of CHANGE_BY_BEFORE: "by", a currency symbol after it, the Chinese verbs and 了. */
const CHANGE_BY_LAST = new Set(
  ['y', ...SYMBOLS_AFTER_BY, ...ZH_CHANGE_VERBS.map((verb) => verb.charAt(verb.length - 1)), '了'].map((ch) =>
    ch.charCodeAt(0),
  ),
);

/** The last character before `start` other than spaces, lower-cased when a letter; -1 when there is none. */
function lastCodeBefore(text: string, start: number): number {
  const from = Math.max(0, start - 12);
  const last = trimSpacesBefore(text, start, from);
  if (last === from) return -1;
  const code = text.charCodeAt(last - 1);
  const russian = foldRussianCode(code);
  return russian >= 0 ? russian : isAsciiLetterCode(code) ? code | 32 : code;
}

export function readRangeMarker(text: string, start: number): RangeMarker {
  const last = lastCodeBefore(text, start);
  if (MARKER_LAST.has(last)) {
    const found = MARKER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    const word = (found?.[1] ?? found?.[2] ?? '').toLowerCase();
    const marker = MARKERS[word];
    if (marker) return marker;
  }
  if (CHANGE_BY_LAST.has(last) && CHANGE_BY_BEFORE.test(text.slice(Math.max(0, start - 24), start)))
    return 'by';
  return 'none';
}

export interface Connector {
  /** Where the second number starts. */
  end: number;
  mode: 'range' | 'change';
}

/**
 * What the low end states of its own before the connector: nothing ("5 to 7%", "20至30亿美元"), a currency before
 * it ("$5 to $7"), a percent, or another unit ("5 tonnes to 7 tonnes", "350欧元至4200欧元").
 */
export type LowEnd = 'bare' | 'currency' | 'percent' | 'unit';

/**
 * After "rose by", "to" reads as a change when the low end is an amount of its own: "rose by €350 to €4,200". A
 * bare low end borrows the unit of a range ("rose by 5 to 7 percent"), and "by 5% to 7%" is a range too: a change
 * of a percentage to a new one is stated in points.
 */
function modeAfterBy(low: LowEnd): Connector['mode'] {
  return low === 'currency' || low === 'unit' ? 'change' : 'range';
}

/**
 * "由10至12列增加到20列", "从10至12天缩短到3天": after 由 or 从, a 至 that a change to a new level follows joins a
 * range, the level the change starts from; so does one closed by 不等 ("由5亿至8亿美元不等", ranging from). "由5%至7%"
 * alone is the change.
 */
const CHANGE_AFTER_HIGH_END =
  /^[0-9０-９.,，]*[0-9０-９][^0-9０-９，。；,;]{0,6}?(?:增加|增长|增長|提高|提升|上升|上涨|上漲|下降|下跌|减少|減少|降低|扩大|擴大|缩小|縮小|缩短|縮短|延长|延長|压缩|壓縮|增|降|减|減|升|缩|縮|扩|擴)了?[至到]|^[0-9０-９.,，]*[0-9０-９][^0-9０-９，。；,;]{0,6}?不等/u;

function isChangeAfterHighEnd(text: string, at: number): boolean {
  return CHANGE_AFTER_HIGH_END.test(text.slice(at, at + 24));
}

/** Reads a range connector at `at`; a low end with a unit of its own lets the high end repeat a currency symbol. */
export function readConnector(text: string, at: number, marker: RangeMarker, low: LowEnd): Connector | null {
  const allowSymbol = low !== 'bare';
  CONNECTOR.lastIndex = at;
  const found = CONNECTOR.exec(text);
  if (!found) return null;
  let end = CONNECTOR.lastIndex;
  if (allowSymbol) {
    REPEATED_SYMBOL.lastIndex = end;
    if (REPEATED_SYMBOL.test(text)) end = REPEATED_SYMBOL.lastIndex;
  }
  const symbol = found[1];
  const word = found[2]?.toLowerCase();
  const isTo = word === 'to' || symbol === '至' || symbol === '到';
  if (marker === 'by' && isTo) return { end, mode: modeAfterBy(low) };
  // A dash after "from" joins a range ("up from 700-750 a year earlier"); "from 5 to 7", 从5至7 are a change,
  // unless the change follows the high end ("由10至12列增加到20列").
  const dash = symbol !== undefined && symbol !== '至' && symbol !== '到';
  if (marker === 'from' && (symbol === '至' || symbol === '到') && isChangeAfterHighEnd(text, end))
    return { end, mode: 'range' };
  if (symbol || word === 'to') return { end, mode: marker === 'from' && !dash ? 'change' : 'range' };
  if (word === 'and' || word === 'и') return marker === 'between' ? { end, mode: 'range' } : null;
  if (word === 'до')
    return marker === 'none' || marker === 'by'
      ? null
      : { end, mode: marker === 'from' ? 'change' : 'range' };
  return null;
}
