import type { FigureKind } from '../figures/types';

/** The highlight names, one per kind; the content script's stylesheet colours `::highlight(<name>)`. */
export const HIGHLIGHT_NAMES: Record<FigureKind, string> = {
  money: 'caravan-money',
  percent: 'caravan-percent',
  count: 'caravan-count',
  measure: 'caravan-measure',
  multiple: 'caravan-multiple',
};

/** A figure's place on the page and its kind. */
export interface PaintedFigure {
  range: AbstractRange;
  kind: FigureKind;
}

/**
 * Paints figures with the CSS Custom Highlight API: the page's DOM is never changed. Returns a function that
 * removes the paint. Where the API is missing, nothing is painted.
 */
export function paintFigures(
  figures: readonly PaintedFigure[],
  registry: HighlightRegistry | undefined = globalThis.CSS?.highlights,
): () => void {
  if (!registry || typeof Highlight === 'undefined') return () => {};
  const byKind = new Map<FigureKind, AbstractRange[]>();
  for (const figure of figures) {
    const ranges = byKind.get(figure.kind) ?? [];
    ranges.push(figure.range);
    byKind.set(figure.kind, ranges);
  }
  for (const [kind, ranges] of byKind) registry.set(HIGHLIGHT_NAMES[kind], new Highlight(...ranges));
  return () => {
    for (const kind of byKind.keys()) registry.delete(HIGHLIGHT_NAMES[kind]);
  };
}

/** The figure the reader moved to (keyboard, panel, card), and the short flash of a revealed figure. */
export const CURRENT_HIGHLIGHT = 'caravan-current';
export const FLASH_HIGHLIGHT = 'caravan-flash';

/**
 * Paints ranges under one highlight name, above the figure highlights. Returns a function that removes the
 * paint (only if nothing painted under that name since).
 */
export function paintRanges(
  name: string,
  ranges: readonly AbstractRange[],
  registry: HighlightRegistry | undefined = globalThis.CSS?.highlights,
): () => void {
  if (!registry || typeof Highlight === 'undefined') return () => {};
  const highlight = new Highlight(...ranges);
  highlight.priority = 1;
  registry.set(name, highlight);
  return () => {
    if (registry.get(name) === highlight) registry.delete(name);
  };
}
