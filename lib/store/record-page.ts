import type { PageReport, StoreStats } from '../messages';
import { siteOf } from '../settings';
import type { CaravanDb } from './db';
import { reportsByKey, rewriteFactReports } from './fact-reports';
import { findArticle } from './find-article';
import { articleFiguresRow, countMentions } from './mentions-of';
import type { FactRow } from './rows';

/** The fact rows a page's figures report (one per distinct fact key). */
export function factsOf(page: PageReport): Omit<FactRow, 'id'>[] {
  const facts = new Map<string, Omit<FactRow, 'id'>>();
  for (const figure of page.figures) {
    if (!figure.factKey || facts.has(figure.factKey)) continue;
    const unitFamily = figure.factKey.split('|')[3] ?? '';
    facts.set(figure.factKey, {
      key: figure.factKey,
      subject: figure.subject,
      metric: figure.metric,
      period: figure.period,
      unitFamily,
    });
  }
  return [...facts.values()];
}

/** The tables a visit writes: one list, so that a save or an import can take them all in its transaction. */
export function pageTables(db: CaravanDb) {
  return [db.articles, db.articleFigures, db.factReports, db.facts, db.sources];
}

/**
 * Stores an article, its source, its figures and the facts they report, in one transaction: a repeat visit
 * (same url or same canonical url) updates the article (keeping its address, first visit and saved flag) and
 * replaces its mentions, so the store holds each article's latest reading once. All of it is written or none.
 */
export async function recordPage(db: CaravanDb, page: PageReport, now = Date.now()): Promise<number> {
  return db.transaction('rw', pageTables(db), async () => {
    const site = siteOf(page.url);
    const source = await db.sources.where('site').equals(site).first();
    if (!source) await db.sources.add({ site, name: page.siteName || site, firstSeen: now });
    else if (page.siteName && source.name !== page.siteName)
      await db.sources.update(source.id, { name: page.siteName });

    // The same article under another address (a tracking parameter, a mirror) is found by its canonical url.
    const existing = await findArticle(db, page.url, page.canonicalUrl);
    const fields = {
      url: existing?.url ?? page.url,
      canonicalUrl: page.canonicalUrl || page.url,
      title: page.title,
      site,
      lang: page.lang,
      publishedAt: page.publishedAt,
      lastSeen: now,
    };
    const articleId = existing ? existing.id : await db.articles.add({ ...fields, firstSeen: now, saved: 0 });
    if (existing) await db.articles.update(existing.id, fields);
    // The article's figures are one row: putting it replaces what an earlier visit stored.
    const before = existing ? await db.articleFigures.get(existing.id) : undefined;
    await db.articleFigures.put(articleFiguresRow(articleId, page.figures));
    await rewriteFactReports(
      db,
      new Set([articleId]),
      (before?.figures ?? []).map((figure) => figure.factKey).filter(Boolean),
      reportsByKey([[{ ...fields, id: articleId }, page.figures]]),
    );
    for (const fact of factsOf(page)) {
      if (!(await db.facts.where('key').equals(fact.key).first())) await db.facts.add(fact as FactRow);
    }
    return articleId;
  });
}

/** How many articles and figure mentions the store holds. */
export async function readStats(db: CaravanDb): Promise<StoreStats> {
  const [articles, mentions] = await Promise.all([db.articles.count(), countMentions(db)]);
  return { articles, mentions };
}
