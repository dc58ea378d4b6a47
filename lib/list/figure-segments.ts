// The reader page's highlighting: where each stored figure stands in the saved text. Pure text in, segments
// out; the page renders each segment as text, a figure inside a <mark>.
import type { FigureSummary } from '../messages';

/** A run of a block's text; a figure's run names the figure. */
export interface Segment {
  text: string;
  figure?: Pick<FigureSummary, 'index' | 'kind' | 'text'>;
}

type Located = { block: number; start: number; end: number; figure: Segment['figure'] & {} };

/**
 * Finds each figure's quoted text in the blocks. Figures come in reading order, so each is looked for after
 * the one before (the same "5%" twice lands on its own occurrence); one not found there is looked for from the
 * start, and one not found at all is left out rather than guessed.
 */
function locate(blocks: readonly string[], figures: readonly FigureSummary[]): Located[] {
  const found: Located[] = [];
  let cursor = { block: 0, offset: 0 };
  const search = (exact: string, from: { block: number; offset: number }) => {
    for (let block = from.block; block < blocks.length; block++) {
      const start = (blocks[block] ?? '').indexOf(exact, block === from.block ? from.offset : 0);
      if (start >= 0) return { block, start };
    }
    return null;
  };
  for (const figure of [...figures].sort((a, b) => a.index - b.index)) {
    const exact = figure.quote.exact || figure.text;
    if (!exact) continue;
    const at = search(exact, cursor) ?? search(exact, { block: 0, offset: 0 });
    if (!at) continue;
    const end = at.start + exact.length;
    const overlaps = found.some(
      (other) => other.block === at.block && other.start < end && at.start < other.end,
    );
    if (overlaps) continue;
    found.push({ ...at, end, figure: { index: figure.index, kind: figure.kind, text: figure.text } });
    cursor = { block: at.block, offset: end };
  }
  return found;
}

/** Each block cut into plain and figure segments. */
export function figureSegments(blocks: readonly string[], figures: readonly FigureSummary[]): Segment[][] {
  const located = locate(blocks, figures);
  return blocks.map((text, block) => {
    const marks = located.filter((item) => item.block === block).sort((a, b) => a.start - b.start);
    const segments: Segment[] = [];
    let at = 0;
    for (const mark of marks) {
      if (mark.start > at) segments.push({ text: text.slice(at, mark.start) });
      segments.push({ text: text.slice(mark.start, mark.end), figure: mark.figure });
      at = mark.end;
    }
    if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
    return segments;
  });
}
