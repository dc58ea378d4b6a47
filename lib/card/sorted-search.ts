/**
 * Finds the item a point falls in, among items sorted in document order that do not overlap. `where(item)`
 * says where the point lies relative to the item: negative before it, 0 inside, positive after (the sign
 * `Range.comparePoint` gives). Returns the item's index, or -1 when the point falls between items.
 * Binary search: a click on a page with thousands of figures costs a dozen comparisons.
 */
export function findSorted<T>(items: readonly T[], where: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const side = where(items[middle] as T);
    if (side === 0) return middle;
    if (side < 0) high = middle - 1;
    else low = middle + 1;
  }
  return -1;
}

/**
 * The figure one step from `current` among `count`, wrapping at both ends; with no current figure (-1), the
 * first one forwards and the last one backwards. -1 when there is none.
 */
export function stepIndex(current: number, direction: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return direction > 0 ? 0 : count - 1;
  return (current + direction + count) % count;
}
