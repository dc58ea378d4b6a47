import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { collectErrors, paintedFigures, readReport, startBrowser, waitForScan } from './support/extension';
import {
  deepNestingPage,
  editableAndEncapsulatedPage,
  framedArticlePage,
  hugeTextPage,
  manyNodesPage,
  restlessPage,
} from './support/generated-pages';
import { type MainThreadTasks, traceMainThread } from './support/main-thread-tasks';

/** Generated pages, served by the browser itself at an address where the demo build's content script runs. */
const SITE = 'http://127.0.0.1:9/';
const PAGES: Record<string, () => string> = {
  huge: () => hugeTextPage(5),
  nodes: () => manyNodesPage(200_000),
  deep: () => deepNestingPage(5000),
  restless: restlessPage,
  editable: () => editableAndEncapsulatedPage(`${SITE}framed/`),
  framed: framedArticlePage,
};
const LONG_TASK_MS = 50;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
  await browser.context.route(`${SITE}**`, (route) => {
    const slug = new URL(route.request().url()).pathname.split('/')[1] ?? '';
    const page = PAGES[slug];
    return page
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: page() })
      : route.fulfill({ status: 404, body: '' });
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Loads a generated page while tracing, until the scan has answered and `settleMs` more have passed. */
async function loadTraced(
  slug: string,
  settleMs = 1500,
): Promise<{ page: Page; tabId: number; tasks: MainThreadTasks }> {
  const page = await browser.context.newPage();
  let tabId = -1;
  const tasks = await traceMainThread(page, browser.extensionId, async () => {
    await page.goto(`${SITE}${slug}/`, { timeout: 60_000 });
    tabId = await waitForScan(browser, page);
    await page.waitForTimeout(settleMs);
  });
  // The numbers the README's reliability section quotes.
  console.log(`${slug}: ${JSON.stringify(tasks)}`);
  return { page, tabId, tasks };
}

describe.each([
  ['huge', '5 MB of article text', 1000],
  ['nodes', '200,000 DOM nodes', 1000],
  ['deep', 'text nested 5,000 elements deep', 100],
])('a page of %s (%s)', (slug, _what, minFigures) => {
  test(`is scanned to the end with no task over ${LONG_TASK_MS} ms, the script's own load included`, async () => {
    const { page, tabId, tasks } = await loadTraced(slug);
    const errors = collectErrors(page);
    const report = await readReport(browser, tabId);
    expect(report.isTopic).toBe(true);
    expect(report.figures.length).toBeGreaterThanOrEqual(minFigures);
    expect((await paintedFigures(page)).length).toBe(report.figures.length);
    expect(tasks.count).toBeGreaterThan(0);
    // The task that evaluated the content script (ADR 11: 13–26 ms since the reading moved to the background).
    expect(tasks.loadMs).toBeLessThan(LONG_TASK_MS);
    expect(tasks.worstScriptMs, tasks.worstScript.join(', ')).toBeLessThan(LONG_TASK_MS);
    expect(errors).toEqual([]);
    await page.close();
    // Tracing a page of 200,000 nodes takes CI about 50 s on its own (the trace records every node's layout).
  }, 180_000);
});

// One retry: in a full run on the 2-core machine busy with other work, one trace showed a single 82 ms pause inside
// V8's tier-up check (BytecodeBudgetInterrupt) on this page, whose worst script task is 4–5 ms in every other run.
// A task that is long every time still fails.
test('a page that rewrites itself every frame keeps running, its report stays, and no task runs long', {
  retry: 1,
}, async () => {
  const { page, tabId, tasks } = await loadTraced('restless', 4000);
  const report = await readReport(browser, tabId);
  expect(report.figures.map((figure) => figure.text)).toHaveLength(10);
  // The ticker's own figure is page furniture that changes every frame: never painted, never a loop.
  expect((await paintedFigures(page)).map((figure) => figure.text)).toEqual(
    report.figures.map((f) => f.text),
  );
  const frames = Number(await page.evaluate(() => document.body.dataset.frames));
  await page.waitForTimeout(500);
  expect(Number(await page.evaluate(() => document.body.dataset.frames))).toBeGreaterThan(frames);
  expect(tasks.loadMs).toBeLessThan(LONG_TASK_MS);
  expect(tasks.worstScriptMs, tasks.worstScript.join(', ')).toBeLessThan(LONG_TASK_MS);
  await page.close();
});

describe('a page with editable areas, form fields, a shadow root and a same-origin frame', () => {
  test('gets paint only in its article text, and typing in it changes nothing Caravan shows', async () => {
    const { page, tabId } = await loadTraced('editable');
    const errors = collectErrors(page);
    const before = await readReport(browser, tabId);
    const outside = await page.evaluate(() => {
      const wrong: string[] = [];
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight) {
          const element = range.startContainer.parentElement;
          if (
            !element?.closest('article') ||
            element.closest('[contenteditable], textarea, input, #host, iframe')
          )
            wrong.push(range.startContainer.textContent?.slice(range.startOffset, range.endOffset) ?? '');
        }
      }
      return wrong;
    });
    expect(outside).toEqual([]);
    expect(before.figures.length).toBe(4);

    await page.click('#editor p');
    await page.keyboard.type(' China and Kazakhstan signed for 900 tonnes, up 7 percent.', { delay: 20 });
    await page.click('#notes');
    await page.keyboard.type(' Uzbekistan and China: 60 percent more.', { delay: 20 });
    await page.waitForTimeout(1500);
    const after = await readReport(browser, tabId);
    expect(after.figures).toEqual(before.figures);
    expect((await paintedFigures(page)).length).toBe(before.figures.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
