/**
 * A full stop before white space ends a sentence, unless what follows goes on with it: a lower-case word or a
 * bracket after an abbreviation ("12,1 млрд долл. (–3,2%)", "10.7 billion U.S. dollars in 2024"), or any word
 * after an initialism ("U.S. Treasury").
 */
const SENTENCE_END = /[。！？!?；;]|(?<!(?:^|[^\p{L}])\p{Lu}\.\p{Lu})\.(?=\s|$)(?!\s+[\p{Ll}(])/gu;
const MAX_LENGTH = 400;

/** Where the sentence of `text` that holds `[start, end)` begins and ends, trimmed; cut if it is very long. */
export function sentenceSpan(text: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const stop = match.index + match[0].length;
    if (stop <= start) from = stop;
    else if (match.index >= end) {
      to = stop;
      break;
    }
  }
  if (to - from > MAX_LENGTH) {
    from = Math.max(from, start - MAX_LENGTH / 2);
    to = Math.min(to, end + MAX_LENGTH / 2);
  }
  while (from < start && /\s/.test(text.charAt(from))) from++;
  while (to > end && /\s/.test(text.charAt(to - 1))) to--;
  return { from, to };
}

/** The sentence of `text` that holds `[start, end)`, trimmed; cut around the span if it is very long. */
export function sentenceAround(text: string, start: number, end: number): string {
  const { from, to } = sentenceSpan(text, start, end);
  return text.slice(from, to);
}
