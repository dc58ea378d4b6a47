import { agrees } from './agreement';
import type { CaravanDb } from './db';
import { readShownReports, type ShownReport } from './fact-report-view';
import type { FactRow } from './rows';

/** Periods a series shows at most: a chart of more would be unreadable in the panel. */
export const PERIODS_PER_SERIES = 16;

/** One fact (one period) of a series, with every article's report of it. */
export interface FactEntry {
  key: string;
  /** The period as the articles state it: "2024", "2025 Q1–Q3". */
  period: string;
  reports: ShownReport[];
  /**
   * 'differ' when two reports of the same status do not agree within rounding or stated bounds; 'single' when one
   * source reports it, however many reprints list it too.
   */
  agreement: 'single' | 'agree' | 'differ';
  /** Indexes (into `reports`) of the reports that disagree with another one. */
  disagreeing: number[];
}

/** A measure of one subject over periods: China–Kazakhstan trade in USD, by year. */
export interface FactSeries {
  /** subject|measure|unit family: a fact key without its period. */
  id: string;
  subject: string;
  /** The metric, or "growth:<metric>" for a growth rate. */
  measure: string;
  unitFamily: string;
  /** Oldest period first. */
  entries: FactEntry[];
}

/** The parts of a fact key: subject|measure|span|unit family. */
export function splitFactKey(key: string): {
  subject: string;
  measure: string;
  span: string;
  unitFamily: string;
} {
  const [subject = '', measure = '', span = '', unitFamily = ''] = key.split('|');
  return { subject, measure, span, unitFamily };
}

/** The series a fact belongs to: its key without the period. */
export function seriesIdOf(key: string): string {
  const { subject, measure, unitFamily } = splitFactKey(key);
  return `${subject}|${measure}|${unitFamily}`;
}

/** Orders spans ("2024", "2024 M1–M5", "2024 M3") by year, then by the month they end, then begin. */
export function compareSpans(a: string, b: string): number {
  const read = (span: string) => {
    const match = /^(\d{4})(?: M(\d{1,2})(?:–M(\d{1,2}))?)?/.exec(span);
    if (!match) return [Number.POSITIVE_INFINITY, 0, 0];
    const from = Number(match[2] ?? 1);
    return [Number(match[1]), Number(match[3] ?? match[2] ?? 12), from];
  };
  const [left, right] = [read(a), read(b)];
  for (let at = 0; at < 3; at++) {
    const difference = (left[at] ?? 0) - (right[at] ?? 0);
    if (difference) return difference;
  }
  return a.localeCompare(b);
}

/** Which reports disagree with another report of the same status (a target is not compared with an actual). */
export function findDisagreements(reports: readonly ShownReport[]): number[] {
  const comparable = (a: ShownReport, b: ShownReport) => !a.status || !b.status || a.status === b.status;
  return reports.flatMap((report, at) =>
    reports.some((other, index) => index !== at && comparable(report, other) && !agrees(report, other))
      ? [at]
      : [],
  );
}

/** Builds series from fact rows: grouped by subject, measure and unit family; periods oldest first. */
export async function buildSeries(db: CaravanDb, facts: readonly FactRow[]): Promise<FactSeries[]> {
  const reports = await readShownReports(
    db,
    facts.map((fact) => fact.key),
  );
  const series = new Map<string, FactSeries>();
  for (const fact of facts) {
    const id = seriesIdOf(fact.key);
    const { subject, measure, unitFamily } = splitFactKey(fact.key);
    const entry = series.get(id) ?? { id, subject, measure, unitFamily, entries: [] };
    const found = reports.get(fact.key) ?? [];
    if (found.length === 0) continue;
    const disagreeing = findDisagreements(found);
    // A reprint is listed, but one text reprinted is still one source.
    const sources = found.filter((report) => !report.copyOf).length;
    entry.entries.push({
      key: fact.key,
      period: fact.period || splitFactKey(fact.key).span,
      reports: found,
      agreement: sources < 2 ? 'single' : disagreeing.length > 0 ? 'differ' : 'agree',
      disagreeing,
    });
    series.set(id, entry);
  }
  for (const entry of series.values())
    entry.entries.sort((a, b) => compareSpans(splitFactKey(a.key).span, splitFactKey(b.key).span));
  return [...series.values()].filter((entry) => entry.entries.length > 0);
}

/** Every fact of one series (through the key index: keys start with subject|measure|), newest periods kept. */
export async function readSeriesFacts(db: CaravanDb, seriesId: string): Promise<FactRow[]> {
  const [subject, measure, unitFamily] = seriesId.split('|');
  const rows = await db.facts
    .where('key')
    .startsWith(`${subject}|${measure}|`)
    .filter((fact) => splitFactKey(fact.key).unitFamily === unitFamily)
    .toArray();
  return rows
    .sort((a, b) => compareSpans(splitFactKey(b.key).span, splitFactKey(a.key).span))
    .slice(0, PERIODS_PER_SERIES);
}

/** The series one fact belongs to, for a view focused on that fact; null when the store does not hold it. */
export async function readSeriesOfFact(db: CaravanDb, key: unknown): Promise<FactSeries | null> {
  if (typeof key !== 'string' || !(await db.facts.where('key').equals(key).first())) return null;
  const [series] = await buildSeries(db, await readSeriesFacts(db, seriesIdOf(key)));
  return series ?? null;
}
