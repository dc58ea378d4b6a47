import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { PageReport } from '@/lib/messages';
import { type ReportPart, readReportInParts } from '@/lib/report-parts';
import type { ArticleRow } from '@/lib/store/rows';
import { PAGES_DIR } from '../../../scripts/lib/demo-server';
import { type ExtensionBrowser, launchWithExtension } from '../../../scripts/lib/launch-browser';

import { waitForScan } from '../../../scripts/lib/wait-for-scan';
import { readStoreRows } from './store-rows';

export { waitForScan };

const require = createRequire(import.meta.url);

export interface ExpectedPage {
  lang: string;
  topic: boolean;
  title: string;
  figures: { text: string; value: number; unit: string }[];
  notFigures: string[];
}

/** The demo site's address, served by the global setup. */
export const demoUrl = (): string => inject('demoUrl');

export async function readExpected(slug: string): Promise<ExpectedPage> {
  return JSON.parse(await readFile(join(PAGES_DIR, slug, 'expected.json'), 'utf8')) as ExpectedPage;
}

export const startBrowser = (): Promise<ExtensionBrowser> => launchWithExtension({ headless: true });

/** The figures Caravan painted on the page, in document order, with their highlight names (their kinds). */
export async function paintedFigures(page: Page): Promise<{ text: string; name: string }[]> {
  return page.evaluate(() => {
    const found: { text: string; name: string; range: Range }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      // The current figure and a revealed figure's flash paint a figure that is already painted.
      if (name === 'caravan-current' || name === 'caravan-flash') continue;
      for (const painted of highlight) {
        // Caravan paints static ranges: a live copy gives their text and order.
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        found.push({ name, text: range.toString(), range });
      }
    }
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return found.map(({ text, name }) => ({ text, name }));
  });
}

/** The content script's report for a tab, read in parts as the panel reads it. */
export function readReport(browser: ExtensionBrowser, tabId: number): Promise<PageReport> {
  return readReportInParts(async (from) => {
    const answer = await browser.worker.evaluate(
      async ([id, at]) => chrome.tabs.sendMessage(id, { type: 'page:report', payload: { from: at } }),
      [tabId, from] as const,
    );
    const result = answer as { ok: true; value: ReportPart } | { ok: false; error: string };
    if (!result.ok) throw new Error(result.error);
    return result.value;
  });
}

/** Opens the panel for a tab, as a page of its own (`?tab=`), and waits until it has settled. */
export async function openPanel(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await panel.waitForSelector('.verdict, .status:not([role=status]) , .status-title', { timeout: 15_000 });
  await panel.waitForFunction(() => !document.querySelector('.status-title')?.textContent?.includes('…'));
  return panel;
}

/** Collects errors a page logs or throws, to assert that Caravan caused none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Serious or critical accessibility violations axe-core finds on a page, as "rule: target" lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol: the extension pages' CSP forbids inline scripts.
  await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[];
    }
    const results = await axe.run(document);
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
      );
  });
}

/**
 * Serves `body` at `path` of the demo site, opens it and waits until its scan is stored: the scan is answered
 * before its record is written, and a card opened in between would find no other report yet.
 */
export async function openServedPage(browser: ExtensionBrowser, path: string, body: string): Promise<Page> {
  const page = await browser.context.newPage();
  const url = `${demoUrl()}${path}`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
  const opened = Date.now();
  await page.goto(url);
  await waitForScan(browser, page);
  const stored = async () =>
    (await readStoreRows<ArticleRow>(browser, 'articles')).some(
      (row) => row.url === url && row.lastSeen >= opened,
    );
  await expect.poll(stored, { timeout: 20_000, interval: 100 }).toBe(true);
  return page;
}
