import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import {
  collectErrors,
  demoUrl,
  openPanel,
  paintedFigures,
  readReport,
  startBrowser,
  waitForScan,
} from './support/extension';
import { pointAtFigure, readCard } from './support/figure-card';

// A customs table states its unit once, in its caption ("单位：亿元") or a line before it ("单位：万吨"), and its
// cells are bare numbers: the built extension reads each cell in the table's unit, on the page and in the panel.

let browser: ExtensionBrowser;
const SLUG = 'cca-zh-customs-table-units';

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("a table cell's bare number reads in the unit its caption declares, in the figure card", async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${demoUrl()}${SLUG}/`);
  const tabId = await waitForScan(browser, page);
  const report = await readReport(browser, tabId);
  const cell = report.figures.findIndex((figure) => figure.text === '1,286.4');
  expect(report.figures[cell]).toMatchObject({ value: 128_640_000_000, unit: 'CNY', kind: 'money' });
  // The painted figures are in document order, as the report's.
  expect((await paintedFigures(page)).map((figure) => figure.text)).toContain('1,286.4');
  const point = await pointAtFigure(page, cell);
  expect(point.text).toBe('1,286.4');
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => readCard(page)).not.toBeNull();
  expect((await readCard(page))?.texts[0]).toBe('128.6B CNY');
  expect(errors).toEqual([]);
  await page.close();
});

test('the panel lists the cells with their readings: a growth column in percent, a line before the table in tonnes', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}${SLUG}/`);
  const tabId = await waitForScan(browser, page);
  const panel = await openPanel(browser, tabId);
  const items = panel.locator('.figure-list li');
  await expect.poll(() => items.count()).toBe(8);
  const readings = await items.evaluateAll((list) =>
    list.map((item) => [
      item.querySelector('.figure-text')?.textContent ?? '',
      item.querySelector('.figure-reading')?.textContent ?? '',
    ]),
  );
  expect(readings).toEqual(
    expect.arrayContaining([
      ['1,286.4', '128.6B CNY'],
      // A fall reads with a minus sign, not the hyphen the table prints.
      ['-2.6', '\u22122.6 %'],
      ['2,315.7', '23.16M t'],
    ]),
  );
  await panel.close();
  await page.close();
});
