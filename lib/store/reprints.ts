// News in the region is syndicated: a wire's dispatch is reprinted word for word by portals (under a "来源：新华社"
// or "Источник:" line and a headline of their own), and one outlet serves the same article at several addresses
// (amp, print, mobile, tracking parameters) that a canonical link does not always join. Each copy is stored as an
// article of its own; counted as a source, one dispatch read three times becomes "3 reports agree".
import { agrees } from './agreement';

/** Characters a sentence must have beside its figure for its wording to tell a copy from a new report. */
const MIN_WORDING_CHARS = 16;

/** A site without the host name of its mobile or AMP edition ("m.", "amp."): the outlet's one site. */
function siteFamily(site: string): string {
  return site.replace(/^(?:m|amp|mobile|wap|touch)\./, '');
}

/** Text reduced to what a reprint keeps: letters and digits, lowercased, full-width forms folded (NFKC). */
function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A 32-bit FNV-1a hash, in base 36: a short fingerprint to store with every report of a fact. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The wording of a figure's sentence, as a fingerprint a word-for-word reprint shares: spacing, punctuation,
 * case and full-width forms aside, the same sentence around the same figure. Empty when the sentence is too
 * short to tell (a table cell, a headline of a few words), where two outlets may well write the same line.
 */
export function wordingOf(sentence: string, figureText: string): string {
  const text = comparable(sentence);
  if (text.length - comparable(figureText).length < MIN_WORDING_CHARS) return '';
  return `${text.length}.${fingerprint(text)}`;
}

/** What telling a copy needs of a report of a fact. */
export interface CopyCandidate {
  articleId: number;
  site: string;
  title: string;
  /** `wordingOf` its sentence; empty when unknown. */
  wording: string;
  value: number;
  text: string;
  approx: string;
  publishedAt: string;
}

/** What names a report's article beside its address: its site (mobile and AMP hosts folded) and its title. */
function articleOf(report: CopyCandidate): string {
  return report.title ? `${siteFamily(report.site)}|${comparable(report.title)}` : '';
}

/** Earlier first: the dated reports by date, then the undated; a tie goes to the article stored first. */
function byFirstPrinted(a: CopyCandidate, b: CopyCandidate): number {
  if (!a.publishedAt !== !b.publishedAt) return a.publishedAt ? -1 : 1;
  return a.publishedAt.localeCompare(b.publishedAt) || a.articleId - b.articleId;
}

/**
 * For each report of one fact, the report whose text it repeats (the first printed of its copies, also through
 * another copy), or -1 for a report of its own. Two reports are one text when they give the same figure (they
 * agree) and have the same wording, or the same title on the same site (one article at two addresses, or updated
 * at a new one); an update that changed the figure is no copy, and shows as a report that differs.
 * `reports[0]` may be held first (`firstIsOwn`): the page being read, whose copies are named after it, whichever
 * of them was printed first.
 */
export function findReprints(reports: readonly CopyCandidate[], firstIsOwn = false): number[] {
  const order = reports.map((_, at) => at);
  const rest = firstIsOwn ? order.slice(1) : order;
  rest.sort((a, b) => byFirstPrinted(reports[a] as CopyCandidate, reports[b] as CopyCandidate));
  if (firstIsOwn && reports.length > 0) rest.unshift(0);
  // A copy of a copy (a portal's mobile page of a reprint) repeats the same original. Earlier reports are found
  // by their wording and their article, so only those that may be the same text are compared.
  const earlier = new Map<string, number[]>();
  const repeats = reports.map(() => -1);
  for (const at of rest) {
    const report = reports[at] as CopyCandidate;
    const names = [report.wording && `w|${report.wording}`, articleOf(report) && `a|${articleOf(report)}`];
    const candidates = names.flatMap((name) => (name ? (earlier.get(name) ?? []) : []));
    const same = candidates.find((known) => agrees(reports[known] as CopyCandidate, report));
    if (same !== undefined) repeats[at] = (repeats[same] ?? -1) >= 0 ? (repeats[same] as number) : same;
    for (const name of names) if (name) earlier.set(name, [...(earlier.get(name) ?? []), at]);
  }
  return repeats;
}
