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

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

function commonAncestor(a: Element, b: Element): Element {
  let ancestor: Element | null = a;
  while (ancestor && !ancestor.contains(b)) ancestor = ancestor.parentElement;
  return ancestor ?? b;
}

/**
 * The blocks of the article: the body's, and where the headline sits outside the body's container, also the
 * headline and what stands between it and the body (the standfirst, the byline, a lead image's caption).
 */
function collectArticleBlocks(root: Element, headline: Element | null): PageBlock[] {
  if (!headline || root.contains(headline)) return collectBlocks(root, { inArticle: true });
  if (!(headline.compareDocumentPosition(root) & FOLLOWING)) {
    return [...collectBlocks(headline, { inArticle: true }), ...collectBlocks(root, { inArticle: true })];
  }
  const container = commonAncestor(headline, root);
  return collectBlocks(container, { inArticle: true }).filter((block) => {
    const element = block.element;
    if (root.contains(element) || headline.contains(element)) return true;
    const afterHeadline = headline.compareDocumentPosition(element) & FOLLOWING;
    const beforeBody = element.compareDocumentPosition(root) & FOLLOWING;
    return Boolean(afterHeadline && beforeBody) && !element.contains(root);
  });
}

/**
 * Reads the article region of a page: the headline (even where it sits outside the body's container) and the
 * body's blocks. A page with no article-like region yields no blocks.
 */
export function readArticle(doc: Document = document): ArticleText {
  const headline = findHeadline(doc);
  const root = findArticleRoot(doc);
  const blocks = root ? collectArticleBlocks(root, headline.element) : [];
  const sample = `${headline.text} ${blocks
    .slice(0, 3)
    .map((block) => block.text)
    .join(' ')}`;
  return { title: headline.text, lang: detectLanguage(doc, sample), blocks };
}
