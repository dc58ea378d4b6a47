// How much the content script's decision costs on a 100 KB page that is not a China–Central Asia article,
// in Chromium: the prefilter alone, and the whole decision (prefilter, then region and topic if it passes),
// both as the content script runs them (the text read at once, scanned in chunks with the slicer of a scan).
// The goal's figures are medians of many warm runs, pooled over several loads of the page;
// `prefilter_cold_ms_100kb` is the first run in a fresh page, which is what the content script pays on a page
// it rules out.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGES_DIR } from '../lib/demo-server';
import { bundleForPage, medianInPage, startBenchBrowser, timesInPage } from './in-chromium';
import { median } from './median';

const TARGET_CHARS = 100_000;
/** Timed runs in each load of the page. */
const RUNS = 201;
/**
 * Loads of the page whose timed runs are pooled into one median. On this 2-core machine the whole browser is
 * sometimes slower for a second or so (every run of a window then costs 1.5–1.8× as much, DOM calls included):
 * a median of one window measured that window, 0.7 one time and 1.4 the next on the same code. Pooled over
 * three windows apart in time, one slow window no longer decides the figure; two slow ones still would.
 */
const LOADS = 3;
/**
 * Untimed runs before the timed ones. V8 takes 100–300 runs of the prefilter to finish optimizing it (with
 * --trace-opt: the scan's optimized code is compiled in the background, and until it lands each run enters
 * mid-tier code that deoptimizes to reach it). Without them the median of 101 measured where that schedule
 * happened to be, 0.8–1.4 ms on the same code; the first run's cost is `prefilter_cold_ms_100kb`.
 */
const WARMUP_RUNS = 300;
/** Fresh pages, each running the prefilter once, as a content script does on every page it is injected in. */
const COLD_PAGES = 7;

/** A demo page with its body repeated until its text is about 100 KB. */
async function grownPage(slug: string): Promise<string> {
  const html = await readFile(join(PAGES_DIR, slug, 'source.html'), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  const text = body.replace(/<[^>]+>/g, '');
  const copies = Math.max(1, Math.ceil(TARGET_CHARS / Math.max(1, text.length)));
  return html.replace(body, body.repeat(copies));
}

export async function benchPageDecision(): Promise<Record<string, number | string>> {
  const script = await bundleForPage('./page-entry.ts');
  const browser = await startBenchBrowser();
  try {
    const openPage = async (slug: string) => {
      const page = await browser.newPage();
      await page.setContent(await grownPage(slug));
      await page.addScriptTag({ content: script });
      return page;
    };
    // The first run in a fresh page: tables filled, code not yet optimized. A reader pays this on each page.
    const cold = async (slug: string) => {
      const times: number[] = [];
      for (let k = 0; k < COLD_PAGES; k++) {
        const page = await openPage(slug);
        times.push(await medianInPage(page, 1, 'return caravanBench.prefilter()'));
        await page.close();
      }
      return median(times);
    };
    const measure = async (slug: string, runs = RUNS, warmup = WARMUP_RUNS) => {
      const prefilter: number[] = [];
      const decide: number[] = [];
      let chars = 0;
      let passes = false;
      for (let load = 0; load < LOADS; load++) {
        const page = await openPage(slug);
        chars = await page.evaluate(() => document.body.textContent?.length ?? 0);
        passes = await page.evaluate(() =>
          (
            globalThis as unknown as { caravanBench: { prefilter: () => Promise<boolean> } }
          ).caravanBench.prefilter(),
        );
        prefilter.push(...(await timesInPage(page, runs, 'return caravanBench.prefilter()', warmup)));
        decide.push(...(await timesInPage(page, runs, 'return caravanBench.decide()', warmup)));
        await page.close();
      }
      return { chars, passes, prefilter: median(prefilter), decide: median(decide) };
    };
    const plain = await measure('edge-other-language');
    const lookalike = await measure('lookalike-eu-central-asia-summit');
    // A look-alike that names China and a Central Asian country in one sentence: the prefilter must let it
    // through, and the region and the topic decide. Fewer runs: each costs several milliseconds.
    const namedBoth = await measure('lookalike-china-eu-trade', 51, 50);
    const coldPrefilter = await cold('edge-other-language');
    console.log(
      `page decision (Chromium, median of ${RUNS} runs in each of ${LOADS} loads): unrelated ${plain.chars} chars, prefilter ${plain.passes ? 'passes' : 'stops it'}; ` +
        `look-alike ${lookalike.chars} chars, prefilter ${lookalike.passes ? 'passes' : 'stops it'}; ` +
        `look-alike naming both sides ${namedBoth.chars} chars, prefilter ${namedBoth.passes ? 'passes' : 'stops it'}`,
    );
    const round = (ms: number) => Number(ms.toFixed(3));
    return {
      prefilter_ms_100kb: round(plain.prefilter),
      decide_ms_100kb: round(plain.decide),
      prefilter_cold_ms_100kb: round(coldPrefilter),
      decide_lookalike_ms_100kb: round(lookalike.decide),
      decide_named_both_ms_100kb: round(namedBoth.decide),
    };
  } finally {
    await browser.close();
  }
}
