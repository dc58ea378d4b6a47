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
  bits: number;
  wordEnd: boolean;
  guard: RegExp | null;
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
  const guard = typeof spec === 'string' ? null : new RegExp(spec.guard, 'y');
  return expandKey(pattern).map((literal) => {
    const wordEnd = literal.endsWith('$');
    const body = wordEnd ? literal.slice(0, -1) : literal;
    const codes = [...body].map((char) => (char === ' ' ? SPACE : foldCode(char.charCodeAt(0))));
    if (codes.length < 2) throw new Error(`prefilter key "${literal}": shorter than two characters`);
    return { codes, bits, wordEnd, guard };
  });
}

/** The code unit may start a key anywhere (Chinese, or an upper-case letter, where a word may start). */
const STARTS_ANYWHERE = 8;
/** The code unit may start a key where a word starts (a lower-case Latin or Cyrillic letter). */
const STARTS_AT_WORD = 16;

/**
 * Per code unit: in the high byte, an id (1–255) for the characters in the first two places of a key, in
 * either case (white space shares one); in the low byte, CHAR_FLAGS and the STARTS_ bits of a character
 * that starts a key.
 */
const TABLE = new Uint16Array(0x10000);
/** Per pair of ids (first << 8 | second): the index + 1 of the group of keys starting with that pair. */
const PAIRS = new Uint16Array(0x10000);
/** Keys grouped by their first two characters. */
const GROUPS: Key[][] = [];
/**
 * Per group: bit (code & 31) is set for every code unit that may stand third in one of its keys, in either
 * case. A pair like "be" or "li" starts many ordinary words; most of them are ruled out here, without a call.
 */
let thirdMasks = new Int32Array(0);
let nextId = 1;

/** The id of a folded code unit (or SPACE), given to each of its case variants at first sight. */
function idOf(folded: number): number {
  const variants = folded === SPACE ? WHITE_CODES : [folded, folded - 32, folded - 80];
  const first = variants.find((code) => code > 0 && (folded === SPACE || foldCode(code) === folded)) ?? 0;
  const known = (TABLE[first] ?? 0) >> 8;
  if (known !== 0) return known;
  const id = nextId++;
  if (id > 0xff) throw new Error('prefilter keys: more than 255 characters in their first two places');
  for (const code of variants) {
    if (code > 0 && (folded === SPACE || foldCode(code) === folded))
      TABLE[code] = (id << 8) | ((TABLE[code] ?? 0) & 0xff);
  }
  return id;
}

function markStart(folded: number): void {
  for (const code of [folded, folded - 32, folded - 80]) {
    if (code <= 0 || foldCode(code) !== folded) continue;
    const flags = CHAR_FLAGS[code] ?? 0;
    const starts = (flags & WORD) === 0 || (flags & UPPER) !== 0 ? STARTS_ANYWHERE : STARTS_AT_WORD;
    TABLE[code] = (TABLE[code] ?? 0) | starts;
  }
}

function addKeys(specs: readonly PrefilterKey[], bits: number): void {
  for (const key of specs.flatMap((spec) => toKeys(spec, bits))) {
    const [first = 0, second = 0] = key.codes;
    const pair = (idOf(first) << 8) | idOf(second);
    markStart(first);
    let group = PAIRS[pair] ?? 0;
    if (group === 0) {
      group = GROUPS.push([]);
      PAIRS[pair] = group;
    }
    GROUPS[group - 1]?.push(key);
  }
}

/** The bits of `thirdMasks` one key asks for: all of them when its third code unit is not known in advance. */
function thirdMaskOf(key: Key): number {
  const [, second, third] = key.codes;
  if (second === SPACE || third === undefined || third === SPACE) return -1;
  let mask = 0;
  for (const code of [third, third - 32, third - 80]) {
    if (code > 0 && foldCode(code) === third) mask |= 1 << (code & 31);
  }
  return mask;
}

/** The tables, filled at the first scan rather than when the content script loads (one task of the page). */
const fillTables = deferred(() => {
  TABLE.set(CHAR_FLAGS);
  addKeys(LINK_KEYS, BOTH);
  addKeys(CENTRAL_ASIA_KEYS, CENTRAL_ASIA_BIT);
  addKeys(CHINA_KEYS, CHINA_BIT);
  thirdMasks = Int32Array.from(GROUPS, (group) => group.reduce((mask, key) => mask | thirdMaskOf(key), 0));
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
  const guard = key.guard;
  if (guard === null) return true;
  guard.lastIndex = at;
  return guard.test(text);
}

function checkGroup(text: string, index: number, group: Key[], foundBefore: number): number {
  let found = foundBefore;
  for (let k = 0; k < group.length; k += 1) {
    const key = group[k] as Key;
    if ((found | key.bits) !== found && matchesAt(text, index, key)) found |= key.bits;
  }
  return found;
}

/**
 * One pass over the text: the side bits of the keys found, stopping once both sides are in. A Latin or
 * Cyrillic key counts only where a word starts (after a non-word character, or at an upper-case letter),
 * which is where the matcher's word boundaries let a term start.
 *
 * One table entry per code unit: where a key may start, the pair of the next two characters picks the few
 * keys starting with exactly that pair, compared only when the third character may follow it. Inside a word, a tight inner loop skips the letters that cannot
 * start a key there (all but upper-case ones), which is most of the text.
 */
export function scanSides(text: string): number {
  fillTables();
  const thirds = thirdMasks;
  let found = 0;
  const last = text.length - 1;
  let index = 0;
  while (index < last) {
    let entry = TABLE[text.charCodeAt(index)] as number;
    if ((entry & (STARTS_ANYWHERE | STARTS_AT_WORD)) !== 0) {
      const group = PAIRS[(entry & 0xff00) | ((TABLE[text.charCodeAt(index + 1)] as number) >> 8)] as number;
      // Past the end, charCodeAt gives NaN, which `& 31` turns into 0: a bit that is safe to test either way.
      if (group !== 0 && (((thirds[group - 1] as number) >>> (text.charCodeAt(index + 2) & 31)) & 1) !== 0) {
        found = checkGroup(text, index, GROUPS[group - 1] as Key[], found);
        if (found === BOTH) return found;
      }
    }
    index += 1;
    if ((entry & WORD) === 0) continue;
    // After a word character: on to the first code unit that ends the word or may start a key inside it.
    while (index < last) {
      entry = TABLE[text.charCodeAt(index)] as number;
      if ((entry & (WORD | STARTS_ANYWHERE)) !== WORD) break;
      index += 1;
    }
  }
  return found;
}
