import { isArticleText } from './block-relevance';
import { collectSentences, type PageSentence } from './collect-sentences';
import { compileSubjectMatcher } from './currency-names';
import { EvidenceLedger } from './evidence-ledger';
import { CONTEST_TERMS } from './gazetteer/contest-terms';
import { MARKET_TERMS } from './gazetteer/market-terms';
import { OTHER_PARTNERS } from './gazetteer/other-partners';
import { compileMatcher } from './lexeme-matcher';
import { findFurniture, findListedBlocks } from './page-furniture';
import { keepAmbiguousPairsInContext } from './pair-context';
import { keepPortsInContext } from './port-context';
import { dropOurCountryOfTaiwan } from './taiwan-context';
import {
  MENTION_SIDE_CAP,
  OTHER_PARTNER_TITLE_WEIGHT,
  RELATION_SENTENCE_CAP,
  TOPIC_THRESHOLD,
} from './topic-weights';
import type { LexemeMatch, TermKind, TermSide, TopicDecision, TopicInput, TopicWhere } from './types';

const partnerMatcher = compileSubjectMatcher(OTHER_PARTNERS);
const contestMatcher = compileMatcher(CONTEST_TERMS);
const marketMatcher = compileMatcher(MARKET_TERMS);

/** Which term of a side names a sentence's relation in the evidence: a country before a leader before a city. */
const DISPLAY_RANK: Readonly<Record<TermKind, number>> = {
  country: 0,
  region: 0,
  pair: 0,
  mechanism: 0,
  railway: 0,
  pipeline: 0,
  port: 1,
  leader: 1,
  province: 2,
  company: 2,
  city: 3,
};

function findSide(sentence: PageSentence, side: TermSide): LexemeMatch | undefined {
  let best: LexemeMatch | undefined;
  for (const match of sentence.matches) {
    if (match.entry.side !== side) continue;
    if (!best || DISPLAY_RANK[match.entry.kind] < DISPLAY_RANK[best.entry.kind]) best = match;
  }
  return best;
}

/** Adds a sentence's relation evidence: its link term, or else its China and Central Asia terms. */
function addRelation(sentence: PageSentence, ledger: EvidenceLedger): number {
  const link = findSide(sentence, 'link');
  if (link) return ledger.addLink(link.entry, link.text, sentence.where);
  const china = findSide(sentence, 'china');
  const centralAsia = findSide(sentence, 'central_asia');
  if (!china || !centralAsia) return 0;
  const key = `${china.entry.id}+${centralAsia.entry.id}`;
  return ledger.addCoOccurrence(china.text, centralAsia.text, key, sentence.where);
}

/**
 * "中国女排3:0横扫哈萨克斯坦", "China's CSI 300 slips, Kazakhstan's KASE hits a record": a sentence naming both
 * sides (and no link term) together with a sporting contest reports a game between national teams, and one
 * with a stock index compares two markets; neither reports relations between the states. Such a sentence adds
 * no relation points; the evidence says why, with weight 0.
 */
function isNoRelation(sentence: PageSentence, ledger: EvidenceLedger): boolean {
  const contest = contestMatcher.findAll(sentence.text)[0];
  const market = contest ? undefined : marketMatcher.findAll(sentence.text)[0];
  const found = contest ?? market;
  if (!found) return false;
  const what = contest ? 'a game between national teams' : 'markets compared';
  const reason = `China and Central Asia named beside "${found.text}": ${what}, not relations; 0 points`;
  ledger.addPenalty(found.text, sentence.where, 0, reason);
  return true;
}

/** "US hosts C5+1 summit": the title pairs Central Asia with another partner and names no China. */
function addTitlePenalty(title: string, sentences: PageSentence[], ledger: EvidenceLedger): number {
  const sides = new Set(
    sentences.filter((s) => s.where === 'title').flatMap((s) => s.matches.map((m) => m.entry.side)),
  );
  if (!sides.has('central_asia') || sides.has('china') || sides.has('link')) return 0;
  const partner = partnerMatcher.findAll(title)[0];
  if (!partner) return 0;
  const reason = `The title pairs Central Asia with ${partner.entry.label}, not China: ${OTHER_PARTNER_TITLE_WEIGHT}`;
  return ledger.addPenalty(partner.text, 'title', OTHER_PARTNER_TITLE_WEIGHT, reason);
}

