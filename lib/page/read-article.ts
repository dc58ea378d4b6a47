import type { PageBlock } from './block-text';
import { collectBlocks } from './collect-blocks';
import { findArticleRoot, findHeadline } from './find-article-root';

/** The article as the rest of the pipeline sees it: headline, language and text blocks in reading order. */
export interface ArticleText {
  title: string;
  lang: string;
  blocks: PageBlock[];
}

/** The page's declared language, else a guess from its script. */
export function detectLanguage(doc: Document, sample: string): string {
  const declared = doc.documentElement.getAttribute('lang')?.trim().toLowerCase();
  if (declared) return declared.split(/[-_]/)[0] as string;
  if (/[\u4e00-\u9fff]/.test(sample)) return 'zh';
  if (/[\u0400-\u04ff]/.test(sample)) return 'ru';
  return 'en';
}

/**
 * Reads the article region of a page: the headline (even where it sits outside the body's container) and the
 * body's blocks. A page with no article-like region yields no blocks.
 */
export function readArticle(doc: Document = document): ArticleText {
  const headline = findHeadline(doc);
  const root = findArticleRoot(doc);
  const blocks = root ? collectBlocks(root, { inArticle: true }) : [];
  const h1 = headline.element;
  if (h1 && root && !root.contains(h1)) blocks.unshift(...collectBlocks(h1, { inArticle: true }));
  const sample = `${headline.text} ${blocks
    .slice(0, 3)
    .map((block) => block.text)
    .join(' ')}`;
  return { title: headline.text, lang: detectLanguage(doc, sample), blocks };
}
