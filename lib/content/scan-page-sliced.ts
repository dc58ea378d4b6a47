import { buildDeferred } from '../deferred';
import type { Figure } from '../figures/types';
import { listBoxes } from '../page/article-boxes';
import { listPostStarts } from '../page/post-feed';
import { readArticleSteps } from '../page/read-article';
import { listBlockUnits } from '../page/table-units';
import { asLang, collectFigures } from '../scan/block-figures';
import type { BlockTextsReading } from '../scan/read-block-texts';
import type { DocumentScan } from '../scan/scan-document';
import { prefilterPage } from './prefilter-page';
import { readInBackground, type SendToBackground } from './read-in-background';
import { runSliced, type Slicer } from './yield-to-main';

/** "26.4" under "亿美元" and under "万吨" are two readings: a cell's unit statements are part of its key. */
function cacheKey(text: string, lang: string, units: readonly string[] | undefined): string {
  const base = `${asLang(lang) ?? ''}\u0000${text}`;
  return units ? `${base}\u0000${units.join('\u0001')}` : base;
}

/** Figures already read from a block's text, so a rescan has the background read only new or changed blocks. */
export class BlockFigureCache {
  private readonly figures = new Map<string, Figure[]>();

  constructor(private readonly maxEntries = 20_000) {}

  /** The figures read before from `text` in this language (and, for a table cell, its unit statements), if any. */
  get(text: string, lang: string, units?: readonly string[]): Figure[] | undefined {
    return this.figures.get(cacheKey(text, lang, units));
  }

  set(text: string, lang: string, figures: Figure[], units?: readonly string[]): void {
    // A page that keeps producing new text must not grow the cache without bound.
    if (this.figures.size >= this.maxEntries) this.figures.clear();
    this.figures.set(cacheKey(text, lang, units), figures);
  }

  get size(): number {
    return this.figures.size;
  }
}

/** A scan together with the head of the page's text, for a language guess when the prefilter said no. */
export interface SlicedScan {
  scan: DocumentScan | null;
  sample: string;
}

/**
 * The content script's scan of a page, cut into slices that yield to the page: the prefilter chunk by chunk,
 * then the article region; the background decides the topic and reads the figures of the blocks not in `cache`
 * (lib/content/read-in-background.ts). `scan` is null when the prefilter rules the page out, and when the
 * background cannot answer (the page then shows no figures, as a page off topic).
 */
export async function scanPageSliced(
  doc: Document,
  slicer: Slicer,
  cache: BlockFigureCache,
  send?: SendToBackground,
): Promise<SlicedScan> {
  const prefilter = await prefilterPage(doc.body ?? doc, slicer);
  if (!prefilter.mightBeTopic) return { scan: null, sample: prefilter.sample };
  // What the page still compiles (a few tables) builds once per page, each in a slice of its own.
  await buildDeferred(slicer.checkpoint);
  await slicer.pause();
  const article = await runSliced(readArticleSteps(doc), slicer);
  await slicer.pause();
  const texts = article.blocks.map((block) => block.text);
  const units = listBlockUnits(article.blocks);
  const posts = listPostStarts(article.blocks);
  const boxes = listBoxes(article.blocks);
  const known = new Map<number, Figure[]>();
  texts.forEach((text, block) => {
    const figures = cache.get(text, article.lang, article.blocks[block]?.units);
    if (figures) known.set(block, figures);
  });
  let reading: BlockTextsReading;
  try {
    const request = {
      title: article.title,
      lang: article.lang,
      blocks: texts,
      known: [...known.keys()],
      ...(units ? { units } : {}),
      ...(posts ? { posts } : {}),
      ...(boxes ? { boxes } : {}),
    };
    reading = await readInBackground(request, slicer, send);
  } catch (error) {
    // An abort ends the scan; a background that cannot answer (an extension reload) leaves the page unread.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    // A debug line only: a warning would show among the news site's own problems.
    console.debug('Caravan could not have this page read:', error);
    return { scan: null, sample: prefilter.sample };
  }
  const figures = collectFigures(reading, known, (block, found) =>
    cache.set(texts[block] as string, article.lang, found, article.blocks[block]?.units),
  );
  return {
    scan: { topic: reading.topic, figures, title: article.title, lang: article.lang, blocks: article.blocks },
    sample: prefilter.sample,
  };
}
