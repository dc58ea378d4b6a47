// Issue #6 item 7: the extension's whole pipeline (the page's part, the background's reading, the paint: see
// pipeline-entry.ts) on one long article in Chromium, side by side in one run
// with a bare TreeWalker pass over the same text and with mark.js highlighting the same figures; and the size
// of the content script as users download it. `pipeline_page_ms` is the pipeline less the background's
// reading, which the extension runs in its service worker: what the reader's page itself pays;
// `pipeline_floor_ms` is the prefilter, the region, the ranges and the paint alone, which no faster reading of
// figures could save.
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scanHtml } from '../../lib/scan';
import { PAGES_DIR } from '../lib/demo-server';
import { bundleForPage, medianInPage, startBenchBrowser } from './in-chromium';

const TARGET_CHARS = 350_000;
const TARGET_FIGURES = 6_500;
const RUNS = 15;
const MARKJS_RUNS = 5;
/** How long mark.js's runs may take together before the bench gives up on them (they take about 15 s). */
const MARKJS_LIMIT_MS = 180_000;
const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT_SCRIPT = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One long article as issue #6 states it: about 350,000 characters of text and 6,500 figures. It is made of the
 * on-topic paragraphs of the demo articles (those where the pipeline highlights figures): the ones densest in
 * figures, as many as keep the figures at 6,500 per 350,000 characters or more, in turn in the demo site's order,
 * until the text is about 350,000 characters, under the first demo article's headline.
 */
