import type { TopicDecision } from '../topic';
import { type BlockFigure, collectFigures } from './block-figures';
import { type BlockUnits, readBlockTexts } from './read-block-texts';

/** What Caravan concludes about one page: is it on topic, and which figures it highlights. */
export interface BlockScan {
  topic: TopicDecision;
  figures: BlockFigure[];
}

/**
 * The page pipeline without the DOM, as the extension's background reads a page (read-block-texts.ts): decide
 * the topic from the title and the first blocks, then extract the figures of the blocks that belong to the
 * article. An off-topic page yields no figures.
 */
export function scanBlocks(input: {
  title: string;
  blocks: readonly string[];
  lang?: string;
  units?: BlockUnits;
  /** A feed's posts, by their first blocks (`BlockTexts.posts`). */
  posts?: readonly number[];
  /** The blocks of each box inside the article (`BlockTexts.boxes`). */
  boxes?: readonly (readonly number[])[];
}): BlockScan {
  const reading = readBlockTexts({
    title: input.title,
    lang: input.lang ?? '',
    blocks: input.blocks,
    known: [],
    ...(input.units ? { units: input.units } : {}),
    ...(input.posts ? { posts: input.posts } : {}),
    ...(input.boxes ? { boxes: input.boxes } : {}),
  });
  return { topic: reading.topic, figures: collectFigures(reading) };
}
