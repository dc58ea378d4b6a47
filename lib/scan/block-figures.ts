import type { Figure } from '../figures/types';
import type { BlockTextsReading, FigureOfBlock } from './read-block-texts';

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

/**
 * The figures of a reading, block by block. Each keeps the block index it carries, which `appendBlockFigures`
 * sets anew: copying every figure without it cost a millisecond on a long article.
 */
function groupByBlock(figures: readonly FigureOfBlock[]): Map<number, Figure[]> {
  const byBlock = new Map<number, Figure[]>();
  for (const figure of figures) {
    const list = byBlock.get(figure.block);
    if (list) list.push(figure);
    else byBlock.set(figure.block, [figure]);
  }
  return byBlock;
}

/**
 * A page's figures from a reading of its blocks: each relevant block's, in reading order, from `known` where
 * the page read the block before, else from the reading (passed to `remember`, an empty list included).
 */
export function collectFigures(
  reading: BlockTextsReading,
  known: ReadonlyMap<number, Figure[]> = new Map(),
  remember: (block: number, figures: Figure[]) => void = () => {},
): BlockFigure[] {
  const read = groupByBlock(reading.figures);
  const figures: BlockFigure[] = [];
  for (const block of reading.relevant) {
    let found = known.get(block);
    if (!found) {
      found = read.get(block) ?? [];
      remember(block, found);
    }
    appendBlockFigures(figures, found, block);
  }
  return figures;
}
