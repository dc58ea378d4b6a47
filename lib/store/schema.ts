import type { Transaction } from 'dexie';
import { wordingOf } from './reprints';
import { SIGNED_FALLS_VERSION, type StoredChange, signedStoredValue } from './signed-falls';

/**
 * Every version of the fact store's schema, oldest first. Versions are only ever appended: a released
 * version's stores and upgrade never change. Each has a snapshot fixture in tests/fixtures/db/v<N>.json, and
 * one test upgrades every snapshot to the newest version.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

// A copy of settings' siteOf, not an import: a released upgrade must not change when that code does.
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      articles: '++id, &url, site, lang, firstSeen, lastSeen',
      mentions: '++id, articleId, [articleId+index], unit, kind, value',
    },
  },
  {
    // v2: provenance (canonical url, publication date, sources), selectors to find a figure again, what it
    // measures, facts, and the reading-list flag.
    version: 2,
    stores: {
      articles: '++id, &url, canonicalUrl, site, lang, publishedAt, firstSeen, lastSeen, saved',
      // Only what queries use: a page's figures in order, and the same fact across articles.
      mentions: '++id, [articleId+index], factKey',
      facts: '++id, &key, subject, metric, period',
      sources: '++id, &site',
    },
    upgrade: async (tx) => {
      const sites = new Map<string, number>();
      await tx
        .table('articles')
        .toCollection()
        .modify((article: Record<string, unknown>) => {
          const url = String(article.url ?? '');
          article.canonicalUrl ??= url;
          article.publishedAt ??= '';
          article.saved ??= 0;
          article.site = hostOf(url) || String(article.site ?? '');
          const site = String(article.site);
          const firstSeen = Number(article.firstSeen ?? 0);
          if (site && (!sites.has(site) || firstSeen < (sites.get(site) ?? Infinity)))
            sites.set(site, firstSeen);
        });
      await tx
        .table('mentions')
        .toCollection()
        .modify((mention: Record<string, unknown>) => {
          const text = String(mention.text ?? '');
          mention.quote ??= { exact: text, prefix: '', suffix: '' };
          mention.position ??= null;
          mention.fragment ??= '';
          for (const field of ['subject', 'metric', 'growthOf', 'period', 'status', 'factKey'])
            mention[field] ??= '';
          mention.conversionOf ??= -1;
        });
      await tx
        .table('sources')
        .bulkAdd([...sites].map(([site, firstSeen]) => ({ site, name: site, firstSeen })));
    },
  },
  {
    // v3: the reading list. A saved copy's list entry (lean, what the list shows and filters on), its text
    // (read only by the reader page), and a search index of posting lists, one row per term. Articles saved
    // under v2 have no text to keep, so they stay flagged and get no copy.
    version: 3,
    stores: {
      // Every filter and sort has an index, so the list is picked from keys alone and reads one page of rows.
      copies: 'articleId, savedAt, publishedAt, title, site, lang, read, *tags',
      bodies: 'articleId',
      terms: 'term',
    },
  },
  {
    // v4: one row per article holding its figures in reading order, and one row per fact holding its reports
    // (docs/adr/0006): importing an article is one write instead of one per figure, and linking a page reads
    // one row per fact. A figure is named by its article and index; the mentions' own ids go.
    version: 4,
    stores: { mentions: null, articleFigures: 'articleId, figureCount', factReports: 'key' },
    upgrade: async (tx) => {
      const byArticle = new Map<number, Record<string, unknown>[]>();
      const byKey = new Map<string, Record<string, unknown>[]>();
      await tx
        .table('mentions')
        .toCollection()
        .each((mention: Record<string, unknown>) => {
          const { id: _id, articleId, ...figure } = mention;
          const figures = byArticle.get(Number(articleId)) ?? [];
          figures.push(figure);
          byArticle.set(Number(articleId), figures);
          const key = String(mention.factKey ?? '');
          if (!key) return;
          const { index, text, value, unit, approx, status, fragment } = mention;
          const reports = byKey.get(key) ?? [];
          reports.push({ articleId, index, text, value, unit, approx, status, fragment });
          byKey.set(key, reports);
        });
      const byPosition = (a: Record<string, unknown>, b: Record<string, unknown>) =>
        Number(a.articleId ?? 0) - Number(b.articleId ?? 0) || Number(a.index) - Number(b.index);
      await tx.table('articleFigures').bulkAdd(
        [...byArticle].map(([articleId, figures]) => ({
          articleId,
          figureCount: figures.length,
          figures: figures.sort(byPosition),
        })),
      );
      await tx
        .table('factReports')
        .bulkAdd([...byKey].map(([key, reports]) => ({ key, reports: reports.sort(byPosition) })));
    },
  },
  {
    // v5: each fact report copies its article's title, site and date, and falls back to the article's address
    // when the figure has no text-fragment link, so linking a page reads no article rows (docs/adr/0009). A
    // report whose article is gone was never shown, and goes.
    version: 5,
    stores: {},
    upgrade: async (tx) => {
      const articles = new Map<number, Record<string, unknown>>();
      await tx
        .table('articles')
        .toCollection()
        .each((article: Record<string, unknown>) => articles.set(Number(article.id), article));
      await tx
        .table('factReports')
        .toCollection()
        .modify((row: { reports: Record<string, unknown>[] }) => {
          row.reports = row.reports.flatMap((report) => {
            const article = articles.get(Number(report.articleId));
            if (!article) return [];
            return [
              {
                ...report,
                fragment: String(report.fragment ?? '') || String(article.url ?? ''),
                title: String(article.title ?? ''),
                site: String(article.site ?? ''),
                publishedAt: String(article.publishedAt ?? ''),
              },
            ];
          });
        });
    },
  },
  {
    // v6: each fact report copies its article's language too, so the Facts view reads no article rows: on
    // 100,000 stored figures they were most of a search's time.
    version: 6,
    stores: {},
    upgrade: async (tx) => {
      const langs = new Map<number, string>();
      await tx
        .table('articles')
        .toCollection()
        .each((article: Record<string, unknown>) =>
          langs.set(Number(article.id), String(article.lang ?? '')),
        );
      await tx
        .table('factReports')
        .toCollection()
        .modify((row: { reports: Record<string, unknown>[] }) => {
          for (const report of row.reports) report.lang = langs.get(Number(report.articleId)) ?? '';
        });
    },
  },
  {
    // v7: each fact report keeps a fingerprint of its figure's sentence, so linking tells a word-for-word reprint
    // from a second source without reading the articles (lib/store/reprints.ts, docs/adr/0014). The fingerprint
    // is the code's own: a change to `wordingOf` needs a version that computes it again.
    version: 7,
    stores: {},
    upgrade: async (tx) => {
      const sentences = new Map<string, string>();
      await tx
        .table('articleFigures')
        .toCollection()
        .each((row: { articleId: number; figures: Record<string, unknown>[] }) => {
          for (const figure of row.figures)
            sentences.set(`${row.articleId}|${figure.index}`, String(figure.context ?? ''));
        });
      await tx
        .table('factReports')
        .toCollection()
        .modify((row: { reports: Record<string, unknown>[] }) => {
          for (const report of row.reports) {
            const sentence = sentences.get(`${report.articleId}|${report.index}`) ?? '';
            report.wording = wordingOf(sentence, String(report.text ?? ''));
          }
        });
    },
  },
  {
    // v8: a change that fell is negative (docs/adr/0013). Stores written before kept every change positive; each
    // growth is read again from its sentence, and its fact reports take the signed value. The reading is the
    // code's own: a change to how a direction is read needs a version that reads the store again.
    version: SIGNED_FALLS_VERSION,
    stores: {},
    upgrade: async (tx) => {
      const signed = new Map<string, number>();
      await tx
        .table('articleFigures')
        .toCollection()
        .modify((row: { articleId: number; figures: StoredChange[] }) => {
          for (const figure of row.figures as (StoredChange & { index: number })[]) {
            const value = signedStoredValue(figure);
            if (value === figure.value) continue;
            figure.value = value;
            signed.set(`${row.articleId}|${figure.index}`, value);
          }
        });
      if (signed.size === 0) return;
      await tx
        .table('factReports')
        .toCollection()
        .modify((row: { reports: { articleId: number; index: number; value: number }[] }) => {
          for (const report of row.reports)
            report.value = signed.get(`${report.articleId}|${report.index}`) ?? report.value;
        });
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