/**
 * Decides whether a page is about China–Central Asia relations. Each sentence naming a link term, or both
 * sides, adds relation evidence weighted by place (capped per place); the presence of each side (its
 * distinct terms per place) adds the smaller side's total (capped); a title pairing Central Asia with
 * another partner subtracts. On topic from TOPIC_THRESHOLD points, and only when both sides or a link term
 * appear at all.
 */
export function scoreTopic(input: TopicInput): TopicDecision {
  return readTopic(input).decision;
}

/**
 * Whether a text names the China–Central Asia relation itself: a link term, or both sides in one sentence that
 * is no game or market report. A feed's post is a story of its own, read by this (lib/scan/read-block-texts.ts).
 */
export function namesRelation(blocks: readonly string[]): boolean {
  const { evidence } = readTopic({ title: '', blocks: [...blocks] }).decision;
  return evidence.some((item) => item.side === 'link' && item.weight > 0);
}

/** A topic decision with what it learnt about each block on the way. */
export interface TopicReading {
  decision: TopicDecision;
  /** Indices of the blocks naming Central Asia or a link term: `isBlockRelevant`'s `subject`. */
  subjectBlocks: ReadonlySet<number>;
}

/** `scoreTopic`, also returning which blocks name the article's subject, so relevance need not match again. */
export function readTopic(input: TopicInput): TopicReading {
  const ledger = new EvidenceLedger();
  const subjectBlocks = new Set<number>();
  // Headlines listed under "相关新闻" or "Read also" are other stories: they neither make nor break this one.
  const listed = findListedBlocks(input.blocks);
  const read =
    listed.size > 0 ? { ...input, blocks: input.blocks.map((b, i) => (listed.has(i) ? '' : b)) } : input;
  const collected = dropOurCountryOfTaiwan(input, collectSentences(read, subjectBlocks), ledger);
  const sentences = keepPortsInContext(keepAmbiguousPairsInContext(read, collected, ledger), ledger);
  const relationSentences: Record<TopicWhere, number> = { title: 0, lead: 0, body: 0 };
  const mentions = { china: 0, central_asia: 0 };
  let score = 0;
  for (const sentence of sentences) {
    const sides = new Set(sentence.matches.map((match) => match.entry.side));
    const isPair = !sides.has('link') && sides.has('china') && sides.has('central_asia');
    const isRelation = sides.has('link') || (isPair && !isNoRelation(sentence, ledger));
    if (isRelation && relationSentences[sentence.where] < RELATION_SENTENCE_CAP[sentence.where]) {
      relationSentences[sentence.where] += 1;
      score += addRelation(sentence, ledger);
    }
    for (const match of sentence.matches) {
      const side = match.entry.side;
      if (side !== 'link') mentions[side] += ledger.addMention(match.entry, match.text, sentence.where);
    }
  }
  score += Math.min(mentions.china, mentions.central_asia, MENTION_SIDE_CAP);
  score += addTitlePenalty(input.title, sentences, ledger);
  const found = new Set(sentences.flatMap((s) => s.matches.map((m) => m.entry.side)));
  const bothSides = found.has('link') || (found.has('china') && found.has('central_asia'));
  const isTopic = bothSides && score >= TOPIC_THRESHOLD;
  const decision: TopicDecision = { isTopic, score, evidence: ledger.list() };
  const isArticleBlock = (block: string, index: number) => isArticleText(block, subjectBlocks.has(index));
  const furniture = isTopic ? findFurniture(input.title, input.blocks, isArticleBlock) : [];
  return { decision: furniture.length > 0 ? { ...decision, furniture } : decision, subjectBlocks };
}
