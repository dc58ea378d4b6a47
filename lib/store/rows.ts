// The rows the fact store keeps, in their newest form. Older forms live only in schema.ts's upgrades and in
// the snapshot fixtures (tests/fixtures/db/v<N>.json).

/** A news outlet, one per site (host name). */
export interface SourceRow {
  id: number;
  /** Host name without "www.", e.g. "news.cn". */
  site: string;
  /** The outlet's name as pages give it (og:site_name), else the site. */
  name: string;
  firstSeen: number;
}

/** An article Caravan has read. */
export interface ArticleRow {
  id: number;
  url: string;
  /** `<link rel="canonical">` when the page gives one, else the url. */
  canonicalUrl: string;
  title: string;
  site: string;
  lang: string;
  /** ISO date or date-time the page states (article:published_time), else empty. */
  publishedAt: string;
  /** Epoch milliseconds of the first visit. */
  firstSeen: number;
  /** Epoch milliseconds of the latest scan. */
  lastSeen: number;
  /** 1 when the reader saved it to the reading list (IndexedDB cannot index booleans). */
  saved: 0 | 1;
}

/** Where a figure stands in its article, to find it again (W3C Web Annotation selectors). */
export interface MentionSelectors {
  quote: { exact: string; prefix: string; suffix: string };
  /** UTF-16 offsets into the article's text (its blocks joined by newlines); null when unknown. */
  position: { start: number; end: number } | null;
  /** A text-fragment link to the figure: url#:~:text=… */
  fragment: string;
}

/** What a figure measures; fields that could not be determined are empty strings. */
export interface MentionMeasure {
  subject: string;
  metric: string;
  /** A growth rate's metric: what grew. */
  growthOf: string;
  period: string;
  status: string;
  /** subject|metric|period|unit family when all are known: the same fact across articles. */
  factKey: string;
}

/** A figure whose measure is not known (yet): every part empty. */
export const UNMEASURED: Readonly<MentionMeasure> = {
  subject: '',
  metric: '',
  growthOf: '',
  period: '',
  status: '',
  factKey: '',
};

/** One figure as its article reported it, as the article's row in `articleFigures` holds it. */
export interface StoredFigure extends MentionSelectors, MentionMeasure {
  /** Position in the article's reading order. */
  index: number;
  text: string;
  value: number;
  unit: string;
  kind: string;
  approx: string;
  /** The sentence the figure stands in. */
  context: string;
  /** Index (in the same article) of the amount this figure is a stated conversion of; -1 when none. */
  conversionOf: number;
}

/** One figure with the article it stands in: what the store's queries return. */
export interface MentionRow extends StoredFigure {
  articleId: number;
}

/**
 * Every figure of one article, in reading order, in one row (docs/adr/0005): storing or importing an article
 * is one write, not one per figure.
 */
export interface ArticleFiguresRow {
  articleId: number;
  /** How many figures the row holds: summing this index's keys counts the store's figures. */
  figureCount: number;
  figures: StoredFigure[];
}

/**
 * One article's report of a fact: what linking shows of it and compares. It carries its article's title, site
 * and date, so linking a page reads no article rows (docs/adr/0009); the writers of figures rewrite an
 * article's reports whenever they write the article.
 */
export interface FactReport {
  articleId: number;
  /** The figure's index in its article. */
  index: number;
  text: string;
  value: number;
  unit: string;
  approx: string;
  status: string;
  /** A link that opens the article at the figure: its text-fragment link, else the article's address. */
  fragment: string;
  title: string;
  site: string;
  /** The article's language, which the Facts view marks its title with. */
  lang: string;
  publishedAt: string;
  /** A fingerprint of the figure's sentence that a word-for-word reprint shares (`wordingOf`); empty if too short. */
  wording: string;
}

/**
 * Every report of one fact, ordered by article and index: linking a page reads one row per fact it reports
 * (docs/adr/0005). Derived from the figures rows and kept in step with them in the same transactions.
 */
export interface FactReportsRow {
  key: string;
  reports: FactReport[];
}

/** A fact several mentions may report: what is measured, of whom, for which period. */
export interface FactRow {
  id: number;
  key: string;
  subject: string;
  metric: string;
  period: string;
  unitFamily: string;
}

/**
 * A saved article's entry in the reading list: what the list shows, filters and sorts on. A copy as it was
 * when saved (title, address), so a later visit that retitles the page does not change what the reader kept.
 */
export interface SavedCopyRow {
  /** The article's id: one copy per article. */
  articleId: number;
  url: string;
  title: string;
  site: string;
  /** The outlet's name when it was saved. */
  siteName: string;
  lang: string;
  publishedAt: string;
  /** Epoch milliseconds of the first save. */
  savedAt: number;
  /** 1 once the reader has read it. */
  read: 0 | 1;
  tags: string[];
  note: string;
  /** The start of the text, for the list. */
  excerpt: string;
}

/** A saved article's text: its main content, one plain-text block per paragraph (never HTML). */
export interface SavedBodyRow {
  articleId: number;
  blocks: string[];
}

/** One term of the reading list's search index and the saved articles whose title or text holds it. */
export interface TermRow {
  term: string;
  ids: number[];
}
