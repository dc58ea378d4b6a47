import { extractFigures } from '../figures';
import type { Figure } from '../figures/types';
import { isBlockRelevant, readTopic, type TopicDecision } from '../topic';
import { appendBlockFigures, asLang, type BlockFigure } from './block-figures';
import { sourceSpan, withoutInvisibles } from './invisible-chars';

/** What Caravan concludes about one page: is it on topic, and which figures it highlights. */
export interface BlockScan {
  topic: TopicDecision;
  figures: BlockFigure[];
}

/**
 * The page pipeline without the DOM: decide the topic from the title and blocks, then extract the figures of
 * the blocks that belong to the article. An off-topic page yields no figures.
 */
export function scanBlocks(input: { title: string; blocks: readonly string[]; lang?: string }): BlockScan {
  const { decision: topic, subjectBlocks } = readTopic({ title: input.title, blocks: [...input.blocks] });
  if (!topic.isTopic) return { topic, figures: [] };
  const lang = asLang(input.lang);
  const figures: BlockFigure[] = [];
  input.blocks.forEach((text, block) => {
    if (!isBlockRelevant(text, topic, subjectBlocks.has(block))) return;
    appendBlockFigures(figures, readBlockFigures(text, lang), block);
  });
  return { topic, figures };
}

/**
 * One block's figures, read as the reader sees its text (zero-width and bidirectional characters left out), with
 * their spans pointing into the block's own text so the paint covers what is on the page.
 */
export function readBlockFigures(text: string, lang: 'zh' | 'en' | 'ru' | undefined): Figure[] {
  const visible = withoutInvisibles(text);
  const found = extractFigures(visible?.text ?? text, lang ? { lang } : {});
  return visible
    ? found.map((figure) => ({ ...figure, ...sourceSpan(visible, figure.start, figure.end) }))
    : found;
}
