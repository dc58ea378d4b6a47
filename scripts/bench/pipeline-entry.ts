// Bundled into a page by the pipeline bench: the extension's whole pipeline on the current document, as
// lib/content/start-page-scan.ts runs it, less the waits between slices and messages: the page's part
// (prefilter, article region), a structuredClone of everything that crosses to the background and back (the
// text in its parts, the answer and its figure parts: extension messaging serializes each the same way), the
// background's reading (topic, relevance, figures: lib/background/page-scans.ts) run here on the page's
// thread, then a StaticRange per figure and the highlight paint. Returns the figure count, how to undo the paint, and
// how long the background's reading took (the rest is what the page's own thread pays).
import { PageScans } from '@/lib/background/page-scans';
import { cutIntoPieces } from '@/lib/content/read-in-background';
import { staticRangeForSpan } from '@/lib/page/block-text';
import { readArticle } from '@/lib/page/read-article';
import { listBlockUnits } from '@/lib/page/table-units';
import { paintFigures } from '@/lib/paint/paint-figures';
import { collectFigures } from '@/lib/scan/block-figures';
import { mightBeTopic } from '@/lib/topic';

interface PipelineRun {
  figures: number;
  ranges: StaticRange[];
  unpaint: () => void;
  /** Milliseconds of the background's reading (topic, relevance, figures), run here on the page's thread. */
  backgroundMs: number;
  /**
   * Milliseconds of the steps any reading of figures leaves to the page: the prefilter, the article region, a
   * StaticRange per figure and the paint (neither the reading nor the messages' copies).
   */
  floorMs: number;
}

function runPipeline(doc: Document = document): PipelineRun {
  const started = performance.now();
  if (!mightBeTopic(doc.body?.textContent ?? ''))
    return { figures: 0, ranges: [], unpaint: () => {}, backgroundMs: 0, floorMs: 0 };
  const article = readArticle(doc);
  const regionEnd = performance.now();
  const texts = article.blocks.map((block) => block.text);
  const units = listBlockUnits(article.blocks);
  const scans = new PageScans();
  const pieces = cutIntoPieces(texts);
  for (const piece of pieces) scans.addText('bench', structuredClone([piece]));
  const request = {
    scan: 'bench',
    pieces: pieces.length,
    blockLengths: texts.map((text) => text.length),
    title: article.title,
    lang: article.lang,
    known: [],
    ...(units ? { units } : {}),
  };
  const sent = structuredClone(request);
  const readingStart = performance.now();
  const reading = scans.scan(sent);
  const backgroundMs = performance.now() - readingStart;
  const answer = structuredClone(reading);
  while (answer.figures.length < answer.figureTotal)
    answer.figures.push(...structuredClone(scans.figures('bench', answer.figures.length)));
  const figures = collectFigures(answer, new Map());
  const rangesStart = performance.now();
  const painted = figures.flatMap((figure) => {
    const block = article.blocks[figure.block];
    return block ? [{ range: staticRangeForSpan(block, figure.start, figure.end), kind: figure.kind }] : [];
  });
  const unpaint = paintFigures(painted);
  const floorMs = regionEnd - started + (performance.now() - rangesStart);
  return {
    figures: painted.length,
    ranges: painted.map((figure) => figure.range),
    unpaint,
    backgroundMs,
    floorMs,
  };
}

Object.assign(globalThis, { caravanPipeline: { runPipeline } });
