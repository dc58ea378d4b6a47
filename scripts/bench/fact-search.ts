// The Facts view's queries at scale, on real IndexedDB in Chromium: the store-scale bench's 100,000 mentions,
// given real subjects and metrics and a facts table, searched as a reader would (median and p95 of each query).
import type { Metric } from '../../lib/facts/types';
import type { CaravanDb } from '../../lib/store/db';
import type { CaravanExport } from '../../lib/store/export-store';
import type { FactSeries } from '../../lib/store/fact-series';
import type { FactSearchResult } from '../../lib/store/search-facts';
import { runInBundledPage } from './in-chromium';
import { syntheticExport } from './store-scale';

interface SearchApi {
  openDb: (name: string) => CaravanDb;
  importStore: (db: CaravanDb, text: string) => Promise<unknown>;
  searchFacts: (db: CaravanDb, query: string) => Promise<FactSearchResult>;
  readSeriesOfFact: (db: CaravanDb, key: string) => Promise<FactSeries | null>;
}

const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'CA', 'CN'];
const METRICS: readonly Metric[] = [
  'trade_volume',
  'exports',
  'imports',
  'investment',
  'loans',
  'aid',
  'freight',
];
const RUNS = 40;
/** What a reader types: a subject and a measure, a year, a figure as printed, nothing. */
const QUERIES: Readonly<Record<string, string>> = {
  subject: 'Kazakhstan trade',
  subject_ru: 'Казахстан торговля',
  year: '2010',
  figure_text: '$12.3 billion',
  empty: '',
};

/** The synthetic store with subjects, metrics and fact rows a search can find. */
function searchableExport(): CaravanExport {
  const data = syntheticExport();
  const subjectOf = (n: number) =>
    n < 14 ? `${n % 2 ? '' : 'CN-'}${COUNTRIES[Math.floor(n / 2)]}`.replace('CN-CN', 'CN') : `port:p${n}`;
  const facts = new Map<string, CaravanExport['tables']['facts'][number]>();
  for (const mention of data.tables.mentions) {
    const [subject = '', metric = '', span = '', family = ''] = mention.factKey.split('|');
    const code = subjectOf(Number(subject.slice(1)));
    const measure = METRICS[Number(metric.slice('metric'.length)) % METRICS.length] ?? 'other';
    mention.subject = code;
    mention.metric = measure;
    mention.factKey = `${code}|${measure}|${span}|${family}`;
    if (!facts.has(mention.factKey))
      facts.set(mention.factKey, {
        id: facts.size + 1,
        key: mention.factKey,
        subject: code,
        metric: measure,
        period: span,
        unitFamily: family,
      });
  }
  data.tables.facts = [...facts.values()];
  return data;
}

export async function benchFactSearch(): Promise<Record<string, number>> {
  return runInBundledPage('./fact-search-entry.ts', async (page) => {
    const data = searchableExport();
    const focusKey = data.tables.facts[0]?.key ?? '';
    const result = await page.evaluate(
      async ({ text, queries, runs, focusKey }) => {
        const api = (globalThis as unknown as { caravanSearch: SearchApi }).caravanSearch;
        const db = api.openDb('bench-search');
        await api.importStore(db, text);
        // No named inner functions: tsx's keepNames would reference a helper the page does not have.
        const timings: Record<string, { median: number; p95: number }> = {};
        const found: Record<string, number> = {};
        for (const name of [...Object.keys(queries), 'focus']) {
          const query = queries[name] ?? '';
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            if (name === 'focus') await api.readSeriesOfFact(db, focusKey);
            else found[name] = (await api.searchFacts(db, query)).series.length;
            times.push(performance.now() - t0);
          }
          times.sort((a, b) => a - b);
          timings[name] = {
            median: times[Math.floor(runs / 2)] ?? 0,
            p95: times[Math.floor(runs * 0.95)] ?? 0,
          };
        }
        const facts = await db.facts.count();
        await db.delete();
        return { timings, found, facts };
      },
      { text: JSON.stringify(data), queries: QUERIES, runs: RUNS, focusKey },
    );
    const record: Record<string, number> = {};
    for (const [name, { median, p95 }] of Object.entries(result.timings)) {
      record[`facts_search_${name}_p95_ms`] = Number(p95.toFixed(2));
      console.log(
        `facts search "${name}" (${result.facts} facts, ${result.found[name] ?? 1} series shown): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
      );
    }
    return record;
  });
}
