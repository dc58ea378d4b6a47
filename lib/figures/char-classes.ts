// Character tests shared by the readers. All work on UTF-16 code units, so offsets stay exact.

const FULL_WIDTH_ZERO = 0xff10;

/** The digit at `index` (ASCII or full-width), or -1. */
export function readDigitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) return code - FULL_WIDTH_ZERO;
  return -1;
}

export function isDigitAt(text: string, index: number): boolean {
  return readDigitAt(text, index) >= 0;
}

/** A full-width digit ０–９, as Chinese pages set them. */
export function isFullWidthDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9;
}

/** An ASCII letter: what [A-Za-z] matches, with or without the `i` flag. */
export function isAsciiLetterCode(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/** The lower-case letters U+1C80–U+1C86 (old Cyrillic letter forms) match case-insensitively. */
const OLD_CYRILLIC_LOWER = 'вдосттъ';

/**
 * The lower-case Russian letter `code` stands for, or -1: what [А-Яа-яЁё] matches with the `i` flag (and no `u`),
 * which takes in the old letter forms U+1C80–U+1C86 too ("ᲀ" is "в").
 */
export function foldRussianCode(code: number): number {
  if (code >= 0x430 && code <= 0x44f) return code;
  if (code >= 0x410 && code <= 0x42f) return code + 0x20;
  if (code === 0x451 || code === 0x401) return 0x451;
  if (code >= 0x1c80 && code <= 0x1c86) return OLD_CYRILLIC_LOWER.charCodeAt(code - 0x1c80);
  return -1;
}

/** Where an English or Russian word or abbreviation may end: an ASCII or Russian letter, or a period. */
export function endsWordOrAbbreviation(code: number): boolean {
  return isAsciiLetterCode(code) || foldRussianCode(code) >= 0 || code === 46;
}

export function isLatinCode(code: number): boolean {
  const lower = code | 32;
  return (lower >= 97 && lower <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

export function isCyrillicCode(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

export function isCjkCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** A letter of an alphabetic script (Latin, Cyrillic, Greek): the kind that glues onto names like G20. */
export function isLetterCode(code: number): boolean {
  return isLatinCode(code) || isCyrillicCode(code) || (code >= 0x370 && code <= 0x3ff);
}

export function isLetterAt(text: string, index: number): boolean {
  return isLetterCode(text.charCodeAt(index));
}

/**
 * A letter of an alphabetic script or a digit: what a name with digits is made of ("G20", "C5+1", "X8026"). Chinese
 * text runs on after such a name without a space, so a skip over the name stops at the first CJK character.
 */
export function isAlphanumericAt(text: string, index: number): boolean {
  return isLetterAt(text, index) || isDigitAt(text, index);
}

/** A letter or digit of any script we read, CJK included. */
export function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isLetterCode(code) || isDigitAt(text, index) || isCjkCode(code);
}

/** Spaces that may sit between parts of one figure ("66,2 млрд", "1 234", "$ 5"). */
export function isInlineSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007 || code === 9;
}

/**
 * Index just after the last character before `end` that is not a space or no-break space, never below `from`:
 * where the word ends that patterns like /word[ \u00a0]+$/ look for.
 */
export function trimSpacesBefore(text: string, end: number, from = 0): number {
  let last = end;
  while (last > from && isSpaceOrNoBreakCode(text.charCodeAt(last - 1))) last--;
  return last;
}

/** A space or a no-break space: what the patterns' `[ \u00a0]` matches. */
export function isSpaceOrNoBreakCode(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/**
 * Index just after the last line break in [from, to), or `from` when there is none. Bounded by `from`: a search
 * back to the text's start would cost a long block its length for every number in it.
 */
export function findLineStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return from;
}

/** Index of the first non-inline-space character at or after `index`. */
export function skipInlineSpace(text: string, index: number): number {
  let i = index;
  while (i < text.length && isInlineSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The script of the nearest letter around [start, end) on the same line: Cyrillic context switches on the
 * decimal comma.
 */
export function detectScriptNear(
  text: string,
  start: number,
  end: number,
  radius = 24,
): 'latin' | 'cyrillic' | 'cjk' | 'none' {
  const limitAfter = Math.min(text.length, end + radius);
  for (let i = end; i < limitAfter; i++) {
    if (text.charCodeAt(i) === 10) break;
    const script = classifyScript(text.charCodeAt(i));
    if (script) return script;
  }
  const limitBefore = Math.max(0, start - radius);
  for (let i = start - 1; i >= limitBefore; i--) {
    if (text.charCodeAt(i) === 10) break;
    const script = classifyScript(text.charCodeAt(i));
    if (script) return script;
  }
  return 'none';
}

function classifyScript(code: number): 'latin' | 'cyrillic' | 'cjk' | undefined {
  if (isCyrillicCode(code)) return 'cyrillic';
  if (isLatinCode(code)) return 'latin';
  if (isCjkCode(code)) return 'cjk';
  return undefined;
}

/** A Chinese clause break: a Chinese sentence states its time and its mood at a clause's start. */
const CHINESE_CLAUSE_BREAK = /[，；]/u;

/**
 * Whether what stands after the figure, past a Chinese clause break, belongs to a later clause rather than the
 * figure: in "两国现有7个公路口岸，第三条跨境铁路预计2027年通车", 预计 and 2027年 say nothing of the 7 crossings, and in
 * "目前雇用员工1,300余人，计划到2026年底增至3,000人" 2026 does not date the 1,300.
 */
export function isInLaterChineseClause(
  text: string,
  figure: { end: number },
  later: { start: number },
): boolean {
  return later.start >= figure.end && CHINESE_CLAUSE_BREAK.test(text.slice(figure.end, later.start));
}

/** What opens a relative clause set off by commas: ", which", ", первая нитка которого", ", где". */
const ASIDE_OPENING =
  /^[ \u00a0]*(?:(?:which|who|whose|where)(?![A-Za-z])|(?:[А-Яа-яЁё]+[ \u00a0]+){0,3}(?:котор[а-яё]+|где)(?![А-Яа-яЁё]))/iu;
/** How far back a relative clause may open before the time inside it. */
const ASIDE_REACH = 80;

/**
 * Whether a time stands in a relative clause between commas that closes before the figure: in "Газопровод, первая
 * нитка которого была запущена в 2009 году, поставляет около 40 млрд кубометров" and "The line, which opened in
 * 2009, carries 40 bcm", 2009 dates the launch, not the figure.
 */
export function isInClosedAside(
  text: string,
  figure: { start: number },
  time: { start: number; end: number },
): boolean {
  if (time.end > figure.start) return false;
  const opening = text.lastIndexOf(',', time.start);
  if (opening < 0 || time.start - opening > ASIDE_REACH) return false;
  if (!ASIDE_OPENING.test(text.slice(opening + 1, time.start))) return false;
  const closing = text.indexOf(',', time.end);
  return closing >= 0 && closing < figure.start && !/[.;!?]/.test(text.slice(time.end, closing));
}