export async function longArticle(): Promise<string> {
  const slugs = (await readdir(PAGES_DIR)).filter((slug) => slug.startsWith('cca-')).sort();
  const figuresIn = new Map<string, number>();
  let title = '';
  for (const slug of slugs) {
    const html = await readFile(join(PAGES_DIR, slug, 'source.html'), 'utf8');
    for (const figure of scanHtml(html).figures)
      figuresIn.set(figure.blockText, (figuresIn.get(figure.blockText) ?? 0) + 1);
    if (!title) title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
  }
  const density = (paragraph: string) => (figuresIn.get(paragraph) ?? 0) / paragraph.length;
  const densest = [...figuresIn.keys()].sort((a, b) => density(b) - density(a));
  const chosen = new Set<string>();
  let chosenChars = 0;
  let chosenFigures = 0;
  for (const paragraph of densest) {
    const chars = chosenChars + paragraph.length;
    const figures = chosenFigures + (figuresIn.get(paragraph) ?? 0);
    if (chosen.size > 0 && figures / chars < TARGET_FIGURES / TARGET_CHARS) break;
    chosen.add(paragraph);
    chosenChars = chars;
    chosenFigures = figures;
  }
  const paragraphs = [...figuresIn.keys()].filter((paragraph) => chosen.has(paragraph));
  const body: string[] = [];
  let chars = 0;
  for (let i = 0; chars < TARGET_CHARS; i++) {
    const paragraph = paragraphs[i % paragraphs.length] ?? '';
    body.push(`<p>${escapeHtml(paragraph)}</p>`);
    chars += paragraph.length;
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>\n${body.join('\n')}\n</article></body></html>`;
}

/** Builds the production extension and returns the gzipped size of its content script in KB. */
function contentScriptGzipKb(): Promise<number> {
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`Building the extension failed:\n${result.stdout}\n${result.stderr}`);
  return readFile(CONTENT_SCRIPT).then((code) => gzipSync(code, { level: 9 }).length / 1024);
}

/** The median of `runs` timings of the page's pipeline, walk or mark.js (milliseconds). */
const MEASURE_IN_PAGE = `async ({ runs, what, ranges }) => {
  const times = [];
  const pageTimes = [];
  const floorTimes = [];
  let figures = 0;
  let offsets = [];
  for (let i = 0; i < runs + 2; i++) {
    let elapsed = 0;
    if (what === 'pipeline') {
      const start = performance.now();
      const result = caravanPipeline.runPipeline(document);
      elapsed = performance.now() - start;
      figures = result.figures;
      if (i >= 2) pageTimes.push(elapsed - result.backgroundMs);
      if (i >= 2) floorTimes.push(result.floorMs);
      if (i === 0) {
        // Where each figure sits in the article's text, as mark.js counts it (all its text nodes in order).
        const starts = new Map();
        const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
        let at = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) { starts.set(node, at); at += node.data.length; }
        offsets = result.ranges.map((r) => {
          const start = starts.get(r.startContainer) + r.startOffset;
          return { start, length: starts.get(r.endContainer) + r.endOffset - start };
        });
      }
      result.unpaint();
    } else if (what === 'walk') {
      const start = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = node.data;
        for (let k = 0; k < data.length; k++) if (data.charCodeAt(k) < 58) count++;
      }
      elapsed = performance.now() - start;
      figures = count;
    } else {
      const article = document.querySelector('article');
      const marker = new Mark(article);
      const copy = ranges.map((r) => ({ start: r.start, length: r.length }));
      const start = performance.now();
      figures = await new Promise((done) => marker.markRanges(copy, { done }));
      elapsed = performance.now() - start;
      await new Promise((done) => marker.unmark({ done }));
    }
    if (i >= 2) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  pageTimes.sort((a, b) => a - b);
  floorTimes.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return { ms: times[middle], pageMs: pageTimes[middle], floorMs: floorTimes[middle], figures, offsets };
}`;

/**
 * The page's own DOM work: 2,000 changes to the article, an element added before each paragraph's text and
 * removed (the paragraphs are found once, before the timing). The browser updates every live Range of a document
 * on each change, so what the paint holds shows when it is timed with the paint in place and without.
 */
const DOM_CHANGES = `for (const paragraph of globalThis.benchParagraphs) {
  const added = document.createElement('b');
  paragraph.insertBefore(added, paragraph.firstChild);
  added.remove();
}`;

interface Measured {
  ms: number;
  /** The pipeline less the background's reading: what the page's own thread pays (pipeline only). */
  pageMs?: number;
  /** The prefilter, the region, the ranges and the paint alone: what no faster reading could save (pipeline only). */
  floorMs?: number;
  figures: number;
  offsets: { start: number; length: number }[];
}

export async function benchPipeline(): Promise<Record<string, number>> {
  const html = await longArticle();
  const script = await bundleForPage('./pipeline-entry.ts');
  const markjs = await readFile(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const browser = await startBenchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.addScriptTag({ content: script });
    await page.addScriptTag({ content: markjs });
    const chars = await page.evaluate(() => document.body.textContent?.length ?? 0);
    const measure = (what: string, runs: number, ranges: Measured['offsets'] = []) =>
      page.evaluate(`(${MEASURE_IN_PAGE})(${JSON.stringify({ runs, what, ranges })})`) as Promise<Measured>;
    // In turn, so that the walk and the pipeline see the same warm page; mark.js last, as it changes the DOM.
    const walk = await measure('walk', RUNS);
    const pipeline = await measure('pipeline', RUNS);
    await page.evaluate(
      "globalThis.benchParagraphs = [...document.querySelectorAll('article p')].slice(0, 2000)",
    );
    const changesBare = await medianInPage(page, RUNS, DOM_CHANGES, 2);
    await page.evaluate('globalThis.benchPaint = caravanPipeline.runPipeline(document)');
    const changesPainted = await medianInPage(page, RUNS, DOM_CHANGES, 2);
    await page.evaluate('globalThis.benchPaint.unpaint(); globalThis.benchPaint = null');
    // mark.js runs in the page's thread and cannot be stopped from inside. Its runs once took minutes here: each
    // of its 12,000 DOM changes updated every live Range the pipeline's runs had left alive, until the paint
    // held StaticRanges. A run that long again is reported, not waited for.
    const marked = await Promise.race([
      measure('markjs', MARKJS_RUNS, pipeline.offsets),
      new Promise<Measured>((settle) =>
        setTimeout(() => settle({ ms: Number.NaN, figures: 0, offsets: [] }), MARKJS_LIMIT_MS),
      ),
    ]);
    if (Number.isNaN(marked.ms))
      console.log(
        `pipeline: mark.js did not finish in ${MARKJS_LIMIT_MS / 1000} s; its figures are left out`,
      );
    await page.close().catch(() => {});
    const gzipKb = await contentScriptGzipKb();
    console.log(
      `pipeline (Chromium, median): ${chars} chars, ${pipeline.figures} figures in ${pipeline.ms.toFixed(2)} ms; ` +
        `of which the page's own thread ${(pipeline.pageMs ?? Number.NaN).toFixed(2)} ms, ` +
        `and the prefilter, region, ranges and paint ${(pipeline.floorMs ?? Number.NaN).toFixed(2)} ms; ` +
        `bare walk ${walk.ms.toFixed(2)} ms; mark.js marks ${marked.figures} in ${marked.ms.toFixed(1)} ms; ` +
        `2,000 DOM changes of the page's own take ${changesBare.toFixed(1)} ms bare, ` +
        `${changesPainted.toFixed(1)} ms with the paint in place; ` +
        `content script ${gzipKb.toFixed(1)} KB gzipped`,
    );
    const round = (value: number, digits = 3) => Number(value.toFixed(digits));
    return {
      pipeline_ms: round(pipeline.ms, 2),
      pipeline_figures: pipeline.figures,
      walk_ms: round(walk.ms, 2),
      markjs_ms: round(marked.ms, 1),
      dom_changes_bare_ms: round(changesBare, 2),
      dom_changes_painted_ms: round(changesPainted, 2),
      pipeline_vs_walk: round(pipeline.ms / walk.ms, 2),
      pipeline_page_ms: round(pipeline.pageMs ?? Number.NaN, 2),
      pipeline_page_vs_walk: round((pipeline.pageMs ?? Number.NaN) / walk.ms, 2),
      pipeline_floor_ms: round(pipeline.floorMs ?? Number.NaN, 2),
      pipeline_floor_vs_walk: round((pipeline.floorMs ?? Number.NaN) / walk.ms, 2),
      pipeline_vs_markjs: round(pipeline.ms / marked.ms, 3),
      content_js_gzip_kb: round(gzipKb, 1),
    };
  } finally {
    await browser.close();
  }
}
