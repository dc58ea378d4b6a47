// The fact store at scale, on real IndexedDB in Chromium: import an export of 100,000 mentions across 10,000
// articles, then link every figure of one page to the rest (p95 over many pages). Each of 20,000 facts is
// reported about five times, as a fact is across outlets.
import type { CaravanDb } from '../../lib/store/db';
import type { CaravanExport } from '../../lib/store/export-store';
import type { FigureLinks } from '../../lib/store/link-figures';
import { runInBundledPage } from './in-chromium';

interface StoreApi {
  openDb: (name: string) => CaravanDb;
  importStore: (db: CaravanDb, text: string) => Promise<unknown>;
  linkPage: (db: CaravanDb, url: string, canonicalUrl: string) => Promise<FigureLinks[]>;
  readStats: (db: CaravanDb) => Promise<{ mentions: number }>;
}

const ARTICLES = 10_000;
const PER_ARTICLE = 10;
const FACT_KEYS = 20_000;
const LINKED_PAGES = 200;

/** A synthetic export: articles of 10 figures each, every figure reporting one of 20,000 facts. */
export function syntheticExport(): CaravanExport {
  const tables: CaravanExport['tables'] = { sources: [], articles: [], mentions: [], facts: [] };
  for (let s = 1; s <= 50; s++)
    tables.sources.push({ id: s, site: `site${s}.example`, name: `Site ${s}`, firstSeen: 0 });
  let mentionId = 1;
  for (let a = 1; a <= ARTICLES; a++) {
    const site = `site${(a % 50) + 1}.example`;
    const url = `https://${site}/article/${a}`;
    tables.articles.push({
      id: a,
      url,
      canonicalUrl: url,
      title: `Article ${a}`,
      site,
      lang: 'en',
      publishedAt: '2025-01-01',
      firstSeen: a,
      lastSeen: a,
      saved: 0,
    });
    for (let i = 0; i < PER_ARTICLE; i++) {
      const key = (a * 7919 + i * 104729) % FACT_KEYS;
      const factKey = `S${key % 40}|metric${Math.floor(key / 40) % 20}|${2000 + Math.floor(key / 800)}|USD`;
      const text = `$${(key % 1000) / 10} billion`;
      tables.mentions.push({
        id: mentionId++,
        articleId: a,
        index: i,
        text,
        value: ((key % 1000) / 10) * 1e9,
        unit: 'USD',
        kind: 'money',
        approx: 'none',
        context: `Trade reached ${text} in that year.`,
        conversionOf: -1,
        quote: { exact: text, prefix: 'Trade reached ', suffix: ' in that year.' },
        position: { start: i * 40, end: i * 40 + 12 },
        fragment: `${url}#:~:text=${encodeURIComponent(text)}`,
        subject: `S${key % 40}`,
        metric: 'trade_volume',
        growthOf: '',
        period: String(2000 + (key % 25)),
        status: 'actual',
        factKey,
      });
    }
  }
  return { format: 'caravan-fact-store', schemaVersion: 2, exportedAt: '', tables };
}

export async function benchStoreScale(): Promise<Record<string, number>> {
  return runInBundledPage('./store-entry.ts', async (page) => {
    const text = JSON.stringify(syntheticExport());
    const result = await page.evaluate(
      async ({ text, pages, articles }) => {
        const api = (globalThis as unknown as { caravanStore: StoreApi }).caravanStore;
        const db = api.openDb('bench-scale');
        const started = performance.now();
        await api.importStore(db, text);
        const importMs = performance.now() - started;
        const { mentions } = await api.readStats(db);
        // The pages linked, by address as the background's 'facts:links' gets them (read before timing).
        const linked = await db.articles.bulkGet(
          Array.from({ length: pages }, (_, p) => 1 + ((p * 48271) % articles)),
        );
        const times: number[] = [];
        let figures = 0;
        for (const article of linked) {
          if (!article) throw new Error('A linked page is not stored');
          const t0 = performance.now();
          figures += (await api.linkPage(db, article.url, article.canonicalUrl)).length;
          times.push(performance.now() - t0);
        }
        if (figures === 0) throw new Error('Linking found the stored pages but no figure on them');
        times.sort((a, b) => a - b);
        await db.delete();
        return {
          importMs,
          mentions,
          p95: times[Math.floor(times.length * 0.95)] ?? Number.NaN,
          median: times[Math.floor(times.length / 2)] ?? Number.NaN,
        };
      },
      { text, pages: LINKED_PAGES, articles: ARTICLES },
    );
    console.log(
      `store at scale (Chromium IndexedDB): ${result.mentions} mentions imported in ${(result.importMs / 1000).toFixed(1)} s; linking one page: median ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`,
    );
    return {
      import_100k_s: Number((result.importMs / 1000).toFixed(2)),
      link_p95_ms: Number(result.p95.toFixed(2)),
    };
  });
}
