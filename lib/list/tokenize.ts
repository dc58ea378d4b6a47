// The reading list's search terms. Chinese is written without spaces, so a run of Han characters is indexed as
// its characters and its overlapping pairs (bigrams); other scripts as lowercased word tokens. A query of two
// or more Han characters asks for all its bigrams, one character for that character: no dictionary needed.

const RUN = /\p{Script=Han}+|[\p{L}\p{M}\p{N}]+/gu;
const HAN = /^\p{Script=Han}/u;
/** Longer "words" are glued addresses or codes nobody searches for; they would only swell the index. */
const MAX_TERM_LENGTH = 40;

/** Full-width letters and digits as ASCII, lower case, and ё read as е (Russian writes both). */
function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
}

function* runsOf(text: string): Generator<{ run: string; han: boolean }> {
  for (const match of normalize(text).matchAll(RUN)) {
    const run = match[0];
    const han = HAN.test(run);
    // [\p{L}] also matches Han: a mixed run like "2023年" is split at the script boundary.
    if (han) yield { run, han: true };
    else
      for (const part of run.split(/(\p{Script=Han}+)/u)) if (part) yield { run: part, han: HAN.test(part) };
  }
}

/** Every term a text is found by: word tokens, Han characters and Han bigrams, each once. */
export function indexTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const { run, han } of runsOf(text)) {
    if (!han) {
      if (run.length <= MAX_TERM_LENGTH) terms.add(run);
      continue;
    }
    const chars = [...run];
    chars.forEach((char, at) => {
      terms.add(char);
      const next = chars[at + 1];
      if (next) terms.add(char + next);
    });
  }
  return terms;
}

/** The terms a query asks for, all of which a match must hold; the last word may be typed only in part. */
export interface QueryTerms {
  terms: string[];
  /** A word the reader may still be typing: matched as a prefix. Empty when the query ends otherwise. */
  prefix: string;
}

/** Shortest partial word worth a prefix lookup: shorter ones would match most of the index. */
const MIN_PREFIX = 3;

/** The terms of a search query, in the same form as `indexTerms`. */
export function queryTerms(query: string): QueryTerms {
  const terms = new Set<string>();
  let prefix = '';
  const runs = [...runsOf(query)];
  // Only the last word may be unfinished, and only while the reader has typed nothing after it.
  const endsInWord = /[\p{L}\p{M}\p{N}]$/u.test(query);
  runs.forEach(({ run, han }, at) => {
    if (han) {
      const chars = [...run];
      if (chars.length === 1) terms.add(run);
      for (let i = 0; i + 1 < chars.length; i++) terms.add(`${chars[i]}${chars[i + 1]}`);
    } else if (run.length <= MAX_TERM_LENGTH) {
      if (at === runs.length - 1 && endsInWord && run.length >= MIN_PREFIX) prefix = run;
      else terms.add(run);
    }
  });
  return { terms: [...terms], prefix };
}
