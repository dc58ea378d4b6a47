// Word tables compiled to one sticky regex each: the longest entry wins, and an entry that ends in a letter
// must end a word ("som" does not match "some").

import { deferred } from '../deferred';

const LETTER = 'A-Za-zА-Яа-яЁё';
const ENDS_IN_LETTER = new RegExp(`[${LETTER}]$`);

function escapeForPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\u00a0\\u202f]?');
}

/** A pattern source matching any key; `guards` adds a negative lookahead after particular keys. */
export function compileAlternation(keys: readonly string[], guards: Record<string, string> = {}): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) => {
      const guard = guards[key] ?? (ENDS_IN_LETTER.test(key) ? `(?![${LETTER}])` : '');
      return escapeForPattern(key) + guard;
    })
    .join('|');
}

/**
 * Lookup table compiled to a sticky, case-insensitive matcher with an optional leading space, at its first match
 * (or a scan's `buildDeferred`), not when its module loads.
 */
export class WordTable<T> {
  private readonly compiled: () => { pattern: RegExp; entries: Map<string, T> };

  constructor(
    table: Record<string, T>,
    options: { guards?: Record<string, string>; leadingSpace?: boolean } = {},
  ) {
    this.compiled = deferred(() => {
      const entries = new Map(Object.entries(table).map(([key, value]) => [normalizeKey(key), value]));
      const space = options.leadingSpace === false ? '' : '[ \\u00a0\\u202f\\u2009]?';
      const alternation = compileAlternation(Object.keys(table), options.guards);
      return { pattern: new RegExp(`${space}(${alternation})`, 'iy'), entries };
    });
  }

  /** The entry matching at `start`, with the end of the match. */
  match(text: string, start: number): { end: number; value: T; word: string } | null {
    const { pattern, entries } = this.compiled();
    pattern.lastIndex = start;
    const found = pattern.exec(text);
    if (!found?.[1]) return null;
    const value = entries.get(normalizeKey(found[1]));
    return value === undefined ? null : { end: pattern.lastIndex, value, word: found[1] };
  }
}

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[ \u00a0\u202f]/g, '');
}
