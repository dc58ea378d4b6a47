import { markBoxes } from './article-boxes';
import type { PageBlock } from './block-text';
import { collectBlockSteps } from './collect-blocks';
import { findArticleRegionSteps, findHeadline } from './find-article-root';
import { markPosts } from './post-feed';
import { runSteps, type Steps } from './steps';
import { isStoryListSteps } from './story-list';
import { attachTableUnitSteps } from './table-units';

/**
 * The article as the rest of the pipeline sees it: headline, language and text blocks in reading order, table
 * cells with the unit statements their table declares (lib/page/table-units.ts).
 */
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
function* collectArticleBlocks(root: Element, headline: Element | null): Steps<PageBlock[]> {
  if (!headline || root.contains(headline)) return yield* collectBlockSteps(root, { inArticle: true });
  if (!(headline.compareDocumentPosition(root) & FOLLOWING)) {
    const head = yield* collectBlockSteps(headline, { inArticle: true });
    return [...head, ...(yield* collectBlockSteps(root, { inArticle: true }))];
  }
  const container = commonAncestor(headline, root);
  const blocks = yield* collectBlockSteps(container, { inArticle: true });
  return blocks.filter((block) => {
    const element = block.element;
    if (root.contains(element) || headline.contains(element)) return true;
    const afterHeadline = headline.compareDocumentPosition(element) & FOLLOWING;
    const beforeBody = element.compareDocumentPosition(root) & FOLLOWING;
    return Boolean(afterHeadline && beforeBody) && !element.contains(root);
  });
}

/**
 * Reads the article region of a page: the headline (even where it sits outside the body's container) and the
 * body's blocks. A page with no article-like region, or whose region is a list of stories, yields no blocks.
 */
export function readArticle(doc: Document = document): ArticleText {
  return runSteps(readArticleSteps(doc));
}

/** `readArticle` as steps, for a scan that yields to the page between them. */
export function* readArticleSteps(doc: Document = document): Steps<ArticleText> {
  const headline = findHeadline(doc);
  const { root, posts } = yield* findArticleRegionSteps(doc);
  // A list of stories (a home, tag or search page) has no article text: its teasers belong to other pages.
  const blocks =
    root && !(yield* isStoryListSteps(root, headline.element))
      ? yield* collectArticleBlocks(root, headline.element)
      : [];
  // A feed's posts are stories of their own: the background reads each for itself.
  if (posts) markPosts(blocks, posts);
  // A box inside the article is read as the article's when the background finds it on the article's topic.
  if (root) markBoxes(blocks, root);
  yield* attachTableUnitSteps(blocks, doc);
  const sample = `${headline.text} ${blocks
    .slice(0, 3)
    .map((block) => block.text)
    .join(' ')}`;
  return { title: headline.text, lang: detectLanguage(doc, sample), blocks };
}
