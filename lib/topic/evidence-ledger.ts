import {
  CO_OCCURRENCE_WEIGHT,
  LINK_WEIGHT,
  MENTION_SIDE_CAP,
  MENTION_WEIGHT,
  WHERE_FACTOR,
  WHERE_REASON,
} from './topic-weights';
import type { Term, TermSide, TopicEvidence, TopicWhere } from './types';

interface Entry {
  evidence: TopicEvidence;
  sentences: number;
  describe: (sentences: number) => string;
}

const WHERE_ORDER: Readonly<Record<TopicWhere, number>> = { title: 0, lead: 1, body: 2 };

const SIDE_NAME: Readonly<Record<TermSide, string>> = {
  china: 'the China side',
  central_asia: 'the Central Asia side',
  link: 'the relation',
};

function countSentences(sentences: number): string {
  return sentences === 1 ? '1 sentence' : `${sentences} sentences`;
}

/** Collects evidence once per (kind, terms, place), summing the weight of repeated sentences. */
export class EvidenceLedger {
  private readonly entries = new Map<string, Entry>();

  private add(key: string, evidence: TopicEvidence, describe: (sentences: number) => string): void {
    const entry = this.entries.get(key);
    if (entry) {
      entry.evidence.weight += evidence.weight;
      entry.sentences += 1;
    } else {
      this.entries.set(key, { evidence, sentences: 1, describe });
    }
  }

  /** A sentence naming a link term. */
  addLink(term: Term, surface: string, where: TopicWhere): number {
    const weight = LINK_WEIGHT * WHERE_FACTOR[where];
    const what = term.note ? `${term.label} (${term.note})` : term.label;
    this.add(`link:${term.id}:${where}`, { term: surface, side: 'link', where, weight, reason: '' }, (n) => {
      return `${what} names the relation by itself: ${LINK_WEIGHT} points per sentence ${WHERE_REASON[where]}; ${countSentences(n)}`;
    });
    return weight;
  }

  /** A sentence naming both sides. */
  addCoOccurrence(china: string, centralAsia: string, key: string, where: TopicWhere): number {
    const weight = CO_OCCURRENCE_WEIGHT * WHERE_FACTOR[where];
    const term = `${china} + ${centralAsia}`;
    this.add(`co:${key}:${where}`, { term, side: 'link', where, weight, reason: '' }, (n) => {
      return `China and Central Asia named in the same sentence: ${CO_OCCURRENCE_WEIGHT} points per sentence ${WHERE_REASON[where]}; ${countSentences(n)}`;
    });
    return weight;
  }

  /** A side's term; only its first occurrence per place counts. Returns the weight it added. */
  addMention(term: Term, surface: string, where: TopicWhere): number {
    const key = `mention:${term.id}:${where}`;
    if (this.entries.has(key)) return 0;
    const weight = MENTION_WEIGHT * WHERE_FACTOR[where];
    this.add(key, { term: surface, side: term.side, where, weight, reason: '' }, () => {
      return `Names ${SIDE_NAME[term.side]} (${term.label}): ${MENTION_WEIGHT} point ${WHERE_REASON[where]}, once per place; a side counts only up to the other side's total, at most ${MENTION_SIDE_CAP}`;
    });
    return weight;
  }

  /** Evidence against the topic. */
  addPenalty(surface: string, where: TopicWhere, weight: number, reason: string): number {
    this.add(
      `penalty:${surface}:${where}`,
      { term: surface, side: 'central_asia', where, weight, reason },
      () => reason,
    );
    return weight;
  }

  /** Strongest first; ties in reading order. */
  list(): TopicEvidence[] {
    return [...this.entries.values()]
      .map((entry) => ({ ...entry.evidence, reason: entry.describe(entry.sentences) }))
      .sort((a, b) => b.weight - a.weight || WHERE_ORDER[a.where] - WHERE_ORDER[b.where]);
  }
}
