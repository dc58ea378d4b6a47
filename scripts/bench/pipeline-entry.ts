// Bundled into a page by the pipeline bench: the extension's whole pipeline on the current document, as
// lib/content/start-page-scan.ts runs it, less the waits between slices and messages: the page's part
// (prefilter, article region), a structuredClone of everything that crosses to the background and back (the
// text in its parts, the answer and its figure parts: extension messaging serializes each the same way), the
// background's reading (topic, relevance, figures: lib/background/page-scans.ts) run here on the page's
// thread, then a Range per figure and the highlight paint. Returns the figure count and how to undo the paint.
import { PageScans } from '@/lib/background/page-scans';
import { cutIntoPieces } from '@/lib/content/read-in-background';
import { rangeForSpan } from '@/lib/page/block-text';
import { readArticle } from '@/lib/page/read-article';
import { listBlockUnits } from '@/lib/page/table-units';
import { paintFigures } from '@/lib/paint/paint-figures';
import { collectFigures } from '@/lib/scan/block-figures';
import { mightBeTopic } from '@/lib/topic';

function runPipeline(doc: Document = document): { figures: number; ranges: Range[]; unpaint: () => void } {
  if (!mightBeTopic(doc.body?.textContent ?? '')) return { figures: 0, ranges: [], unpaint: () => {} };
  const article = readArticle(doc);
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
  const answer = structuredClone(scans.scan(structuredClone(request)));
  while (answer.figures.length < answer.figureTotal)
    answer.figures.push(...structuredClone(scans.figures('bench', answer.figures.length)));
  const figures = collectFigures(answer, new Map());
  const painted = figures.flatMap((figure) => {
    const block = article.blocks[figure.block];
    return block ? [{ range: rangeForSpan(block, figure.start, figure.end, doc), kind: figure.kind }] : [];
  });
  const unpaint = paintFigures(painted);
  return { figures: painted.length, ranges: painted.map((figure) => figure.range), unpaint };
}

Object.assign(globalThis, { caravanPipeline: { runPipeline } });
