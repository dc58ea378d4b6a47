/** A half-open range of UTF-16 code units in a text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Ends a sentence: Chinese and Latin end punctuation (with closing quotes), a full stop or ellipsis followed
 * by white space (so "10.4%" and "U.S.-made" stay whole), or a line break.
 */
const SENTENCE_END = /[。！？!?；;]+["'”’」』）)]*|[.…]+["'”’)]*(?=\s)|\n+/g;

/** Splits a block into sentence spans, skipping spans that are only white space. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  const pushSpan = (end: number): void => {
    if (text.slice(start, end).trim() !== '') spans.push({ start, end });
    start = end;
  };
  SENTENCE_END.lastIndex = 0;
  for (let found = SENTENCE_END.exec(text); found !== null; found = SENTENCE_END.exec(text)) {
    pushSpan(found.index + found[0].length);
  }
  pushSpan(text.length);
  return spans;
}
