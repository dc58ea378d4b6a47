import type { Figure } from '../figures/types';

// Kept apart from scan-blocks.ts, which loads the figure and topic readers: the content script needs these two
// helpers and none of the readers (docs/adr/0011-reading-in-the-background.md).

/**
 * A figure found in one block of a page; `start`/`end` are offsets into that block's text. `text` is the figure
 * as a reader sees it: without the invisible characters (zero-width, bidirectional) its span may hold.
 */
export interface BlockFigure extends Figure {
  block: number;
}

/** The languages the figure reader knows; anything else reads without a language hint. */
export function asLang(lang: string | undefined): 'zh' | 'en' | 'ru' | undefined {
  return lang === 'zh' || lang === 'en' || lang === 'ru' ? lang : undefined;
}

/** Adds one block's figures to a page's list, re-pointing their conversion links into the whole list. */
export function appendBlockFigures(figures: BlockFigure[], found: readonly Figure[], block: number): void {
  const base = figures.length;
  for (const figure of found) {
    const linked = figure.conversionOf === undefined ? {} : { conversionOf: figure.conversionOf + base };
    figures.push({ ...figure, ...linked, block });
  }
}
