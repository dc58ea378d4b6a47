import { browser } from 'wxt/browser';
import { measureFigures } from '../facts/measure-figures';
import { t } from '../i18n';
import { saveArticle } from '../list/save-article';
import { handleMessages } from '../messages';
import { clearStore } from '../store/clear-store';
import { type CaravanDb, openDb } from '../store/db';
import { readSeriesOfFact } from '../store/fact-series';
import { linkPage } from '../store/link-figures';
import { isQuotaError } from '../store/quota';
import { readStats, recordPage } from '../store/record-page';
import { searchFacts } from '../store/search-facts';
import { pageScanHandlers } from './page-scans';
import { RecordUploads } from './record-uploads';
import { afterStoreReady, type StoreReady, storeAlwaysReady } from './store-ready';

/** Answers the background's side of the message protocol, all in one place. */
export function registerHandlers(
  db: CaravanDb = openDb(),
  storeReady: StoreReady = storeAlwaysReady,
): () => void {
  const uploads = new RecordUploads();
  const stored = <A extends unknown[], R>(handler: (...args: A) => Promise<R>) =>
    afterStoreReady(storeReady, handler);
  return handleMessages({
    'page:record-part': async ({ upload, figures }) => {
      uploads.add(upload, figures);
      return undefined;
    },
    'page:record': stored(async ({ report, upload }) => {
      const page = upload ? { ...report, figures: uploads.take(upload.id, upload.count) } : report;
      try {
        return { articleId: await recordPage(db, page) };
      } catch (error) {
        throw isQuotaError(error) ? new Error(t('errorDiskFull')) : error;
      }
    }),
    'facts:links': stored(async ({ url, canonicalUrl }) => linkPage(db, url, canonicalUrl)),
    'page:measure': async (request) => measureFigures(request),
    ...pageScanHandlers(),
    'store:stats': stored(async () => readStats(db)),
    'facts:search': stored(async ({ query }) => searchFacts(db, query)),
    'facts:series': stored(async ({ factKey }) => readSeriesOfFact(db, factKey)),
    'store:clear': stored(async () => {
      await clearStore(db);
      return readStats(db);
    }),
    'panel:open-fact': async ({ factKey }) => {
      const url = browser.runtime.getURL(`/popup.html?view=facts&fact=${encodeURIComponent(factKey)}`);
      await browser.tabs.create({ url });
      return undefined;
    },
    'list:save': stored(async (capture) => {
      try {
        return { articleId: await saveArticle(db, capture) };
      } catch (error) {
        throw isQuotaError(error) ? new Error(t('errorDiskFull')) : error;
      }
    }),
    'page:badge': async ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
      if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b35c00' });
      return undefined;
    },
  });
}
