// How much the content script's decision costs on a 100 KB page that is not a China–Central Asia article,
// in Chromium: the prefilter alone, and the whole decision (prefilter, then region and topic if it passes),
// both as the content script runs them (text read node by node, with the slicer of a scan).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGES_DIR } from '../lib/demo-server';
import { bundleForPage, medianInPage, startBenchBrowser } from './in-chromium';

const TARGET_CHARS = 100_000;
const RUNS = 101;

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
    const measure = async (slug: string) => {
      const page = await browser.newPage();
      await page.setContent(await grownPage(slug));
      await page.addScriptTag({ content: script });
      const chars = await page.evaluate(() => document.body.textContent?.length ?? 0);
      const passes = await page.evaluate(() =>
        (
          globalThis as unknown as { caravanBench: { prefilter: () => Promise<boolean> } }
        ).caravanBench.prefilter(),
      );
      const prefilter = await medianInPage(page, RUNS, 'return caravanBench.prefilter()');
      const decide = await medianInPage(page, RUNS, 'return caravanBench.decide()');
      await page.close();
      return { chars, passes, prefilter, decide };
    };
    const plain = await measure('edge-other-language');
    const lookalike = await measure('lookalike-eu-central-asia-summit');
    console.log(
      `page decision (Chromium, median of ${RUNS}): unrelated ${plain.chars} chars, prefilter ${plain.passes ? 'passes' : 'stops it'}; ` +
        `look-alike ${lookalike.chars} chars, prefilter ${lookalike.passes ? 'passes' : 'stops it'}`,
    );
    const round = (ms: number) => Number(ms.toFixed(3));
    return {
      prefilter_ms_100kb: round(plain.prefilter),
      decide_ms_100kb: round(plain.decide),
      decide_lookalike_ms_100kb: round(lookalike.decide),
    };
  } finally {
    await browser.close();
  }
}
