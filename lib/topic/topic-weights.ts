import type { TopicWhere } from './types';

/**
 * Weights of the topic score, each with its reason. A score is the sum of relation evidence, plus the
 * smaller of the two sides' name totals (capped), plus penalties.
 */

/** The title states what the page is about; the lead (its first paragraph) summarises it. */
export const WHERE_FACTOR: Readonly<Record<TopicWhere, number>> = { title: 4, lead: 2, body: 1 };

/** Characters of block text, from the first block on, whose sentences can count as the lead. */
export const LEAD_CHARS = 300;

/** A block this long is a paragraph: the lead ends with it. Shorter blocks before it are bylines or dates. */
export const LEAD_MIN_CHARS = 80;

/** A link term (Khorgos, 中吉乌铁路, "China–Central Asia", C+C5) exists only because of the relation. */
export const LINK_WEIGHT = 5;

/** China and Central Asia named in one sentence: the sentence is about both, usually about their relation. */
export const CO_OCCURRENCE_WEIGHT = 3;

/** A name of one side shows presence only; it counts once per term and place on the page. */
export const MENTION_WEIGHT = 1;

/**
 * A side's names count only up to the other side's total (a page full of "China" with one "Kazakhstan"
 * gets 1), and at most this much: names can confirm a relation, never make one alone.
 */
export const MENTION_SIDE_CAP = 6;

/** Relation sentences counted per place: a long article should not outweigh a short one forever. */
export const RELATION_SENTENCE_CAP: Readonly<Record<TopicWhere, number>> = { title: 2, lead: 3, body: 8 };

/** A title pairing Central Asia with another partner and not with China ("US hosts C5+1 summit"). */
export const OTHER_PARTNER_TITLE_WEIGHT = -8;

/**
 * The page is on topic from 12 points: what one title sentence naming both sides scores by itself
 * (3 × 4 = 12; a title link term scores 20). Without the title, the relation has to recur: a lead relation
 * (6) needs a body relation (3) and a little presence of both sides (3), or the body needs four relation
 * sentences. Pages that name China in passing stay below: a US or EU Central Asia story with one sentence
 * on China scores about 4 before its title penalty, a Chinese customs report naming Central Asia once 8.
 */
export const TOPIC_THRESHOLD = 12;

export const WHERE_REASON: Readonly<Record<TopicWhere, string>> = {
  title: `×${WHERE_FACTOR.title} in the title`,
  lead: `×${WHERE_FACTOR.lead} in the lead`,
  body: `×${WHERE_FACTOR.body} in the body`,
};
