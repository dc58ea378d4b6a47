import { listBoxes } from '../page/article-boxes';
import type { PageBlock } from '../page/block-text';
import { listPostStarts } from '../page/post-feed';
import { readArticle } from '../page/read-article';
import { listBlockUnits } from '../page/table-units';
import { type BlockScan, scanBlocks } from './scan-blocks';

/** A page scan together with the blocks its figure offsets refer to. */
export interface DocumentScan extends BlockScan {
  title: string;
  lang: string;
  blocks: PageBlock[];
}

/** Runs the whole page pipeline on a document: article region, topic, figures. */
export function scanDocument(doc: Document = document): DocumentScan {
  const article = readArticle(doc);
  const units = listBlockUnits(article.blocks);
  const posts = listPostStarts(article.blocks);
  const boxes = listBoxes(article.blocks);
  const scan = scanBlocks({
    title: article.title,
    blocks: article.blocks.map((block) => block.text),
    lang: article.lang,
    ...(units ? { units } : {}),
    ...(posts ? { posts } : {}),
    ...(boxes ? { boxes } : {}),
  });
  return { ...scan, title: article.title, lang: article.lang, blocks: article.blocks };
}
