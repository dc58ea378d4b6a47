// Faults in the middle of a write: the service worker stopped while it stores a page, the options page closed
// or crashed while it imports, a full disk. Each leaves the store exactly as it was before, or complete.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import demoFacts from '@/lib/store/demo-facts.json';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { demoUrl, openPanel, readReport, startBrowser, waitForScan } from './support/extension';
import { readStoreTables } from './support/injection';
import { armServiceWorkerStop as armStop } from './support/service-worker';

const TABLES = ['sources', 'articles', 'mentions', 'facts'] as const;
type Rows = Record<string, Record<string, unknown>[]>;

/** What the store holds: every row of every table, and a digest of each table. */
interface Snapshot {
  rows: Rows;
  digests: Record<string, string>;
}

const digestOf = (rows: Record<string, unknown>[]) =>
  createHash('sha256').update(JSON.stringify(rows)).digest('hex');

let browser: ExtensionBrowser;
let faults = 0;

beforeAll(async () => {
  browser = await startBrowser();
  // Served on the demo origin, where the demo build runs: long articles generated per trial.
  await browser.context.route(
    (url) => url.pathname.startsWith('/fault/'),
    (route) => {
      const trial = new URL(route.request().url()).pathname.split('/')[2] ?? '';
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: longArticle(trial),
      });
    },
  );
  // The demo facts are stored before anything else runs.
  for (let attempt = 0; attempt < 300; attempt++) {
    const rows = await withExtensionPage((page) => readStoreTables(page, TABLES)).catch(() => null);
    if (rows?.mentions?.length === demoFacts.tables.mentions.length) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
afterAll(async () => {
  console.info(`faults.test: ${faults} faults injected`);
  await browser?.close();
});

/** An on-topic article with about 2,000 figures: storing it takes long enough to be cut off midway. */
function longArticle(trial: string, paragraphs = 1000): string {
  const rows = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>In week ${(i % 52) + 1}, freight trains between China and Kazakhstan carried ${(1000 + i * 7).toLocaleString('en-US')} containers through Khorgos, and goods sent from Xi'an to Almaty were worth $${(i % 90) + 1}.${i % 10} million, customs officials in Urumqi said.</p>`,
  );
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>China–Kazakhstan rail freight, week by week — Steppe Ledger</title></head>
<body><main><article><h1>China–Kazakhstan rail freight, week by week (${trial})</h1>${rows.join('\n')}</article></main></body></html>`;
}

/**
 * Runs `work` in a fresh extension page, closed after. (Extension pages share one renderer with the worker: a
 * page kept open would die with the crash a test injects.) The panel, not the options page: an options page
 * would take the news of an interrupted import meant for the reader.
 */
async function withExtensionPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    return await work(page);
  } finally {
    await page.close();
  }
}

async function snapshot(): Promise<Snapshot> {
  const rows = await withExtensionPage((page) => readStoreTables(page, TABLES));
  return { rows, digests: Object.fromEntries(TABLES.map((table) => [table, digestOf(rows[table] ?? [])])) };
}

/** The rows of `after` that were already in `before` (by id) are unchanged; returns the rows added. */
function addedRows(before: Snapshot, after: Snapshot): Rows | null {
  const added: Rows = {};
  for (const table of TABLES) {
    const known = new Set((before.rows[table] ?? []).map((row) => row.id));
    const kept = (after.rows[table] ?? []).filter((row) => known.has(row.id));
    if (digestOf(kept) !== before.digests[table]) return null;
    added[table] = (after.rows[table] ?? []).filter((row) => !known.has(row.id));
  }
  return added;
}

const isUnchanged = (before: Snapshot, after: Snapshot) =>
  TABLES.every((table) => before.digests[table] === after.digests[table]);

/** Arms a stop of every service worker (support/service-worker.ts) that counts as one fault injected. */
async function armServiceWorkerStop(): Promise<() => Promise<void>> {
  const strike = await armStop(browser);
  return async () => {
    await strike();
    faults++;
  };
}

async function stopServiceWorker(): Promise<void> {
  await (await armServiceWorkerStop())();
}

/** Sends a message, as any page would, which starts the worker again; waits until it answers. */
async function wakeServiceWorker(): Promise<void> {
  await withExtensionPage((page) =>
    expect
      .poll(
        () =>
          // A string: the tests' typings of `chrome` cover only what the worker-side helpers use.
          page.evaluate(`chrome.runtime.sendMessage({ type: 'store:stats' }).then(
            (answer) => answer?.ok === true,
            () => false,
          )`),
        { timeout: 15_000 },
      )
      .toBe(true),
  );
}

/**
 * Counts IndexedDB writes in a context (the worker or an extension page), to strike while they are in flight.
 * With `holdMs`, the transaction of write number `holdAt` is then kept open that long by reads chained one after
 * another (the thread stays free), so a stop struck meanwhile surely lands in the middle of the write, however
 * loaded the machine.
 */
const countWrites = (holdMs = 0, holdAt = 1) => `(() => {
  globalThis.__caravanHoldMs = ${holdMs};
  const proto = IDBObjectStore.prototype;
  if (!proto.__caravanCounted) {
    globalThis.__caravanWrites = 0;
    for (const name of ['add', 'put']) {
      const write = proto[name];
      proto[name] = function (...args) {
        if (++globalThis.__caravanWrites === ${holdAt} && globalThis.__caravanHoldMs > 0) {
          const until = Date.now() + globalThis.__caravanHoldMs;
          const keepOpen = () => {
            if (Date.now() < until) this.count().onsuccess = keepOpen;
          };
          keepOpen();
        }
        return write.apply(this, args);
      };
    }
    proto.__caravanCounted = true;
  }
})()`;
/** Long enough for any fault to land while a write is held open; a fault ends the hold much sooner. */
const HOLD_MS = 15_000;
const waitForWrites = (minimum: number) => `new Promise((resolve, reject) => {
  const started = Date.now();
  const check = () => {
    if ((globalThis.__caravanWrites ?? 0) >= ${minimum}) resolve(globalThis.__caravanWrites);
    else if (Date.now() - started > 30000) reject(new Error('no writes started'));
    else setTimeout(check, 1);
  };
  check();
})`;

describe('the service worker stopped while it stores a page', () => {
  // Delays after the first writes of the page's transaction: from at once to well after it should be done. The
  // first trial holds the transaction open, so one stop surely lands in the middle of a write.
  const TRIALS = [
    { delay: 0, holdMs: HOLD_MS },
    { delay: 0, holdMs: 0 },
    { delay: 10, holdMs: 0 },
    { delay: 50, holdMs: 0 },
    { delay: 2000, holdMs: 0 },
  ];
  const outcomes: string[] = [];

  test.each(TRIALS.map(({ delay, holdMs }, trial) => [trial, delay, holdMs]))(
    'trial %i: stopped %i ms into the write (held open %i ms), the store is as before or holds the whole page',
    async (trial, delay, holdMs) => {
      await wakeServiceWorker();
      const before = await snapshot();
      // A stopped worker can linger in the context's list beside its successor: arm and watch every one.
      const workers = browser.context.serviceWorkers();
      await Promise.all(workers.map((worker) => worker.evaluate(countWrites(holdMs)).catch(() => {})));
      const strike = await armServiceWorkerStop();
      const page = await browser.context.newPage();
      await page.goto(`${demoUrl()}fault/record-${trial}/`);
      // The first write of the page's transaction: the article's row, before its figures and facts.
      await Promise.any(workers.map((worker) => worker.evaluate(waitForWrites(1))));
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      await strike();
      await wakeServiceWorker();

      // The page sends a cut-off record once more, at once: its outcome is known when the article is stored or
      // the page has given up with an error for the panel.
      const tabId = await waitForScan(browser, page);
      await expect
        .poll(
          async () =>
            (await readReport(browser, tabId)).storeError !== '' ||
            ((await snapshot()).rows.articles ?? []).some((row) => row.url === page.url()),
          { timeout: 30_000, interval: 200 },
        )
        .toBe(true);
      const after = await snapshot();
      const report = await readReport(browser, tabId);
      expect(report.figures.length).toBeGreaterThan(1500);
      let outcome = 'before';
      if (!isUnchanged(before, after)) {
        const added = addedRows(before, after);
        expect(added, 'rows stored before were changed').not.toBeNull();
        const [article] = added?.articles ?? [];
        expect(added?.articles).toHaveLength(1);
        expect(article?.url).toBe(page.url());
        const mentions = added?.mentions ?? [];
        expect(mentions.map((row) => [row.articleId, row.text])).toEqual(
          report.figures.map((figure) => [article?.id, figure.text]),
        );
        outcome = 'complete';
      }
      outcomes.push(outcome);
      // The panel says what happened in plain words whenever the worker was stopped before it answered.
      const panel = await openPanel(browser, tabId);
      const alerts = await panel.getByRole('alert').allTextContents();
      if (outcome === 'before')
        expect(alerts.join(' ')).toContain('Caravan was interrupted while storing this article');
      else expect(alerts.every((text) => text.includes('interrupted'))).toBe(true);
      await panel.close();
      await page.close();
    },
  );

  afterAll(() => console.info(`faults.test: record outcomes ${outcomes.join(', ')}`));
});

/** An export with `articles` articles of `perArticle` figures each, built from a demo row. */
function bigExport(articles: number, perArticle: number): string {
  const [articleRow] = demoFacts.tables.articles;
  const [mentionRow] = demoFacts.tables.mentions;
  const rows = Array.from({ length: articles }, (_, a) => ({
    ...articleRow,
    id: a + 1,
    url: `https://import-test.example/trade/${a + 1}/`,
    canonicalUrl: `https://import-test.example/trade/${a + 1}/`,
    site: 'import-test.example',
  }));
  const mentions = rows.flatMap((article) =>
    Array.from({ length: perArticle }, (_, index) => ({
      ...mentionRow,
      id: (article.id - 1) * perArticle + index + 1,
      articleId: article.id,
      index,
      text: `${index + 1} trains`,
      value: index + 1,
    })),
  );
  return JSON.stringify({
    format: 'caravan-fact-store',
    schemaVersion: demoFacts.schemaVersion,
    exportedAt: '2025-06-01T00:00:00.000Z',
    tables: {
      sources: [{ id: 1, site: 'import-test.example', name: 'Import test', firstSeen: 0 }],
      articles: rows,
      mentions,
      facts: [],
    },
  });
}

