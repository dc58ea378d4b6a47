/** Where on the page a piece of evidence was found; title and lead weigh more than the body. */
export type TopicWhere = 'title' | 'lead' | 'body';

/** Which side of the China–Central Asia relation a term names; `link` terms name the relation itself. */
export type TermSide = 'china' | 'central_asia' | 'link';

/** One reason the page is (or is not) about China–Central Asia, as shown to a user who asks "why this page?". */
export interface TopicEvidence {
  /** The words as the page wrote them: "霍尔果斯", "Xi Jinping + Tokayev". */
  term: string;
  side: TermSide;
  where: TopicWhere;
  /** Points this item adds to the score (negative when it argues against the topic). */
  weight: number;
  reason: string;
}

export interface TopicDecision {
  isTopic: boolean;
  score: number;
  /** Deduplicated, strongest first. */
  evidence: TopicEvidence[];
  /**
   * On a page that is on topic, the trimmed texts of its blocks that are page furniture around the article
   * (related-story lists, counters, lines after the last paragraph): `isBlockRelevant` drops them. Absent
   * when there is none.
   */
  furniture?: string[];
}

export interface TopicInput {
  title: string;
  /** The article's paragraphs in reading order; the lead is the opening of the first block(s). */
  blocks: string[];
}

/** What a gazetteer entry is, used in evidence reasons. */
export type TermKind =
  | 'country'
  | 'region'
  | 'city'
  | 'leader'
  | 'province'
  | 'company'
  | 'port'
  | 'railway'
  | 'pipeline'
  | 'mechanism'
  | 'pair';

/** Anything the matcher can find: a name with its surface forms. */
export interface Lexeme {
  id: string;
  /** English display name used in reasons: "Kazakhstan", "Khorgos". */
  label: string;
  /** Regular-expression sources matched case-insensitively; only non-capturing groups. */
  forms: readonly string[];
  /** Forms that must match with the case written here ("Xi", "Osh", "PRC", "КНР"). */
  exactForms?: readonly string[];
  /** Forms whose match must not start lower-case ("China", not "fine china"). */
  capitalizedForms?: readonly string[];
}

/** One gazetteer entry: a place, person or link with its surface forms in English, Chinese and Russian. */
export interface Term extends Lexeme {
  side: TermSide;
  kind: TermKind;
  /** What the term is, for link terms: "China–Kazakhstan border port". */
  note?: string;
}

/** One occurrence of a lexeme in a text; offsets are UTF-16 code units. */
export interface LexemeMatch<T extends Lexeme = Term> {
  entry: T;
  start: number;
  end: number;
  text: string;
}
