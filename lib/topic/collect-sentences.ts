import type { EvidenceLedger } from './evidence-ledger';
import { TOPIC_TERMS } from './gazetteer';
import { compileMatcher } from './lexeme-matcher';
import { scanSides } from './prefilter-scan';
import { splitSentences } from './split-sentences';
import { LEAD_CHARS, LEAD_MIN_CHARS } from './topic-weights';
import type { LexemeMatch, TopicInput, TopicWhere } from './types';

/** One sentence of the page with the gazetteer terms found in it (sentences without terms are left out). */
export interface PageSentence {
  where: TopicWhere;
  text: string;
  matches: LexemeMatch[];
}

export const topicMatcher = compileMatcher(TOPIC_TERMS);

/** Whether a term names Central Asia or is a link term: China alone is not the article's subject. */
export function isSubjectTerm(match: LexemeMatch): boolean {
  return match.entry.side !== 'china';
}

/** Whether the terms of a text name the article's subject (`isSubjectTerm`). */
export function namesSubject(matches: readonly LexemeMatch[]): boolean {
  return matches.some(isSubjectTerm);
}

/**
 * The sentences without the matches `reasonToDrop` gives a reason for: each dropped match is noted in the
 * evidence at weight 0 with that reason, so the panel shows why the term did not count.
 */
export function dropMatches(
  sentences: PageSentence[],
  ledger: EvidenceLedger,
  reasonToDrop: (match: LexemeMatch, sentence: PageSentence) => string | undefined,
): PageSentence[] {
  return sentences.map((sentence) => {
    const matches = sentence.matches.filter((match) => {
      const reason = reasonToDrop(match, sentence);
      if (reason === undefined) return true;
      ledger.addPenalty(match.text, sentence.where, 0, reason);
      return false;
    });
    return matches.length === sentence.matches.length ? sentence : { ...sentence, matches };
  });
}

/** Pushes the sentences of `text` that name terms; returns the terms found in it (before any filtering). */
function pushSentences(
  text: string,
  placeAt: (offset: number) => TopicWhere,
  into: PageSentence[],
): readonly LexemeMatch[] {
  // The prefilter's keys cover every term: a text without any key has no matches, and needs no sentences.
  if (scanSides(text) === 0) return [];
  const matches = topicMatcher.findAll(text);
  if (matches.length === 0) return matches;
  let next = 0;
  for (const span of splitSentences(text)) {
    const inSpan: LexemeMatch[] = [];
    for (let match = matches[next]; match && match.start < span.end; match = matches[next]) {
      inSpan.push(match);
      next += 1;
    }
    if (inSpan.length > 0)
      into.push({ where: placeAt(span.start), text: text.slice(span.start, span.end), matches: inSpan });
  }
  return matches;
}

function isCjkCode(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/**
 * Length in Latin-equivalent characters: a Chinese character carries about as much as two Latin ones. Counts
 * `text.slice(from, to)` without copying it.
 */
export function measureText(text: string, from = 0, to = text.length): number {
  let length = to - from;
  for (let i = from; i < to; i++) if (isCjkCode(text.charCodeAt(i))) length++;
  return length;
}

/**
 * The title's sentences, then each block's. The lead is the first paragraph of at least LEAD_MIN_CHARS
 * characters, with any short blocks before it (a byline, a date), and only its sentences that start within
 * the first LEAD_CHARS characters: a paragraph-long first block does not make a whole article "lead".
 * Lengths count a Chinese character as two. When `subjectBlocks` is given, it receives the index of every block
 * naming Central Asia or a link term, for block relevance (block-relevance.ts) to reuse.
 */
export function collectSentences(input: TopicInput, subjectBlocks?: Set<number>): PageSentence[] {
  const sentences: PageSentence[] = [];
  pushSentences(input.title, () => 'title', sentences);
  let blockOffset = 0;
  let leadOpen = true;
  input.blocks.forEach((block, index) => {
    const offset = blockOffset;
    const inLead = leadOpen;
    const placeAt = (start: number): TopicWhere =>
      inLead && offset + measureText(block, 0, start) < LEAD_CHARS ? 'lead' : 'body';
    const matches = pushSentences(block, placeAt, sentences);
    if (subjectBlocks && namesSubject(matches)) subjectBlocks.add(index);
    if (!leadOpen) return;
    const size = measureText(block);
    blockOffset += size + 1;
    if (block.trim().length > 0 && size >= LEAD_MIN_CHARS) leadOpen = false;
  });
  return sentences;
}
