import type { Lexeme, LexemeMatch } from './types';

/** Finds lexemes in text with one compiled regular expression. */
export interface LexemeMatcher<T extends Lexeme> {
  /** Every occurrence, left to right, after word-boundary and case checks. */
  findAll(text: string): LexemeMatch<T>[];
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

/** Compiles the entries into one alternation; at one position, earlier entries and forms win. */
export function compileMatcher<T extends Lexeme>(entries: readonly T[]): LexemeMatcher<T> {
  const forms = compileForms(entries);
  const scanner = new RegExp(forms.map((form) => `(${form.sticky.source})`).join('|'), 'gi');

  /** After the scanner's form was rejected at `start`, the first later form accepted there. */
  function findLaterForm(text: string, start: number, rejected: number): LexemeMatch<T> | undefined {
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

  function findAll(text: string): LexemeMatch<T>[] {
    const matches: LexemeMatch<T>[] = [];
    scanner.lastIndex = 0;
    for (let found = scanner.exec(text); found !== null; found = scanner.exec(text)) {
      const start = found.index;
      let formIndex = 0;
      while (formIndex < forms.length && found[formIndex + 1] === undefined) formIndex += 1;
      const form = forms[formIndex];
      const match =
        form && isAccepted(form, text, start, start + found[0].length)
          ? { entry: form.entry, start, end: start + found[0].length, text: found[0] }
          : findLaterForm(text, start, formIndex);
      if (match) matches.push(match);
      scanner.lastIndex = match ? match.end : start + 1;
    }
    return matches;
  }

  return { findAll };
}
