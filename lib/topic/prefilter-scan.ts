import { deferred } from '../deferred';
import TABLE_DATA from './gazetteer/prefilter-tables.json';
import * as chars from './prefilter-chars';
import type { PrefilterTableData } from './prefilter-tables';

export { CENTRAL_ASIA_BIT, CHINA_BIT } from './prefilter-chars';

// Local copies: some module loaders (tsx, vitest) turn imported bindings into getters, too slow for the scan.
const { CHAR_FLAGS } = chars;
const { endsWord, foldCode, isWhiteCode } = chars;
const { keyCodes, SPACE, STARTS_ANYWHERE, STARTS_AT_WORD } = chars;
const WORD = chars.WORD;
const BOTH = chars.BOTH_SIDES;

interface Key {
  /** Folded code units, or SPACE. */
  codes: number[];
  bits: number;
  wordEnd: boolean;
  guard: RegExp | null;
}

/**
 * Per code unit: in the high byte, an id (1–255) for the characters in the first two places of a key, in
 * either case (white space shares one); in the low byte, CHAR_FLAGS and the STARTS_ bits of a character
 * that starts a key.
 */
const TABLE = new Uint16Array(0x10000);
/** Per pair of ids (first << 8 | second): the index + 1 of the group of keys starting with that pair. */
const PAIRS = new Uint16Array(0x10000);
/** Keys grouped by their first two characters. */
let GROUPS: Key[][] = [];
/**
 * Per group: bit (code & 31) is set for every code unit that may stand third in one of its keys, in either
 * case. A pair like "be" or "li" starts many ordinary words; most of them are ruled out here, without a call.
 */
let thirdMasks = new Int32Array(0);
/** The same for the fourth place: "Kult" or "sind" pass the third's test for "kulma" or "sino", not this one. */
let fourthMasks = new Int32Array(0);

/** The tables, filled from their JSON at the first scan rather than when the content script loads. */
const fillTables = deferred(() => {
  const data = TABLE_DATA as PrefilterTableData;
  TABLE.set(CHAR_FLAGS);
  for (let index = 0; index < data.entries.length; index += 2) {
    TABLE[data.entries[index] as number] = data.entries[index + 1] as number;
  }
  for (let index = 0; index < data.pairs.length; index += 2) {
    PAIRS[data.pairs[index] as number] = data.pairs[index + 1] as number;
  }
  const guards = data.guards.map((source) => new RegExp(source, 'y'));
  GROUPS = data.groups.map((group) =>
    group.map(([text, bits, wordEnd, guard]) => ({
      codes: keyCodes(text),
      bits,
      wordEnd: wordEnd === 1,
      guard: guards[guard] ?? null,
    })),
  );
  thirdMasks = Int32Array.from(data.thirdMasks);
  fourthMasks = Int32Array.from(data.fourthMasks);
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
 * keys starting with exactly that pair, compared only when the third and fourth characters may follow it.
 * Inside a word, a tight inner loop skips the letters that cannot start a key there (all but upper-case ones),
 * which is most of the text.
 *
 * `from` and `to` bound where keys may start, so a long text can be scanned a stretch at a time: a key that
 * starts before `to` is read to its end, and a stretch that starts inside a word starts where a key may.
 */
export function scanSides(text: string, from = 0, to = text.length): number {
  fillTables();
  const thirds = thirdMasks;
  const fourths = fourthMasks;
  let found = 0;
  const last = Math.min(to, text.length - 1);
  let index = from;
  // A stretch that starts inside a word: on to where a key may start, as the loop below does after a letter.
  if (from > 0 && ((TABLE[text.charCodeAt(from - 1)] as number) & WORD) !== 0) {
    while (index < last && ((TABLE[text.charCodeAt(index)] as number) & (WORD | STARTS_ANYWHERE)) === WORD)
      index += 1;
  }
  while (index < last) {
    let entry = TABLE[text.charCodeAt(index)] as number;
    if ((entry & (STARTS_ANYWHERE | STARTS_AT_WORD)) !== 0) {
      const group = PAIRS[(entry & 0xff00) | ((TABLE[text.charCodeAt(index + 1)] as number) >> 8)] as number;
      // Past the end, charCodeAt gives NaN, which `& 31` turns into 0: a bit that is safe to test either way.
      if (
        group !== 0 &&
        (((thirds[group - 1] as number) >>> (text.charCodeAt(index + 2) & 31)) & 1) !== 0 &&
        (((fourths[group - 1] as number) >>> (text.charCodeAt(index + 3) & 31)) & 1) !== 0
      ) {
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
