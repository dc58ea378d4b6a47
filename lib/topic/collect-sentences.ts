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

function pushSentences(text: string, placeAt: (offset: number) => TopicWhere, into: PageSentence[]): void {
  // The prefilter's keys cover every term: a text without any key has no matches, and needs no sentences.
  if (scanSides(text) === 0) return;
  const matches = topicMatcher.findAll(text);
  if (matches.length === 0) return;
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
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/** Length in Latin-equivalent characters: a Chinese character carries about as much as two Latin ones. */
export function measureText(text: string): number {
  return text.length + (text.match(CJK)?.length ?? 0);
}

/**
 * The title's sentences, then each block's. The lead is the first paragraph of at least LEAD_MIN_CHARS
 * characters, with any short blocks before it (a byline, a date), and only its sentences that start within
 * the first LEAD_CHARS characters: a paragraph-long first block does not make a whole article "lead".
 * Lengths count a Chinese character as two.
 */
export function collectSentences(input: TopicInput): PageSentence[] {
  const sentences: PageSentence[] = [];
  pushSentences(input.title, () => 'title', sentences);
  let blockOffset = 0;
  let leadOpen = true;
  for (const block of input.blocks) {
    const offset = blockOffset;
    const inLead = leadOpen;
    const placeAt = (start: number): TopicWhere =>
      inLead && offset + measureText(block.slice(0, start)) < LEAD_CHARS ? 'lead' : 'body';
    pushSentences(block, placeAt, sentences);
    if (!leadOpen) continue;
    const size = measureText(block);
    blockOffset += size + 1;
    if (block.trim().length > 0 && size >= LEAD_MIN_CHARS) leadOpen = false;
  }
  return sentences;
}
