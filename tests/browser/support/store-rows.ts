import type { ExtensionBrowser } from '../../../scripts/lib/launch-browser';

/**
 * Every row of some tables of the extension's IndexedDB, read from an extension page (the store's own
 * origin). It never creates the database nor holds it open: a table the background has not made yet is empty.
 */
export async function readStoreRows<T = Record<string, unknown>>(
  browser: ExtensionBrowser,
  table: 'articles' | 'articleFigures' | 'factReports',
): Promise<T[]> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const rows = await page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('caravan');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
          db.close();
        };
      }),
    table,
  );
  await page.close();
  return rows as T[];
}

/** Every stored figure, each with its article's id (figures are kept in one row per article). */
export async function readStoreMentions<T = Record<string, unknown>>(
  browser: ExtensionBrowser,
): Promise<(T & { articleId: number })[]> {
  const rows = await readStoreRows<{ articleId: number; figures: T[] }>(browser, 'articleFigures');
  return rows.flatMap((row) => row.figures.map((figure) => ({ ...figure, articleId: row.articleId })));
}
