import { readCurrencyAfter } from '../figures/currencies';
import { findCues } from './find-cues';
import { CURRENCY_COUNTRIES } from './find-subject';
import { CHANGE_CUE, METRIC_CUES } from './metric-terms';
import { collectSubjectMentions } from './subject-mentions';

/** What a reader's search asks for, read with the same gazetteer and cue words as the articles. */
export interface FactQuery {
  /** Subject codes a fact may have: "KZ" and "CN-KZ" for "Kazakhstan"; empty when the query names none. */
  subjects: string[];
  /** Subject code prefixes: "CN" for a query naming only China (China's own facts and every pair). */
  subjectPrefixes: string[];
  /** What a fact key may measure: "trade_volume", "growth:trade_volume". */
  measures: string[];
  /** Four-digit years the period must start with. */
  years: string[];
  /** What is left (a site, a figure's text), lower-cased; used only when nothing else was understood. */
  words: string[];
}

/** Codes a Central Asian code stands for on its own and paired with China. */
const withChina = (code: string) => [code, `CN-${code}`];

function readSubjects(text: string): Pick<FactQuery, 'subjects' | 'subjectPrefixes'> & { used: string[] } {
  const mentions = collectSubjectMentions(text);
  const sides = mentions.countries.size > 0 ? mentions.countries : mentions.places;
  const subjects = new Set<string>([...mentions.facilities]);
  for (const code of mentions.pairs) subjects.add(`CN-${code}`);
  for (const code of sides)
    for (const subject of mentions.china ? [`CN-${code}`] : withChina(code)) subjects.add(subject);
  const onlyChina = mentions.china && subjects.size === 0;
  return { subjects: [...subjects], subjectPrefixes: onlyChina ? ['CN'] : [], used: mentions.words };
}

function readMeasures(text: string): { measures: string[]; used: string[] } {
  const cues = findCues(text, METRIC_CUES);
  const growth = new RegExp(CHANGE_CUE.source, 'giu');
  const growthWords = text.match(growth) ?? [];
  const metrics = [...new Set(cues.map((cue) => cue.value))];
  const measures =
    growthWords.length > 0
      ? metrics.map((metric) => `growth:${metric}`)
      : metrics.flatMap((metric) => [metric, `growth:${metric}`]);
  return { measures, used: [...cues.map((cue) => cue.text), ...growthWords] };
}

/** Where a currency's name may start: a Chinese character, or a letter after none. */
const NAME_START = /(?<![\p{L}\p{N}])\p{L}|\p{Script=Han}/uy;

/**
 * The countries whose currencies a query names ("tenge", "курс юаня", "坚戈汇率"): an exchange rate is the fact
 * of its currency's country, so "курс тенге" asks for Kazakhstan's rates, not the yuan's. Other currencies
 * (the dollar a rate is counted in) name no subject.
 */
function readCurrencySubjects(text: string): { subjects: string[]; used: string[] } {
  const subjects = new Set<string>();
  const used: string[] = [];
  for (let at = 0; at < text.length; at++) {
    NAME_START.lastIndex = at;
    if (!NAME_START.test(text)) continue;
    const currency = readCurrencyAfter(text, at);
    if (!currency) continue;
    const country = CURRENCY_COUNTRIES[currency.code];
    if (country) {
      subjects.add(country);
      used.push(text.slice(at, currency.at));
    }
    at = currency.at - 1;
  }
  return { subjects: [...subjects], used };
}

/** Reads a search in Chinese, English or Russian: "Kazakhstan trade 2024", "哈萨克斯坦", "Казахстан". */
export function readFactQuery(query: string): FactQuery {
  const text = query.normalize('NFKC').trim();
  const subjects = readSubjects(text);
  const measures = readMeasures(text);
  const currencies = measures.measures.includes('exchange_rate')
    ? readCurrencySubjects(text)
    : { subjects: [], used: [] };
  let rest = text;
  for (const word of [...subjects.used, ...measures.used, ...currencies.used].sort(
    (a, b) => b.length - a.length,
  ))
    rest = rest.split(word).join(' ');
  const years = [...new Set(rest.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [])];
  for (const year of years) rest = rest.split(year).join(' ');
  const words = rest
    .toLowerCase()
    .split(/[\s,;，；、]+/u)
    .filter((word) => word.length >= 2);
  return {
    subjects: [...new Set([...subjects.subjects, ...currencies.subjects])],
    subjectPrefixes: subjects.subjectPrefixes,
    measures: measures.measures,
    years,
    words,
  };
}

/** Whether the query asks for anything by subject, measure or period. */
export function isStructured(query: FactQuery): boolean {
  return (
    query.subjects.length + query.subjectPrefixes.length + query.measures.length + query.years.length > 0
  );
}
