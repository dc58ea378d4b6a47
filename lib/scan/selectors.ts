import type { MentionSelectors } from '../store/rows';

const CONTEXT_CHARS = 32;

/** Encodes a text-fragment term: the characters the syntax uses (-, &, ,) are escaped too. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** The last (or first) few words of a context string, for a text fragment's prefix (or suffix). */
function edgeWords(text: string, fromEnd: boolean): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return text.trim();
  return (fromEnd ? words.slice(-3) : words.slice(0, 3)).join(' ');
}

/**
 * Selectors that find a figure again in its article: a text quote with prefix and suffix, its position in the
 * article's text (blocks joined by newlines), and a text-fragment link.
 */
export function selectFigure(
  url: string,
  blockText: string,
  start: number,
  end: number,
  blockOffset: number,
): MentionSelectors {
  const exact = blockText.slice(start, end);
  const prefix = blockText.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const suffix = blockText.slice(end, end + CONTEXT_CHARS);
  const before = edgeWords(prefix, true);
  const after = edgeWords(suffix, false);
  const base = url.split('#')[0] ?? url;
  const fragment = `${base}#:~:text=${before ? `${encodeTerm(before)}-,` : ''}${encodeTerm(exact)}${after ? `,-${encodeTerm(after)}` : ''}`;
  return {
    quote: { exact, prefix, suffix },
    position: { start: blockOffset + start, end: blockOffset + end },
    fragment,
  };
}
