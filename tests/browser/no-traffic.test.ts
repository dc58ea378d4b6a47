import { afterAll, beforeAll, expect, test } from 'vitest';
import { listDemoPages } from '../../scripts/lib/demo-server';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { demoUrl, openPanel, startBrowser, waitForScan } from './support/extension';

let browser: ExtensionBrowser;
const requests: string[] = [];

beforeAll(async () => {
  // Service-worker requests are reported to the context only with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  browser = await startBrowser();
  browser.context.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await browser?.close();
});

test('reading the demo site, opening the panel and exporting send nothing beyond the page and the extension', async () => {
  for (const page of await listDemoPages()) {
    const tab = await browser.context.newPage();
    await tab.goto(`${demoUrl()}${page.slug}/`);
    const panel = await openPanel(browser, await waitForScan(browser, tab));
    await panel.close();
    await tab.close();
  }
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  await options.close();
  const allowed = [new URL(demoUrl()).origin, `chrome-extension://${browser.extensionId}`];
  const elsewhere = requests.filter(
    (url) =>
      !allowed.some((origin) => url.startsWith(origin)) &&
      !url.startsWith('blob:') &&
      !url.startsWith('data:'),
  );
  expect(requests.length).toBeGreaterThan(0);
  expect(elsewhere).toEqual([]);
});
