import { deferred } from '../deferred';
import type { Lexeme, LexemeMatch } from './types';

/** Finds lexemes in text with one compiled regular expression. */
export interface LexemeMatcher<T extends Lexeme> {
  /** Every occurrence, left to right, after word-boundary and case checks. */
  findAll(text: string): LexemeMatch<T>[];
  /** Whether any occurrence `findAll` would list passes `test`; stops at the first that does. */
  some(text: string, test: (match: LexemeMatch<T>) => boolean): boolean;
}

interface CompiledForm<T> {
  entry: T;
  /** The form alone, sticky, to try the forms after a rejected one at the same position. */
  sticky: RegExp;
  /** Set for exact-case forms: the whole match must also match this, case-sensitively. */
  exact?: RegExp;
  capitalized: boolean;
}

/** Latin, Cyrillic and Greek letters and digits: the scripts whose words need boundaries (CJK does not). */
const WORD_CHAR = /[0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u052F]/;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function isLower(char: string): boolean {
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

/**
 * A Latin or Cyrillic match must stand as a word: "China" but not "Indochina" or "Chinatown". A change from
 * lower to upper case also counts as a boundary, for text whose dashes were lost ("ChinaKyrgyzstanUzbekistan").
 */
function hasWordBoundaries(text: string, start: number, end: number): boolean {
  const first = text.charAt(start);
  const last = text.charAt(end - 1);
  const before = start > 0 ? text.charAt(start - 1) : undefined;
  const after = end < text.length ? text.charAt(end) : undefined;
  const startOk = !isWordChar(first) || !isWordChar(before) || (isLower(before ?? '') && isUpper(first));
  const endOk = !isWordChar(last) || !isWordChar(after) || (isLower(last) && isUpper(after ?? ''));
  return startOk && endOk;
}

function isAccepted<T extends Lexeme>(
  form: CompiledForm<T>,
  text: string,
  start: number,
  end: number,
): boolean {
  if (end <= start) return false;
  const matched = text.slice(start, end);
  if (form.exact && !form.exact.test(matched)) return false;
  if (form.capitalized && isLower(matched.charAt(0))) return false;
  return hasWordBoundaries(text, start, end);
}

function compileForms<T extends Lexeme>(entries: readonly T[]): CompiledForm<T>[] {
  return entries
    .flatMap((entry) => [
      ...entry.forms.map((source) => ({ entry, source, capitalized: false })),
      ...(entry.capitalizedForms ?? []).map((source) => ({ entry, source, capitalized: true })),
      ...(entry.exactForms ?? []).map((source) => ({
        entry,
        source,
        capitalized: false,
        exact: new RegExp(`^(?:${source})$`),
      })),
    ])
    .map(({ source, ...form }) => ({ ...form, sticky: new RegExp(source, 'iy') }));
}

/**
 * The letters of the scripts forms are written in (Chinese, Cyrillic, Latin): a text without any letter of a
 * script holds no match of a form written in it (tests/unit/topic/form-scripts.test.ts samples every form).
 */
const SCRIPT_LETTERS: readonly RegExp[] = [/[\u3400-\u9fff]/, /[А-Яа-яЁё]/, /[A-Za-z]/];
const ESCAPES = /\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\./g;

/** The one script whose letters a form's source names (escapes aside), as an index of SCRIPT_LETTERS, or -1. */
export function scriptOfForm(source: string): number {
  const literal = source.replace(ESCAPES, '');
  const scripts = SCRIPT_LETTERS.flatMap((letters, index) => (letters.test(literal) ? [index] : []));
  return scripts.length === 1 ? (scripts[0] as number) : -1;
}

/** The forms of one script in one alternation, in their order; `gate` is that script's letters. */
interface ScriptScanner {
  scanner: RegExp;
  /** Index in the matcher's forms of each capture group's form. */
  formIndex: number[];
  gate: RegExp | null;
}

function compileScanners<T>(forms: readonly CompiledForm<T>[]): ScriptScanner[] {
  const byScript = new Map<number, number[]>();
  forms.forEach((form, index) => {
    const script = scriptOfForm(form.sticky.source);
    byScript.set(script, [...(byScript.get(script) ?? []), index]);
  });
  return [...byScript].map(([script, formIndex]) => ({
    scanner: new RegExp(formIndex.map((index) => `(${forms[index]?.sticky.source})`).join('|'), 'gi'),
    formIndex,
    gate: SCRIPT_LETTERS[script] ?? null,
  }));
}

/** A scanner's next match at or after a position, and the form that made it. */
interface Found {
  start: number;
  end: number;
  text: string;
  form: number;
}

function scanFrom(scanner: ScriptScanner, text: string, from: number): Found | null {
  scanner.scanner.lastIndex = from;
  const found = scanner.scanner.exec(text);
  if (!found) return null;
  let group = 0;
  while (group < scanner.formIndex.length && found[group + 1] === undefined) group += 1;
  const start = found.index;
  return { start, end: start + found[0].length, text: found[0], form: scanner.formIndex[group] ?? -1 };
}

/**
 * Compiles the entries into alternations, one per script; at one position, earlier entries and forms win,
 * as in one alternation of all of them. A text is searched only with the scripts whose letters it has.
 */
export function compileMatcher<T extends Lexeme>(entries: readonly T[]): LexemeMatcher<T> {
  // Compiled at the first search (or by a scan's `buildDeferred`), not when the module loads.
  const compiled = deferred(() => {
    const forms = compileForms(entries);
    return { forms, scanners: compileScanners(forms) };
  });

  /** After the scanner's form was rejected at `start`, the first later form accepted there. */
  function findLaterForm(text: string, start: number, rejected: number): LexemeMatch<T> | undefined {
    const { forms } = compiled();
    for (let index = rejected + 1; index < forms.length; index += 1) {
      const form = forms[index] as CompiledForm<T>;
      form.sticky.lastIndex = start;
      const found = form.sticky.exec(text);
      if (found && isAccepted(form, text, start, start + found[0].length)) {
        return { entry: form.entry, start, end: start + found[0].length, text: found[0] };
      }
    }
    return undefined;
  }

  /**
   * The leftmost match at or after `from` of any scanner, the earliest form on a tie: what one alternation
   * of all forms finds. `next` keeps each scanner's last find while it still lies at or after `from`.
   */
  function nextFound(
    active: readonly ScriptScanner[],
    next: (Found | null | undefined)[],
    text: string,
    from: number,
  ) {
    let best: Found | null = null;
    for (let i = 0; i < active.length; i += 1) {
      let found = next[i];
      if (found === undefined || (found !== null && found.start < from)) {
        found = scanFrom(active[i] as ScriptScanner, text, from);
        next[i] = found;
      }
      if (
        found &&
        (!best || found.start < best.start || (found.start === best.start && found.form < best.form))
      )
        best = found;
    }
    return best;
  }

  /** Hands each occurrence to `visit`, left to right, until it returns true; returns whether it did. */
  function visitMatches(text: string, visit: (match: LexemeMatch<T>) => boolean): boolean {
    const { forms, scanners } = compiled();
    const active = scanners.filter((scanner) => scanner.gate === null || scanner.gate.test(text));
    const next: (Found | null | undefined)[] = active.map(() => undefined);
    for (let found = nextFound(active, next, text, 0); found !== null; ) {
      const { start, end, form: formIndex } = found;
      const form = forms[formIndex];
      const match =
        form && isAccepted(form, text, start, end)
          ? { entry: form.entry, start, end, text: found.text }
          : findLaterForm(text, start, formIndex);
      if (match && visit(match)) return true;
      found = nextFound(active, next, text, match ? match.end : start + 1);
    }
    return false;
  }

  function findAll(text: string): LexemeMatch<T>[] {
    const matches: LexemeMatch<T>[] = [];
    visitMatches(text, (match) => {
      matches.push(match);
      return false;
    });
    return matches;
  }

  return { findAll, some: visitMatches };
}
