// Bundled into a page by the pipeline bench: the content script's whole pipeline on the current document —
// prefilter, region, topic, extraction — then a Range per figure and the highlight paint, as
// lib/content/start-page-scan.ts does it. Returns the figure count and how to undo the paint.
import { scanPage } from '@/lib/content/scan-page';
import { rangeForSpan } from '@/lib/page/block-text';
import { paintFigures } from '@/lib/paint/paint-figures';

function runPipeline(doc: Document = document): { figures: number; ranges: Range[]; unpaint: () => void } {
  const scan = scanPage(doc);
  if (!scan) return { figures: 0, ranges: [], unpaint: () => {} };
  const painted = scan.figures.flatMap((figure) => {
    const block = scan.blocks[figure.block];
    return block ? [{ range: rangeForSpan(block, figure.start, figure.end, doc), kind: figure.kind }] : [];
  });
  const unpaint = paintFigures(painted);
  return { figures: painted.length, ranges: painted.map((figure) => figure.range), unpaint };
}

Object.assign(globalThis, { caravanPipeline: { runPipeline } });
