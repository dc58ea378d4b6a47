import type { Cue } from './types';

/** A half-open span of a text, in UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Start of a Latin or Cyrillic word: not after a letter or digit (CJK patterns need no boundary). */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;

/** Compiles `[value, source]` rows; sources are matched case-insensitively with Unicode classes. */
export function compileCueTable<T>(
  rows: readonly (readonly [T, string])[],
): readonly (readonly [T, RegExp])[] {
  return rows.map(([value, source]) => [value, new RegExp(source, 'giu')] as const);
}

/** Every cue of the table in `text`; where two overlap, the earlier (then the longer) one wins. */
export function findCues<T>(text: string, table: readonly (readonly [T, RegExp])[]): Cue<T>[] {
  const found: Cue<T>[] = [];
  for (const [value, pattern] of table) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      found.push({ value, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Cue<T>[] = [];
  for (const cue of found) {
    const last = kept[kept.length - 1];
    if (!last || cue.start >= last.end) kept.push(cue);
  }
  return kept;
}

/** Punctuation that ends a clause; a comma between digits ("1,435", "1,5") does not. */
const CLAUSE_BREAK = /[;；:：。!?！？，]|,(?!\d)|\s[—–]\s/g;

/**
 * The clause of `sentence` holding `figure`: from the last break before it to the first break after it. A dash
 * right before the figure stands for a verb left out ("импорт из Китая – 22,1 млрд", "exports – $12 billion"):
 * what it names before the dash is the figure's clause.
 */
export function findClause(sentence: string, figure: Span): Span {
  let start = 0;
  let end = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(sentence); match; match = CLAUSE_BREAK.exec(sentence)) {
    const stop = match.index + match[0].length;
    const elidedVerb = /[—–]/.test(match[0]) && sentence.slice(stop, figure.start).trim() === '';
    if (elidedVerb) continue;
    if (stop <= figure.start) start = stop;
    else if (match.index >= figure.end) {
      end = match.index;
      break;
    }
  }
  return { start, end };
}

/** Whether `inner` lies inside `outer`. */
export function isWithin(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * The cue that most likely qualifies the figure: in its clause before it, then in its clause after it, then
 * anywhere in the sentence, nearest first. Cues overlapping the figure count as in the clause.
 */
export function pickNearestCue<T>(cues: readonly Cue<T>[], figure: Span, clause: Span): Cue<T> | undefined {
  let best: Cue<T> | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const cue of cues) {
    const before = cue.end <= figure.start;
    const distance = before ? figure.start - cue.end : Math.max(0, cue.start - figure.end);
    const score = distance + (before ? 0 : 40) + (isWithin(cue, clause) ? 0 : 1000);
    if (score < bestScore) {
      best = cue;
      bestScore = score;
    }
  }
  return best;
}
