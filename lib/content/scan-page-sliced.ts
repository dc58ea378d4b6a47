import { buildDeferred } from '../deferred';
import type { Figure } from '../figures/types';
import { readArticleSteps } from '../page/read-article';
import { appendBlockFigures, asLang, readBlockFigures } from '../scan/scan-blocks';
import type { DocumentScan } from '../scan/scan-document';
import { isBlockRelevant, readTopic } from '../topic';
import { prefilterPage } from './prefilter-page';
import { runSliced, type Slicer } from './yield-to-main';

/** Figures already read from a block's text, so a rescan reads only new or changed blocks. */
export class BlockFigureCache {
  private readonly figures = new Map<string, Figure[]>();

  constructor(private readonly maxEntries = 20_000) {}

  /** The figures of `text`, read once per language and text. */
  read(text: string, lang: 'zh' | 'en' | 'ru' | undefined): Figure[] {
    const key = `${lang ?? ''}\u0000${text}`;
    let found = this.figures.get(key);
    if (!found) {
      found = readBlockFigures(text, lang);
      // A page that keeps producing new text must not grow the cache without bound.
      if (this.figures.size >= this.maxEntries) this.figures.clear();
      this.figures.set(key, found);
    }
    return found;
  }

  get size(): number {
    return this.figures.size;
  }
}

/**
 * Text the topic decision reads at most: far more than any article, and scored in one slice. The decision is
 * made long before: title, lead and the first paragraphs carry it, and its evidence is capped per place.
 */
export const TOPIC_TEXT_CHARS = 64 * 1024;

/** The article's first blocks, up to TOPIC_TEXT_CHARS of text. */
export function topicBlocks(texts: readonly string[]): string[] {
  let size = 0;
  let count = 0;
  while (count < texts.length && size < TOPIC_TEXT_CHARS) size += (texts[count++] as string).length;
  return texts.slice(0, count);
}

/** A scan together with the head of the page's text, for a language guess when the prefilter said no. */
export interface SlicedScan {
  scan: DocumentScan | null;
  sample: string;
}

/**
 * The content script's scan of a page (`scanPage`), cut into slices that yield to the page: the prefilter
 * chunk by chunk, then the article region and topic, then each block's figures, from `cache` where the
 * block's text was read before. `scan` is null when the prefilter rules the page out.
 */
export async function scanPageSliced(
  doc: Document,
  slicer: Slicer,
  cache: BlockFigureCache,
): Promise<SlicedScan> {
  const prefilter = await prefilterPage(doc.body ?? doc, slicer);
  if (!prefilter.mightBeTopic) return { scan: null, sample: prefilter.sample };
  // The matchers a scan needs compile once per page, each in a slice, and only on a page that may be on topic.
  await buildDeferred(slicer.checkpoint);
  await slicer.pause();
  const article = await runSliced(readArticleSteps(doc), slicer);
  await slicer.pause();
  const texts = article.blocks.map((block) => block.text);
  const read = topicBlocks(texts);
  const { decision: topic, subjectBlocks } = readTopic({ title: article.title, blocks: read });
  const figures: DocumentScan['figures'] = [];
  const lang = asLang(article.lang);
  for (let block = 0; topic.isTopic && block < texts.length; block++) {
    if (slicer.due()) await slicer.pause();
    const text = texts[block] as string;
    // Blocks past the text the decision read find out for themselves whether they name the subject.
    const subject = block < read.length ? subjectBlocks.has(block) : undefined;
    if (isBlockRelevant(text, topic, subject)) appendBlockFigures(figures, cache.read(text, lang), block);
  }
  return {
    scan: { topic, figures, title: article.title, lang: article.lang, blocks: article.blocks },
    sample: prefilter.sample,
  };
}
