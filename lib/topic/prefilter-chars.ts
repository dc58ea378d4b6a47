/**
 * Character tables for the prefilter scan, mirroring the matcher: its word characters (Latin, Greek,
 * Cyrillic, digits), upper case, the white space of `\s`, and case folding as in a case-insensitive
 * regular expression.
 */

export const WORD = 1;
export const UPPER = 2;
export const WHITE = 4;

export const WHITE_CODES: readonly number[] = [
  ...[9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff],
  ...Array.from({ length: 11 }, (_, offset) => 0x2000 + offset),
];

/** WORD, UPPER and WHITE bits per code unit. */
export const CHAR_FLAGS = new Uint8Array(0x10000);

function markRange(from: number, to: number, flag: number): void {
  for (let code = from; code <= to; code += 1) CHAR_FLAGS[code] = (CHAR_FLAGS[code] ?? 0) | flag;
}

markRange(48, 57, WORD);
markRange(65, 90, WORD | UPPER);
markRange(97, 122, WORD);
markRange(0xc0, 0x24f, WORD);
markRange(0x370, 0x52f, WORD);
markRange(0x400, 0x42f, UPPER);
for (const code of WHITE_CODES) markRange(code, code, WHITE);

/** Lower-cases ASCII and Cyrillic the way a case-insensitive regular expression compares them. */
export function foldCode(code: number): number {
  if ((code >= 65 && code <= 90) || (code >= 0x410 && code <= 0x42f)) return code + 32;
  if (code >= 0x400 && code <= 0x40f) return code + 80;
  return code;
}

export function isWhiteCode(code: number): boolean {
  return ((CHAR_FLAGS[code] ?? 0) & WHITE) !== 0;
}

/** After a key: the end of a word, or an upper-case letter that starts the next one. */
export function endsWord(code: number): boolean {
  const flags = CHAR_FLAGS[code] ?? 0;
  return (flags & WORD) === 0 || (flags & UPPER) !== 0;
}

/** Side bits reported by the prefilter scan. */
export const CENTRAL_ASIA_BIT = 1;
export const CHINA_BIT = 2;
export const BOTH_SIDES = CENTRAL_ASIA_BIT | CHINA_BIT;

/** In the scan's table: the code unit may start a key anywhere (Chinese, or an upper-case letter). */
export const STARTS_ANYWHERE = 8;
/** In the scan's table: the code unit may start a key where a word starts (a lower-case letter). */
export const STARTS_AT_WORD = 16;
/** Stands for a run of white space in a key's codes. */
export const SPACE = -1;

/** The codes of a key's folded text, with SPACE for a space. */
export function keyCodes(text: string): number[] {
  return [...text].map((char) => (char === ' ' ? SPACE : char.charCodeAt(0)));
}
