// Word tables compiled to one sticky regex each: the longest entry wins, and an entry that ends in a letter
// must end a word ("som" does not match "some").

const LETTER = 'A-Za-zА-Яа-яЁё';

function escapeForPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\u00a0\\u202f]?');
}

/** A pattern source matching any key; `guards` adds a negative lookahead after particular keys. */
export function compileAlternation(keys: readonly string[], guards: Record<string, string> = {}): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) => {
      const guard = guards[key] ?? (new RegExp(`[${LETTER}]$`).test(key) ? `(?![${LETTER}])` : '');
      return escapeForPattern(key) + guard;
    })
    .join('|');
}

/** Lookup table compiled to a sticky, case-insensitive matcher with an optional leading space. */
export class WordTable<T> {
  private readonly pattern: RegExp;
  private readonly entries: Map<string, T>;

  constructor(
    table: Record<string, T>,
    options: { guards?: Record<string, string>; leadingSpace?: boolean } = {},
  ) {
    this.entries = new Map(Object.entries(table).map(([key, value]) => [normalizeKey(key), value]));
    const space = options.leadingSpace === false ? '' : '[ \\u00a0\\u202f\\u2009]?';
    this.pattern = new RegExp(`${space}(${compileAlternation(Object.keys(table), options.guards)})`, 'iy');
  }

  /** The entry matching at `start`, with the end of the match. */
  match(text: string, start: number): { end: number; value: T; word: string } | null {
    this.pattern.lastIndex = start;
    const found = this.pattern.exec(text);
    if (!found?.[1]) return null;
    const value = this.entries.get(normalizeKey(found[1]));
    return value === undefined ? null : { end: this.pattern.lastIndex, value, word: found[1] };
  }
}

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[ \u00a0\u202f]/g, '');
}
