// A box set inside an article (a fact box, "Kyrgyzstan and China in numbers", an info box) holds short lines that
// do not read as sentences: "Trade in 2024: $22.7 billion". Set after the last paragraph, as many outlets set it,
// those lines looked like the furniture under an article (a list of headlines, a footer) and lost their figures.
// Which boxes inside the article element are read at all is collect-blocks' rule (a related list, a newsletter
// sign-up or an ad is left out there); whether a box is about the article's topic is the background's, from its
// text (read-block-texts.ts).
import type { PageBlock } from './block-text';
import { FACT_BOX, marksOf } from './collect-blocks';

/** Class or id words of a box beside the text, besides a fact box's: "box", "callout", "infographic". */
const BOX_WORDS =
  /(?:^|[\s_-])(?:box|callout|infographic|highlights?|key-?(?:figures|numbers|points))(?:$|[\s_-])/i;

/** Share of the article's text a box holds at most: a box sits beside the text, it does not hold it. */
const BOX_MAX_SHARE = 0.5;

function isBox(element: Element): boolean {
  if (element.tagName.toUpperCase() === 'ASIDE') return true;
  const marks = marksOf(element);
  return marks.length > 1 && (FACT_BOX.test(marks) || BOX_WORDS.test(marks));
}

/** The innermost box between a block and the article's root (the root excluded), or null. */
function boxOf(block: PageBlock, root: Element): Element | null {
  for (
    let element: Element | null = block.element;
    element && element !== root;
    element = element.parentElement
  ) {
    if (isBox(element)) return element;
  }
  return null;
}

/** Marks the blocks that stand in a box inside the article's root (`PageBlock.box`). */
export function markBoxes(blocks: readonly PageBlock[], root: Element): void {
  const boxes = new Map<Element, PageBlock[]>();
  let total = 0;
  for (const block of blocks) {
    total += block.text.length;
    if (!root.contains(block.element)) continue;
    const box = boxOf(block, root);
    if (box) boxes.set(box, [...(boxes.get(box) ?? []), block]);
  }
  for (const [box, inside] of boxes) {
    const length = inside.reduce((sum, block) => sum + block.text.length, 0);
    if (length <= total * BOX_MAX_SHARE) for (const block of inside) block.box = box;
  }
}

/** The blocks of each box, as the background reads them (`BlockTexts.boxes`); none when the article has none. */
export function listBoxes(blocks: readonly PageBlock[]): number[][] | undefined {
  const boxes = new Map<Element, number[]>();
  blocks.forEach((block, index) => {
    if (block.box) boxes.set(block.box, [...(boxes.get(block.box) ?? []), index]);
  });
  return boxes.size > 0 ? [...boxes.values()] : undefined;
}
