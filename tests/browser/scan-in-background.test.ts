// The background reads the article (ADR 11): the page's text crosses in parts, the figures come back in parts.
// A service worker stopped in the middle leaves the page with every figure and its evidence all the same.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { collectErrors, paintedFigures, readReport, startBrowser, waitForScan } from './support/extension';
import { hugeTextPage } from './support/generated-pages';
import { armServiceWorkerStop } from './support/service-worker';

/** Generated pages, served by the browser itself at an address where the demo build's content script runs. */
const SITE = 'http://127.0.0.1:9/';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
  // 3 MB of article text: about fifty parts of text on the way there, a dozen parts of figures on the way back.
  const html = hugeTextPage(3);
  await browser.context.route(`${SITE}**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
});
afterAll(async () => {
  await browser?.close();
});

/** Resolves once some service worker of the extension receives a message of this type (a string: see faults.test). */
function messageArrives(type: string): Promise<unknown> {
  const wait = `new Promise((resolve) => chrome.runtime.onMessage.addListener((message) => {
    if (message && message.type === ${JSON.stringify(type)}) resolve(true);
  }))`;
  return Promise.any(browser.context.serviceWorkers().map((worker) => worker.evaluate(wait)));
}

/**
 * Holds each part of the page's text up in the current worker for `ms`, so that the transfer outlasts the round
 * trip of a stop struck after its first part, however loaded the machine. A restarted worker reads at full speed.
 */
function slowParts(ms: number): Promise<unknown> {
  const hold = `chrome.runtime.onMessage.addListener((message) => {
    if (message && message.type === 'page:scan-part') {
      const until = Date.now() + ${ms};
      while (Date.now() < until);
    }
  })`;
  return Promise.all(browser.context.serviceWorkers().map((worker) => worker.evaluate(hold).catch(() => {})));
}

async function scanned(page: Page) {
  const tabId = await waitForScan(browser, page);
  return { report: await readReport(browser, tabId), painted: await paintedFigures(page) };
}

test('a long article is read in the background and every figure it finds is painted, with its evidence', async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${SITE}calm/`, { timeout: 60_000 });
  const { report, painted } = await scanned(page);
  expect(report.isTopic).toBe(true);
  expect(report.evidence.length).toBeGreaterThan(0);
  expect(report.figures.length).toBeGreaterThan(500);
  expect(painted.map((figure) => figure.text)).toEqual(report.figures.map((figure) => figure.text));
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('a worker stopped while the page text crosses in parts: the page sends it again and loses no figure', async () => {
  const calm = await browser.context.newPage();
  await calm.goto(`${SITE}calm-again/`, { timeout: 60_000 });
  const expected = (await scanned(calm)).report.figures.map((figure) => figure.text);
  await calm.close();

  const strike = await armServiceWorkerStop(browser);
  await slowParts(40);
  const firstPart = messageArrives('page:scan-part');
  let readBeforeStop = false;
  void messageArrives('page:scan').then(
    () => {
      readBeforeStop = true;
    },
    () => {},
  );
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${SITE}stopped/`, { timeout: 60_000 });
  await firstPart;
  await strike();
  // The stop must land among the parts for this test to say anything: the whole text had not arrived yet.
  expect(readBeforeStop).toBe(false);

  const { report, painted } = await scanned(page);
  expect(report.isTopic).toBe(true);
  expect(report.evidence.length).toBeGreaterThan(0);
  expect(report.figures.map((figure) => figure.text)).toEqual(expected);
  expect(painted).toHaveLength(expected.length);
  expect(errors).toEqual([]);
  await page.close();
}, 180_000);
