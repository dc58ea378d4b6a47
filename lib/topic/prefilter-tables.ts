// Builds the prefilter's lookup tables from its keys. The content script does not run this: it loads the tables
// from `gazetteer/prefilter-tables.json`, which `npm run make:prefilter` writes with this builder (a unit test
// fails while the file is out of date). Built in the page, the tables cost 5–17 ms of every page's first scan,
// most pages being ones the prefilter then rules out.
import { CENTRAL_ASIA_KEYS, CHINA_KEYS, LINK_KEYS, type PrefilterKey } from './gazetteer/prefilter-keys';
import {
  BOTH_SIDES,
  CENTRAL_ASIA_BIT,
  CHAR_FLAGS,
  CHINA_BIT,
  foldCode,
  keyCodes,
  SPACE,
  STARTS_ANYWHERE,
  STARTS_AT_WORD,
  UPPER,
  WHITE_CODES,
  WORD,
} from './prefilter-chars';

/** The keys, each with the side bits it stands for, in the order the tables take them. */
const KEY_SPECS: readonly (readonly [PrefilterKey, number])[] = [
  ...LINK_KEYS.map((spec) => [spec, BOTH_SIDES] as const),
  ...CENTRAL_ASIA_KEYS.map((spec) => [spec, CENTRAL_ASIA_BIT] as const),
  ...CHINA_KEYS.map((spec) => [spec, CHINA_BIT] as const),
];

/**
 * One key as stored: its folded text (a space stands for any run of white space), its side bits, whether it
 * must end a word, and the place in `guards` of the regular expression that must also match where it starts
 * (-1: none).
 */
export type StoredKey = [text: string, bits: number, wordEnd: 0 | 1, guard: number];

/**
 * The tables as JSON stores them. The scan's per-code-unit table is CHAR_FLAGS with, for the characters of the
 * keys' first two places, an id in the high byte and the STARTS_ bits; `entries` lists those code units and
 * their values, in pairs. `pairs` lists, in pairs, each pair of ids (first << 8 | second) and the number (from 1)
 * of the group of keys that starts with it. Per group, `thirdMasks` has bit (code & 31) set for every code unit
 * that may stand third in one of its keys, and `fourthMasks` for every one that may stand fourth (all bits when a
 * key is shorter, or has white space, which may be a run, before that place).
 */
export interface PrefilterTableData {
  entries: number[];
  pairs: number[];
  groups: StoredKey[][];
  thirdMasks: number[];
  fourthMasks: number[];
  guards: string[];
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

/** The case variants of a folded code unit (or the white space codes for SPACE). */
function variantsOf(folded: number): number[] {
  if (folded === SPACE) return [...WHITE_CODES];
  return [folded, folded - 32, folded - 80].filter((code) => code > 0 && foldCode(code) === folded);
}

/** Builds the tables from the keys of `prefilter-keys.ts`. */
export function buildPrefilterTables(): PrefilterTableData {
  const table = Uint16Array.from(CHAR_FLAGS);
  const pairs = new Map<number, number>();
  const groups: StoredKey[][] = [];
  const guards: string[] = [];
  let nextId = 1;

  const idOf = (folded: number): number => {
    const variants = variantsOf(folded);
    const known = (table[variants[0] ?? 0] ?? 0) >> 8;
    if (known !== 0) return known;
    const id = nextId++;
    if (id > 0xff) throw new Error('prefilter keys: more than 255 characters in their first two places');
    for (const code of variants) table[code] = (id << 8) | ((table[code] ?? 0) & 0xff);
    return id;
  };
  const markStart = (folded: number) => {
    for (const code of variantsOf(folded)) {
      const flags = CHAR_FLAGS[code] ?? 0;
      const starts = (flags & WORD) === 0 || (flags & UPPER) !== 0 ? STARTS_ANYWHERE : STARTS_AT_WORD;
      table[code] = (table[code] ?? 0) | starts;
    }
  };

  for (const [spec, bits] of KEY_SPECS) {
    const pattern = typeof spec === 'string' ? spec : spec.key;
    if (typeof spec !== 'string' && !guards.includes(spec.guard)) guards.push(spec.guard);
    const guard = typeof spec === 'string' ? -1 : guards.indexOf(spec.guard);
    for (const literal of expandKey(pattern)) {
      const wordEnd = literal.endsWith('$');
      const text = [...(wordEnd ? literal.slice(0, -1) : literal)]
        .map((char) => (char === ' ' ? char : String.fromCharCode(foldCode(char.charCodeAt(0)))))
        .join('');
      const [first = 0, second = 0] = keyCodes(text);
      if (text.length < 2) throw new Error(`prefilter key "${literal}": shorter than two characters`);
      const pair = (idOf(first) << 8) | idOf(second);
      markStart(first);
      let group = pairs.get(pair);
      if (group === undefined) {
        group = groups.push([]);
        pairs.set(pair, group);
      }
      groups[group - 1]?.push([text, bits, wordEnd ? 1 : 0, guard]);
    }
  }

  /** The bits of the mask of `place` (2: third, 3: fourth) one key asks for. */
  const maskOf = ([text]: StoredKey, place: number): number => {
    const codes = keyCodes(text).slice(1, place + 1);
    const code = codes[place - 1];
    if (code === undefined || codes.includes(SPACE)) return -1;
    return variantsOf(code).reduce((mask, variant) => mask | (1 << (variant & 31)), 0);
  };
  const masksAt = (place: number) =>
    groups.map((group) => group.reduce((mask, key) => mask | maskOf(key, place), 0));
  const entries: number[] = [];
  table.forEach((value, code) => {
    if (value !== CHAR_FLAGS[code]) entries.push(code, value);
  });
  return {
    entries,
    pairs: [...pairs].flat(),
    groups,
    thirdMasks: masksAt(2),
    fourthMasks: masksAt(3),
    guards,
  };
}
