import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listDemoPages } from '../../scripts/lib/demo-server';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { compareFigures } from '../support/expected-figures';
import {
  collectErrors,
  demoUrl,
  openPanel,
  paintedFigures,
  readExpected,
  readReport,
  startBrowser,
  waitForScan,
} from './support/extension';

const pages = await listDemoPages();
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(pages.filter((page) => page.topic).map((page) => page.slug))('on-topic article %s', (slug) => {
  test('highlights the figures of the article and nothing else, without touching the DOM', async () => {
    const expected = await readExpected(slug);
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demoUrl()}${slug}/`);
    const htmlBefore = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await waitForScan(browser, page);
    const report = await readReport(browser, tabId);
    expect(report.isTopic).toBe(true);
    expect(compareFigures(report.figures, expected.figures)).toEqual([]);
    const painted = (await paintedFigures(page)).map((figure) => figure.text);
    expect(painted).toEqual(report.figures.map((figure) => figure.text));
    for (const wrong of expected.notFigures) expect(painted).not.toContain(wrong);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(htmlBefore);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(pages.filter((page) => !page.topic).map((page) => page.slug))(
  'page that is not a China–Central Asia article: %s',
  (slug) => {
    test('gets no highlight, logs no error, and the panel says there is nothing here', async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${demoUrl()}${slug}/`);
      const tabId = await waitForScan(browser, page);
      expect(await paintedFigures(page)).toEqual([]);
      const panel = await openPanel(browser, tabId);
      expect(await panel.locator('.figure-list').count()).toBe(0);
      await expect.poll(() => panel.locator('main').innerText()).toMatch(/Nothing here/);
      expect(errors).toEqual([]);
      await panel.close();
      await page.close();
    });
  },
);
