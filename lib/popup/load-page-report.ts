import { browser } from 'wxt/browser';
import { type PageReport, sendToTab } from '../messages';
import { readReportInParts } from '../report-parts';

/** The content script's report for a tab, or null where Caravan is not running on it. */
export async function loadPageReport(tabId: number): Promise<PageReport | null> {
  try {
    return await readReportInParts((from) => sendToTab(tabId, 'page:report', { from }));
  } catch {
    return null;
  }
}

/** Runs the content script on a tab the reader asked about (granted through activeTab), then asks again. */
export async function scanTabOnDemand(tabId: number): Promise<PageReport | null> {
  await browser.scripting.insertCSS({ target: { tabId }, files: ['/content-scripts/content.css'] });
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  for (let attempt = 0; attempt < 20; attempt++) {
    const report = await loadPageReport(tabId);
    if (report) return report;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}
