import { deferred } from '../deferred';
import { CENTRAL_ASIA_KEYS, CHINA_KEYS, LINK_KEYS, type PrefilterKey } from './gazetteer/prefilter-keys';
import * as chars from './prefilter-chars';

// Local copies: some module loaders (tsx, vitest) turn imported bindings into getters, too slow for the scan.
const { CHAR_FLAGS, WHITE_CODES } = chars;
const { endsWord, foldCode, isWhiteCode } = chars;
const WORD = chars.WORD;
const UPPER = chars.UPPER;

/** Side bits reported by the prefilter scan. */
export const CENTRAL_ASIA_BIT = 1;
export const CHINA_BIT = 2;
const BOTH = CENTRAL_ASIA_BIT | CHINA_BIT;

/** Stands for a run of white space in a key. */
const SPACE = -1;

interface Key {
  /** Folded code units, or SPACE. */
  codes: number[];
  /** codes[1], compared before anything else. */
  second: number;
  bits: number;
  wordEnd: boolean;
  guard?: RegExp;
}

/** "哈[萨薩]克" → ["哈萨克", "哈薩克"]. */
function expandKey(pattern: string): string[] {
  const open = pattern.indexOf('[');
  if (open < 0) return [pattern];
  const close = pattern.indexOf(']', open);
  const rest = expandKey(pattern.slice(close + 1));
  return [...pattern.slice(open + 1, close)].flatMap((char) =>
    rest.map((tail) => `${pattern.slice(0, open)}${char}${tail}`),
  );
}

function toKeys(spec: PrefilterKey, bits: number): Key[] {
  const pattern = typeof spec === 'string' ? spec : spec.key;
  const guard = typeof spec === 'string' ? undefined : new RegExp(spec.guard, 'y');
  return expandKey(pattern).map((literal) => {
    const wordEnd = literal.endsWith('$');
    const body = wordEnd ? literal.slice(0, -1) : literal;
    const codes = [...body].map((char) => (char === ' ' ? SPACE : foldCode(char.charCodeAt(0))));
    return { codes, second: codes[1] ?? SPACE, bits, wordEnd, ...(guard ? { guard } : {}) };
  });
}

/** Keys grouped by their first code unit. */
const GROUPS: Key[][] = [];
/** Per code unit, in either case: its key group + 1 in the high byte, CHAR_FLAGS in the low byte. */
const TABLE = new Uint16Array(0x10000);
/** Folded first two code units of every key, hashed to 16 bits; a position whose pair is absent is skipped. */
const BIGRAMS = new Uint8Array(0x10000);

function bigramOf(first: number, second: number): number {
  return ((foldCode(first) & 0xff) << 8) | (foldCode(second) & 0xff);
}

function addKeys(specs: readonly PrefilterKey[], bits: number): void {
  for (const key of specs.flatMap((spec) => toKeys(spec, bits))) {
    const first = key.codes[0] ?? 0;
    let group = (TABLE[first] ?? 0) >> 8;
    if (group === 0) {
      group = GROUPS.push([]);
      if (group > 0xff) throw new Error('prefilter keys: more than 255 first characters');
      for (const code of [first, first - 32, first - 80]) {
        if (code > 0 && foldCode(code) === first) TABLE[code] = (group << 8) | (CHAR_FLAGS[code] ?? 0);
      }
    }
    GROUPS[group - 1]?.push(key);
    for (const second of key.second === SPACE ? WHITE_CODES : [key.second])
      BIGRAMS[bigramOf(first, second)] = 1;
  }
}

/** The tables, filled at the first scan rather than when the content script loads (one task of the page). */
const fillTables = deferred(() => {
  TABLE.set(CHAR_FLAGS);
  addKeys(LINK_KEYS, BOTH);
  addKeys(CENTRAL_ASIA_KEYS, CENTRAL_ASIA_BIT);
  addKeys(CHINA_KEYS, CHINA_BIT);
});

function matchesAt(text: string, at: number, key: Key): boolean {
  const codes = key.codes;
  let position = at + 1;
  for (let index = 1; index < codes.length; index += 1) {
    const code = codes[index];
    if (code === SPACE) {
      if (!isWhiteCode(text.charCodeAt(position))) return false;
      while (isWhiteCode(text.charCodeAt(position))) position += 1;
    } else if (foldCode(text.charCodeAt(position)) !== code) {
      return false;
    } else {
      position += 1;
    }
  }
  if (key.wordEnd && position < text.length && !endsWord(text.charCodeAt(position))) return false;
  if (!key.guard) return true;
  key.guard.lastIndex = at;
  return key.guard.test(text);
}

function checkGroup(text: string, index: number, group: Key[], foundBefore: number): number {
  let found = foundBefore;
  const second = foldCode(text.charCodeAt(index + 1));
  for (let k = 0; k < group.length; k += 1) {
    const key = group[k] as Key;
    if (key.second !== second && key.second !== SPACE) continue;
    if ((found | key.bits) === found || !matchesAt(text, index, key)) continue;
    found |= key.bits;
  }
  return found;
}

/**
 * One pass over the text: the side bits of the keys found, stopping once both sides are in. A Latin or
 * Cyrillic key counts only where a word starts (after a non-word character, or at an upper-case letter),
 * which is where the matcher's word boundaries let a term start.
 */
export function scanSides(text: string): number {
  fillTables();
  let found = 0;
  let afterWord = 0;
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    const entry = TABLE[code] ?? 0;
    if (
      entry > 0xff &&
      ((entry & WORD) === 0 || afterWord === 0 || (entry & UPPER) !== 0) &&
      BIGRAMS[bigramOf(code, text.charCodeAt(index + 1))] === 1
    ) {
      found = checkGroup(text, index, GROUPS[(entry >> 8) - 1] as Key[], found);
      if (found === BOTH) return found;
    }
    afterWord = entry & WORD;
  }
  return found;
}
