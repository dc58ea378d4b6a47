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

/** A mention of China or of the Central Asian side, where it stands. */
export interface SideMention extends Span {
  side: 'china' | 'partner';
  text: string;
}

/** Every mention of China or of a Central Asian country, region, city or leader in `text`, in order. */
export function listSideMentions(text: string): SideMention[] {
  const found: SideMention[] = [];
  for (const match of matcher.findAll(text)) {
    const { entry } = match;
    const side = CHINA_IDS.has(entry.id)
      ? 'china'
      : CENTRAL_ASIA_CODES[entry.id] || PLACE_CODES[entry.id]
        ? 'partner'
        : undefined;
    if (side) found.push({ side, start: match.start, end: match.end, text: match.text });
  }
  for (const match of text.matchAll(CHINA_AFTER_DIRECTION))
    found.push({ side: 'china', start: match.index, end: match.index + 1, text: match[0] });
  return found.sort((a, b) => a.start - b.start);
}

function classifyTerm(term: Term, mentions: SubjectMentions): void {
  if (term.kind === 'pair') mentions.pairs.add(CENTRAL_ASIA_CODES[term.id.replace(/^china-/, '')] ?? '');
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
  for (const match of matcher.findAll(text)) {
    if (match.start < span.start || match.end > span.end) continue;
    classifyTerm(match.entry, mentions);
    mentions.words.push(match.text);
  }
  for (const match of text.matchAll(CHINA_AFTER_DIRECTION)) {
    if (match.index < span.start || match.index >= span.end) continue;
    mentions.china = true;
    mentions.words.push(match[0]);
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
