/**
 * Invisible format characters a page may put inside a figure: zero-width space, non-joiner and joiner, word
 * joiner, byte-order mark, soft hyphen, the Arabic letter mark, and the bidirectional marks, embeddings,
 * overrides and isolates (U+200E–200F, U+202A–202E, U+2066–2069). None of them shows as a character, so a reader
 * sees "9\u200b4.8 billion" as "94.8 billion": Caravan reads figures in the text with these removed, never as two
 * figures on either side of one. Reading follows the text's logical order, as the page's own copy and search do.
 */
export const INVISIBLE_CHARS =
  '\\u00ad\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

/** A text with its invisible characters removed, and where each remaining character was in the original. */
export interface VisibleText {
  text: string;
  /** `sourceIndex[i]` is the original offset of `text[i]`; one more entry maps the end of the text. */
  sourceIndex: number[];
}

/** Removes invisible format characters; `null` when the text has none (the common case costs one test). */
export function withoutInvisibles(original: string): VisibleText | null {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(original)) return null;
  INVISIBLE.lastIndex = 0;
  const sourceIndex: number[] = [];
  let text = '';
  let kept = 0;
  for (const match of original.matchAll(INVISIBLE)) {
    for (let i = kept; i < match.index; i++) sourceIndex.push(i);
    text += original.slice(kept, match.index);
    kept = match.index + match[0].length;
  }
  for (let i = kept; i < original.length; i++) sourceIndex.push(i);
  text += original.slice(kept);
  sourceIndex.push(original.length);
  return { text, sourceIndex };
}

/**
 * Maps a span of the visible text back to the original: it starts at its first character and ends after its
 * last, so invisible characters inside the span are covered and those around it are not.
 */
export function sourceSpan(visible: VisibleText, start: number, end: number): { start: number; end: number } {
  const from = visible.sourceIndex[start] ?? start;
  const last = end > start ? (visible.sourceIndex[end - 1] ?? end - 1) + 1 : from;
  return { start: from, end: last };
}
