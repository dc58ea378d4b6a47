import { foldRussianCode, isAsciiLetterCode, trimSpacesBefore } from './char-classes';

// Ranges ("20–22%", "between 10 and 15 percent", "10至15亿", "от 10 до 15") and changes ("from 5 to 7
// percent", "с 5 до 7%"): a change is two figures, but its first number borrows the unit of the second.

/** The word before a number that decides how a following "to / and / до" reads. */
export type RangeMarker = 'between' | 'from' | 'none';

const MARKER_BEFORE =
  /(?<![A-Za-zА-Яа-яЁё])(between|from|между|от|со|с)[ \u00a0]+(?:[$€£¥₽₸][ \u00a0]?)?$|(从|由|從)[ \u00a0]?$/i;
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

function mayEndInMarker(text: string, start: number): boolean {
  const from = Math.max(0, start - 12);
  const last = trimSpacesBefore(text, start, from);
  if (last === from) return false;
  const code = text.charCodeAt(last - 1);
  const russian = foldRussianCode(code);
  return MARKER_LAST.has(russian >= 0 ? russian : isAsciiLetterCode(code) ? code | 32 : code);
}

export function readRangeMarker(text: string, start: number): RangeMarker {
  if (!mayEndInMarker(text, start)) return 'none';
  const found = MARKER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  const word = (found?.[1] ?? found?.[2] ?? '').toLowerCase();
  return MARKERS[word] ?? 'none';
}

export interface Connector {
  /** Where the second number starts. */
  end: number;
  mode: 'range' | 'change';
}

/** Reads a range connector at `at`; `allowSymbol` lets the high end repeat a currency symbol. */
export function readConnector(
  text: string,
  at: number,
  marker: RangeMarker,
  allowSymbol: boolean,
): Connector | null {
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
  if (symbol) return { end, mode: marker === 'from' ? 'change' : 'range' };
  if (word === 'to') return { end, mode: marker === 'from' ? 'change' : 'range' };
  if (word === 'and' || word === 'и') return marker === 'between' ? { end, mode: 'range' } : null;
  if (word === 'до') return marker === 'none' ? null : { end, mode: marker === 'from' ? 'change' : 'range' };
  return null;
}
