/** A run of page text that reads as one unit (a paragraph, a heading, a list item). */
export interface PageBlock {
  /** The block's element, for relevance and region decisions. */
  element: Element;
  /** The visible text with white-space runs folded to one space. */
  text: string;
  /** The text nodes behind `text`, in order. */
  pieces: TextPiece[];
  /**
   * For a table cell, the unit statements its table declares for it, nearest first ("亿美元", "US$ million",
   * "%"): its bare numbers read in the first that reads as a unit (lib/page/table-units.ts).
   */
  units?: string[];
  /** In a feed of posts (lib/page/post-feed.ts), the post the block belongs to: each post is a story of its own. */
  post?: Element;
  /** A box inside the article that the block stands in (lib/page/article-boxes.ts): a fact box, an info box. */
  box?: Element;
}

/** One text node's share of a block's text. */
export interface TextPiece {
  node: Text;
  /** Offset of this piece within the block's folded text. */
  start: number;
  /** Length of the piece in the folded text. */
  length: number;
  /** Folded index → raw index into `node.data`, only when folding changed the text. */
  rawIndex: Int32Array | null;
}

/** White space that folding changes wherever it stands: a tab, a line break, or a second space. */
const ALWAYS_FOLDED = /[\t\n\r\f]| {2}/;
const SPACE = 32;

function isFoldedSpace(code: number): boolean {
  return code === SPACE || code === 9 || code === 10 || code === 13 || code === 12;
}

/**
 * Folds white-space runs the way a browser renders them, remembering where each kept character came from, so
 * offsets in the folded text map back to the DOM. `lastWasSpace` carries across text nodes of one block.
 */
export function foldWhiteSpace(
  raw: string,
  lastWasSpace: boolean,
): { text: string; rawIndex: Int32Array | null } {
  // Most text nodes need no folding: a native search says so without walking their characters in JS.
  if (!(lastWasSpace && raw.charCodeAt(0) === SPACE) && !ALWAYS_FOLDED.test(raw)) {
    return { text: raw, rawIndex: null };
  }
  const index = new Int32Array(raw.length);
  const parts: string[] = [];
  let kept = 0;
  let runStart = 0;
  let prevSpace = lastWasSpace;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isFoldedSpace(code)) {
      if (prevSpace || code !== SPACE) {
        // Dropped, or written as a plain space: the run of kept characters before it ends here.
        parts.push(raw.slice(runStart, i));
        runStart = i + 1;
        if (prevSpace) continue;
        parts.push(' ');
      }
      prevSpace = true;
    } else {
      prevSpace = false;
    }
    index[kept++] = i;
  }
  parts.push(raw.slice(runStart));
  return { text: parts.join(''), rawIndex: index.slice(0, kept) };
}

/** Maps an offset in a block's folded text to a DOM position (node and raw offset). */
export function locateOffset(
  block: PageBlock,
  offset: number,
  preferEnd: boolean,
): { node: Text; offset: number } {
  const { pieces } = block;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as TextPiece;
    const local = offset - piece.start;
    const fits = preferEnd ? local > 0 && local <= piece.length : local >= 0 && local < piece.length;
    if (!fits) continue;
    if (!piece.rawIndex) return { node: piece.node, offset: local };
    if (preferEnd) return { node: piece.node, offset: (piece.rawIndex[local - 1] as number) + 1 };
    return { node: piece.node, offset: piece.rawIndex[local] as number };
  }
  const last = pieces[pieces.length - 1] as TextPiece;
  return { node: last.node, offset: last.node.data.length };
}

/** The DOM boundary points of `[start, end)` of a block's folded text. */
export function spanBounds(block: PageBlock, start: number, end: number): StaticRangeInit {
  const from = locateOffset(block, start, false);
  const to = locateOffset(block, end, true);
  return { startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset };
}

/**
 * A StaticRange over `[start, end)` of a block's folded text: what the paint holds for every figure. It costs
 * the page nothing when its DOM changes (a painted set of 6,159 live Ranges made mark.js's 12,000 changes to
 * the same page 4× slower), and a change that takes its text away leaves it unpainted until the rescan.
 */
export function staticRangeForSpan(block: PageBlock, start: number, end: number): StaticRange {
  return new StaticRange(spanBounds(block, start, end));
}

/**
 * Moves a live Range to `bounds`; false when the page's DOM no longer has them. (A Range takes detached nodes
 * without a word: the page may have replaced the text since it was painted.)
 */
export function moveRange(live: Range, bounds: StaticRangeInit): boolean {
  if (!bounds.startContainer.isConnected || !bounds.endContainer.isConnected) return false;
  try {
    live.setStart(bounds.startContainer, bounds.startOffset);
    live.setEnd(bounds.endContainer, bounds.endOffset);
    return true;
  } catch {
    return false;
  }
}

/**
 * A live Range over the same boundary points as `bounds`, or null when the page's DOM no longer has them. The
 * browser updates every live Range of a document on each change to its DOM, so the page pays for each one kept:
 * make one for the moment it is needed (a click, a card's placement).
 */
export function liveRange(bounds: StaticRangeInit, doc: Document = document): Range | null {
  const live = doc.createRange();
  return moveRange(live, bounds) ? live : null;
}
