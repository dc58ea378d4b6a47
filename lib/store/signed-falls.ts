import { findClause, type Span } from '../facts/find-cues';
import { readDirection, signChange } from '../facts/read-direction';

/** The schema version from which a change that fell is stored negative (schema.ts, v8). */
export const SIGNED_FALLS_VERSION = 8;

/** What reading a stored change's direction needs of a stored figure or an exported mention. */
export interface StoredChange {
  text: string;
  value: number;
  unit: string;
  metric: string;
  /** The sentence the figure stands in. */
  context: string;
  quote?: { exact: string; prefix: string };
}

/** The length of the longest common ending of two strings. */
function commonEnding(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length])
    length++;
  return length;
}

/**
 * Where a stored figure stands in its sentence: the occurrence of its text whose preceding words end as the quoted
 * prefix does (the prefix may reach back into the sentence before), the first on a tie; null when absent.
 */
export function spanInSentence(figure: StoredChange): Span | null {
  const exact = figure.quote?.exact || figure.text;
  if (!exact) return null;
  let best: Span | null = null;
  let bestFit = -1;
  for (let at = figure.context.indexOf(exact); at >= 0; at = figure.context.indexOf(exact, at + 1)) {
    const fit = commonEnding(figure.context.slice(0, at), figure.quote?.prefix ?? '');
    if (fit > bestFit) {
      best = { start: at, end: at + exact.length };
      bestFit = fit;
    }
  }
  return best;
}

/**
 * A stored figure's value with the direction its sentence gives a change. Stores written before schema version 8,
 * and their exports, kept "fell 3.6%" as +3.6 (docs/adr/0013). As when a page is read (describe-measure.ts
 * `readChange`), only a growth that is no multiple has a sign; anything else, a value already negative, or a
 * figure its sentence no longer holds keeps its value.
 */
export function signedStoredValue(figure: StoredChange): number {
  if (figure.metric !== 'growth' || figure.unit === 'times' || !(figure.value > 0)) return figure.value;
  const at = spanInSentence(figure);
  if (!at) return figure.value;
  return signChange(
    figure.value,
    readDirection(figure.context, at, findClause(figure.context, at)).direction,
  );
}
