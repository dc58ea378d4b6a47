// Bundled into a page by the hit-test bench: the figure card's hit-testing on the page's painted figures.
import { figureAtPoint, type IndexedRange, sortRanges } from '@/lib/card/figure-at-point';
import { scanPage } from '@/lib/content/scan-page';
import { liveRange, staticRangeForSpan } from '@/lib/page/block-text';

let sorted: IndexedRange[] = [];
let target = { x: 0, y: 0 };

/** Scans the page and prepares its figures' ranges as the content script does; returns how many. */
function prepare(): number {
  const scan = scanPage(document);
  const ranges = (scan?.figures ?? []).flatMap((figure) => {
    const block = scan?.blocks[figure.block];
    return block ? [staticRangeForSpan(block, figure.start, figure.end)] : [];
  });
  sorted = sortRanges(ranges);
  const middle = sorted[Math.floor(sorted.length / 2)]?.range;
  middle?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const box = (middle && liveRange(middle))?.getClientRects()[0];
  if (box) target = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  return sorted.length;
}

/** The figure under the prepared point: a click on the middle figure of the page. */
const hit = () => figureAtPoint(sorted, target.x, target.y);

Object.assign(globalThis, { caravanHit: { prepare, hit } });
