import { type ArticleCapture, sendToTab } from '../messages';
import { scanTabOnDemand } from '../popup/load-page-report';

/**
 * Asks a tab's content script for its article (report and main text). Where Caravan is not running (a page
 * outside the listed news sites), the click, menu item or shortcut that asked has granted activeTab: the
 * content script is run on that tab once, then asked again.
 */
export async function captureTab(tabId: number): Promise<ArticleCapture> {
  try {
    return await sendToTab(tabId, 'page:article', undefined);
  } catch {
    await scanTabOnDemand(tabId);
    return sendToTab(tabId, 'page:article', undefined);
  }
}
