import { TOPIC_TERMS } from '../topic/gazetteer';
import { compileMatcher } from '../topic/lexeme-matcher';
import type { Term } from '../topic/types';
import type { Span } from './find-cues';

/** Country codes of the Central Asian side; `CA` is the region as a whole. */
const CENTRAL_ASIA_CODES: Readonly<Record<string, string>> = {
  kazakhstan: 'KZ',
  kyrgyzstan: 'KG',
  tajikistan: 'TJ',
  turkmenistan: 'TM',
  uzbekistan: 'UZ',
  'central-asia': 'CA',
};

/** Capitals, cities and leaders: a weaker sign of a country, used only when no country is named. */
const PLACE_CODES: Readonly<Record<string, string>> = {
  astana: 'KZ',
  almaty: 'KZ',
  shymkent: 'KZ',
  karaganda: 'KZ',
  aktau: 'KZ',
  tokayev: 'KZ',
  nazarbayev: 'KZ',
  bishkek: 'KG',
  osh: 'KG',
  japarov: 'KG',
  dushanbe: 'TJ',
  khujand: 'TJ',
  rahmon: 'TJ',
  ashgabat: 'TM',
  berdimuhamedov: 'TM',
  tashkent: 'UZ',
  samarkand: 'UZ',
  bukhara: 'UZ',
  fergana: 'UZ',
  termez: 'UZ',
  mirziyoyev: 'UZ',
};

/** China as a whole; Chinese provinces and cities are a sub-national subject this module does not name. */
const CHINA_IDS = new Set(['china', 'beijing', 'xi-jinping']);

/** What a piece of text says about who a figure is about. */
export interface SubjectMentions {
  china: boolean;
  /** A Chinese province or city (Xinjiang, Kashgar): the figure may be about it rather than China. */
  chinaLocal: boolean;
  facilities: Set<string>;
  pairs: Set<string>;
  countries: Set<string>;
  places: Set<string>;
  /** The words as written, for evidence. */
  words: string[];
}

const matcher = compileMatcher<Term>(TOPIC_TERMS);

/**
 * 华 for China after a word of direction or place: 对华出口, 输华, 自华进口, 访华, 驻华. Alone, 华 starts too many
 * other words (华为, 华人, 中华) to be a name of China.
 */
const CHINA_AFTER_DIRECTION = /(?<=[对對向输輸自从從来來访訪赴驻駐])[华華]/gu;

/** A name the subject readers know, where it stands: a gazetteer term, or (no term) 华 after a word of direction. */
interface NameMatch extends Span {
  term: Term | null;
  text: string;
}

/** Texts whose names are kept: one article's title, lead and current sentence are read for each of its figures. */
const NAMES_KEPT = 64;
const namesOf = new Map<string, readonly NameMatch[]>();

/** The gazetteer's terms in `text`, then each 华 after a word of direction; matched once per text. */
function findNames(text: string): readonly NameMatch[] {
  const known = namesOf.get(text);
  if (known) return known;
  const names: NameMatch[] = matcher
    .findAll(text)
    .map(({ entry, start, end, text: written }) => ({ term: entry, start, end, text: written }));
  for (const match of text.matchAll(CHINA_AFTER_DIRECTION))
    names.push({ term: null, start: match.index, end: match.index + 1, text: match[0] });
  if (namesOf.size >= NAMES_KEPT) namesOf.clear();
  namesOf.set(text, names);
  return names;
}

/** A mention of China or of the Central Asian side, where it stands. */
export interface SideMention extends Span {
  side: 'china' | 'partner';
  text: string;
}

/** Which side a name stands for, if it names a country, the region, a city or a leader. */
function sideOf(term: Term | null): SideMention['side'] | undefined {
  if (term === null || CHINA_IDS.has(term.id)) return 'china';
  return CENTRAL_ASIA_CODES[term.id] || PLACE_CODES[term.id] ? 'partner' : undefined;
}

