// Runs bench code inside a page of the system Chromium: bundles an entry with esbuild and injects it.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startDemoServer } from '../lib/demo-server';
import { findChromium } from '../lib/find-chromium';
import { CHROMIUM_FLAGS } from '../lib/launch-browser';
import { median } from './median';

/** The entry bundled as one script (an IIFE), ready for `page.addScriptTag`. */
export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    format: 'iife',
    write: false,
    minify: !process.env.BENCH_UNMINIFIED, // BENCH_UNMINIFIED=1 keeps names and lines readable in a CPU profile
    target: 'chrome120',
    tsconfig: resolve(import.meta.dirname, '../../tsconfig.json'),
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Starts headless Chromium (no extension) for page-level benches. */
export async function startBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
}

/**
 * `runs` timings of `body` (milliseconds), sorted, measured inside the page after `warmup` runs that are not
 * timed; a body that returns a promise is timed until it settles.
 */
export async function timesInPage(page: Page, runs: number, body: string, warmup = 0): Promise<number[]> {
  return page.evaluate(
    async ({ runs, body, warmup }) => {
      const run = new Function(body) as () => unknown;
      for (let i = 0; i < warmup; i++) {
        const result = run();
        if (result instanceof Promise) await result;
      }
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const result = run();
        if (result instanceof Promise) await result;
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b);
    },
    { runs, body, warmup },
  );
}

/** The median of `timesInPage`. */
export async function medianInPage(page: Page, runs: number, body: string, warmup = 0): Promise<number> {
  return median(await timesInPage(page, runs, body, warmup));
}

/**
 * Runs `work` in a page of the demo site that holds the bundle of `entry`, then closes the browser and the site
 * whatever happens.
 */
export async function runInBundledPage<T>(entry: string, work: (page: Page) => Promise<T>): Promise<T> {
  const script = await bundleForPage(entry);
  const server = await startDemoServer();
  const browser = await startBenchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.addScriptTag({ content: script });
    return await work(page);
  } finally {
    await browser.close();
    await server.close();
  }
}