/**
 * Writes into the import of bigExport(200, 100): its 200 articles, 200 rows of figures (one per article), the
 * fact's row and the source come to about 400, so 150 is in the middle of it.
 */
const MIDWAY_WRITES = 150;

describe('an import of 20,000 figures cut off midway', () => {
  const file = {
    name: 'caravan-facts-big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bigExport(200, 100)),
  };

  /** Starts the import; with `holdMs`, its transaction is held open once MIDWAY_WRITES writes are under way. */
  async function startImport(holdMs = 0): Promise<Page> {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.evaluate(countWrites(holdMs, MIDWAY_WRITES));
    await options.locator('input[type=file]').setInputFiles(file);
    return options;
  }

  const statusOfNewOptionsPage = async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // The page tells of an interrupted import as soon as it has checked; a page with nothing to tell stays quiet.
    await options
      .locator('.data-status')
      .waitFor({ timeout: 3000 })
      .catch(() => {});
    const text = (await options.locator('.data-status').allTextContents()).join(' ');
    await options.close();
    return text;
  };

  test('the options page crashing mid-import leaves the store as it was, and the next one says so', async () => {
    const before = await snapshot();
    const options = await startImport(HOLD_MS);
    await options.evaluate(waitForWrites(MIDWAY_WRITES));
    const crashed = new Promise((resolve) => options.once('crash', resolve));
    const cdp = await browser.context.newCDPSession(options);
    void cdp.send('Page.crash').catch(() => {});
    await crashed;
    faults++;
    await options.close();
    expect(isUnchanged(before, await snapshot())).toBe(true);
    expect(await statusOfNewOptionsPage()).toBe(
      'The import of caravan-facts-big.json was interrupted before it finished. Nothing of it was kept: the store is as it was before. Import the file again.',
    );
    // Told once: the page after that starts clean.
    expect(await statusOfNewOptionsPage()).toBe('');
  });

  test('the options page closed mid-import leaves the store as it was', async () => {
    const before = await snapshot();
    const options = await startImport(HOLD_MS);
    await options.evaluate(waitForWrites(MIDWAY_WRITES));
    await options.close();
    faults++;
    expect(isUnchanged(before, await snapshot())).toBe(true);
    expect(await statusOfNewOptionsPage()).toContain('was interrupted before it finished');
  });

  test('a full disk mid-import is reported in plain words and stores nothing of it', async () => {
    const before = await snapshot();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.evaluate(`(() => {
      const proto = IDBObjectStore.prototype;
      let writes = 0;
      for (const name of ['add', 'put']) {
        const write = proto[name];
        proto[name] = function (...args) {
          if (++writes > ${MIDWAY_WRITES}) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return write.apply(this, args);
        };
      }
    })()`);
    await options.locator('input[type=file]').setInputFiles(file);
    await expect
      .poll(() => options.getByRole('alert').textContent(), { timeout: 30_000 })
      .toBe(
        'Your disk is full, so nothing of this import was stored. Everything stored before is safe. Free some disk space and import the file again.',
      );
    faults++;
    await options.close();
    expect(isUnchanged(before, await snapshot())).toBe(true);
  });

  test('the service worker stopped mid-import changes nothing: the import runs in the page and completes', async () => {
    const before = await snapshot();
    const options = await startImport();
    await options.evaluate(waitForWrites(MIDWAY_WRITES));
    await stopServiceWorker();
    await expect
      .poll(() => options.getByRole('status').textContent(), { timeout: 60_000 })
      .toBe('Imported 20000 figures from 200 articles.');
    await options.close();
    const added = addedRows(before, await snapshot());
    expect(added?.articles).toHaveLength(200);
    expect(added?.mentions).toHaveLength(20_000);
    expect(added?.sources).toHaveLength(1);
    await wakeServiceWorker();
  });
});