/** Every mention of China or of a Central Asian country, region, city or leader in `text`, in order. */
export function listSideMentions(text: string): SideMention[] {
  return findNames(text)
    .flatMap(({ term, start, end, text: written }) => {
      const side = sideOf(term);
      return side ? [{ side, start, end, text: written }] : [];
    })
    .sort((a, b) => a.start - b.start);
}

function classifyTerm(term: Term | null, mentions: SubjectMentions): void {
  if (term === null) mentions.china = true;
  else if (term.kind === 'pair') mentions.pairs.add(CENTRAL_ASIA_CODES[term.id.replace(/^china-/, '')] ?? '');
  else if (term.kind === 'mechanism') mentions.pairs.add('CA');
  else if (term.side === 'link') mentions.facilities.add(`${term.kind}:${term.id}`);
  else if (CENTRAL_ASIA_CODES[term.id]) mentions.countries.add(CENTRAL_ASIA_CODES[term.id] ?? '');
  else if (PLACE_CODES[term.id]) mentions.places.add(PLACE_CODES[term.id] ?? '');
  else if (CHINA_IDS.has(term.id)) mentions.china = true;
  else if (term.side === 'china') mentions.chinaLocal = true;
}

/** The gazetteer terms of `text` inside `span` (the whole text by default). */
export function collectSubjectMentions(
  text: string,
  span: Span = { start: 0, end: text.length },
): SubjectMentions {
  const mentions: SubjectMentions = {
    china: false,
    chinaLocal: false,
    facilities: new Set(),
    pairs: new Set(),
    countries: new Set(),
    places: new Set(),
    words: [],
  };
  for (const name of findNames(text)) {
    if (name.start < span.start || name.end > span.end) continue;
    classifyTerm(name.term, mentions);
    mentions.words.push(name.text);
  }
  return mentions;
}

/** A resolved subject, or `ambiguous` when the text names several candidates and choosing would be a guess. */
export type SubjectReading = { subject: string } | { ambiguous: true } | undefined;

/** One Central Asian code from a set: all five countries make the region; two to four are ambiguous. */
function readCentralAsia(codes: Set<string>): SubjectReading {
  if (codes.has('CA') || codes.size === 5) return { subject: 'CA' };
  if (codes.size === 1) return { subject: [...codes][0] ?? '' };
  return codes.size > 1 ? { ambiguous: true } : undefined;
}

/** Resolves mentions: a facility, then a China–X compound, then countries, then places, then China alone. */
export function resolveSubject(mentions: SubjectMentions): SubjectReading {
  if (mentions.facilities.size > 1) return { ambiguous: true };
  if (mentions.facilities.size === 1) return { subject: [...mentions.facilities][0] ?? '' };
  if (mentions.pairs.size > 1) return { ambiguous: true };
  if (mentions.pairs.size === 1) return { subject: `CN-${[...mentions.pairs][0]}` };
  const side = readCentralAsia(mentions.countries.size > 0 ? mentions.countries : mentions.places);
  if (side && 'ambiguous' in side) return side;
  if (side) return { subject: mentions.china ? `CN-${side.subject}` : side.subject };
  return mentions.china ? { subject: 'CN' } : undefined;
}

/** Whether the mentions name a Central Asian country only through a city or leader ("Dushanbe", "Tokayev"). */
export function isPlaceOnly(mentions: SubjectMentions): boolean {
  return mentions.countries.size === 0 && mentions.places.size > 0;
}

/** The Central Asian countries and the region named in `text`, in order, each with where it stands. */
export function listPartnerCodes(text: string): (Span & { code: string })[] {
  return findNames(text)
    .flatMap(({ term, start, end }) => {
      const code = term ? CENTRAL_ASIA_CODES[term.id] : undefined;
      return code ? [{ code, start, end }] : [];
    })
    .sort((a, b) => a.start - b.start);
}
