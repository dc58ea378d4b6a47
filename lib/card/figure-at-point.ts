import { moveRange } from '../page/block-text';
import { findSorted } from './sorted-search';

/** A figure's range with its reading-order index, for hit-testing in document order. */
export interface IndexedRange {
  range: AbstractRange;
  index: number;
}

/** Document order of two ranges' starts (figures start in text nodes, which never hold one another). */
function compareStarts(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  return a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
    ? -1
    : 1;
}

/** Sorts figures' ranges into document order once, so a click is found by binary search. */
export function sortRanges(ranges: readonly AbstractRange[]): IndexedRange[] {
  return ranges.map((range, index) => ({ range, index })).sort((a, b) => compareStarts(a.range, b.range));
}

/** The text position under a point: the standard `caretPositionFromPoint`, else WebKit's `caretRangeFromPoint`. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const inside = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * The reading-order index of the painted figure under a point (client coordinates), or -1. The caret position
 * finds the candidate by binary search; its boxes confirm it, since a click past the end of a line still puts
 * the caret at the nearest text.
 */
export function figureAtPoint(
  sorted: readonly IndexedRange[],
  x: number,
  y: number,
  doc: Document = document,
): number {
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  // The painted ranges are static: one live range, made for this click, stands in for each figure compared.
  const probe = doc.createRange();
  const found = findSorted(sorted, ({ range }) => {
    try {
      return moveRange(probe, range) ? probe.comparePoint(caret.node, caret.offset) : Number.NaN;
    } catch {
      return Number.NaN;
    }
  });
  const hit = sorted[found];
  if (!hit || !moveRange(probe, hit.range)) return -1;
  return [...probe.getClientRects()].some((rect) => inside(rect, x, y)) ? hit.index : -1;
}

/**
 * Whether a click belongs to the page rather than to Caravan: another button or a modifier key, a selection
 * being made, a link or a form control, editable text, or a click the page already handled.
 */
export function clickIsForPage(event: MouseEvent, doc: Document = document): boolean {
  if (event.defaultPrevented || event.button !== 0) return true;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return true;
  const selection = doc.getSelection();
  if (selection && !selection.isCollapsed) return true;
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return false;
  if (target.closest('a[href], button, input, textarea, select, label, summary, [contenteditable]'))
    return true;
  return target instanceof HTMLElement && target.isContentEditable;
}
