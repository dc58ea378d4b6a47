import { extractFigures } from '../figures';
import type { Figure } from '../figures/types';
import { isBlockRelevant, scoreTopic, type TopicDecision } from '../topic';

/** A figure found in one block of a page; `start`/`end` are offsets into that block's text. */
export interface BlockFigure extends Figure {
  block: number;
}

/** What Caravan concludes about one page: is it on topic, and which figures it highlights. */
export interface BlockScan {
  topic: TopicDecision;
  figures: BlockFigure[];
}

/** The languages the figure reader knows; anything else reads without a language hint. */
export function asLang(lang: string | undefined): 'zh' | 'en' | 'ru' | undefined {
  return lang === 'zh' || lang === 'en' || lang === 'ru' ? lang : undefined;
}

/**
 * The page pipeline without the DOM: decide the topic from the title and blocks, then extract the figures of
 * the blocks that belong to the article. An off-topic page yields no figures.
 */
export function scanBlocks(input: { title: string; blocks: readonly string[]; lang?: string }): BlockScan {
  const topic = scoreTopic({ title: input.title, blocks: [...input.blocks] });
  if (!topic.isTopic) return { topic, figures: [] };
  const lang = asLang(input.lang);
  const figures: BlockFigure[] = [];
  input.blocks.forEach((text, block) => {
    if (!isBlockRelevant(text, topic)) return;
    appendBlockFigures(figures, extractFigures(text, lang ? { lang } : {}), block);
  });
  return { topic, figures };
}

/** Adds one block's figures to a page's list, re-pointing their conversion links into the whole list. */
export function appendBlockFigures(figures: BlockFigure[], found: readonly Figure[], block: number): void {
  const base = figures.length;
  for (const figure of found) {
    const linked = figure.conversionOf === undefined ? {} : { conversionOf: figure.conversionOf + base };
    figures.push({ ...figure, ...linked, block });
  }
}
