import { BLOCK_TAGS, isLeftOutOfArticle, marksOf } from './collect-blocks';
import { findPostFeed, type PostFeed } from './post-feed';
import { runSteps, type Steps } from './steps';

/**
 * Picks the element that holds the article body, Readability-style: each paragraph's text scores its parent in
 * full and its grandparent by half; the best-scoring element wins. Explicit markup (articleBody) wins outright.
 * Where the best element is one post of a feed (a channel's web preview), the feed is the region
 * (`findPostFeed`).
 */
export function findArticleRoot(doc: Document = document): Element | null {
  return runSteps(findArticleRegionSteps(doc)).root;
}

/** The article's region: its root, and where the root is a feed of posts, the posts. */
export interface ArticleRegion {
  root: Element | null;
  posts?: Element[];
}

/** Paragraphs scored between two steps of `findArticleRegionSteps`. */
const PARAGRAPHS_PER_STEP = 64;

/**
 * Elements that read as paragraphs; a `div` only when it holds its text itself (`isParagraph`). A caption too: a
 * photo gallery's text is its captions, and an article's captions belong to its body.
 */
export const PARAGRAPH_SELECTOR = 'p, pre, td, blockquote, div, figcaption';

/**
 * A `div` whose children are all inline (text, links, line breaks) reads as a paragraph, as in Readability: that is
 * how a channel's posts, many CMS bodies ("div.paragraph") and older portals write one. One with block children
 * (the tags that start a block of their own) is a container. So is a table cell or a quote that holds blocks: an
 * older portal lays out its page as one table row of columns (a rates and weather column, the story's column, a
 * "popular" column), and a column holding the headline and the story's `div`s is no paragraph of that row.
 */
export function isParagraph(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'P' || tag === 'PRE') return true;
  for (const child of element.children) if (BLOCK_TAGS.has(child.tagName.toUpperCase())) return false;
  return true;
}

/**
 * Whether a `div` read as a paragraph is mostly the text of its links: a rail of linked headlines written as bare
 * `div`s ("most read", a menu) is no text of the page's own, and could outscore a short article beside it.
 */
function isMostlyLinks(div: Element, length: number): boolean {
  let linked = 0;
  for (const link of div.getElementsByTagName('a')) linked += (link.textContent ?? '').trim().length;
  return linked * 2 > length;
}

/**
 * Whether a paragraph is page furniture the article region never holds: it sits in a page's footer or navigation,
 * or it or its parent is left out of an article (a `div.footer` of licence lines, a comments box, a hidden
 * layer). A portal's footer is written as long runs of inline text (addresses, licence numbers, "关于我们 | 广告服务
 * …"), longer than a short news flash's two paragraphs: scored, it made the page's body the region, and a ticker's
 * rates were read as the article's figures. Only the paragraph and its parent are asked about their class words:
 * a wrapper higher up named "has-sidebar" may hold the story itself.
 */
function isFurnitureParagraph(p: Element): boolean {
  if (p.closest('footer, nav')) return true;
  if (isLeftOutOfArticle(p)) return true;
  const parent = p.parentElement;
  return parent !== null && parent.tagName.toUpperCase() !== 'BODY' && isLeftOutOfArticle(parent);
}

/** `findArticleRoot` as steps of some sixty paragraphs, with a feed's posts. */
export function* findArticleRegionSteps(doc: Document = document): Steps<ArticleRegion> {
  const marked = doc.querySelector('[itemprop="articleBody"]');
  if (marked) return { root: marked };
  const scores = new Map<Element, number>();
  let scored = 0;
  for (const p of doc.querySelectorAll(PARAGRAPH_SELECTOR)) {
    if (++scored % PARAGRAPHS_PER_STEP === 0) yield;
    if (!isParagraph(p)) continue;
    const length = (p.textContent ?? '').trim().length;
    if (length < 20) continue;
    if (p.tagName.toUpperCase() === 'DIV' && isMostlyLinks(p, length)) continue;
    if (isFurnitureParagraph(p)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best = bestScored(scores);
  // An infinite scroll appends the next story as an article element of its own after the page's: when the best
  // container stands in another article than the page's headline, the headline's article is the story.
  const story = doc.querySelector('h1')?.closest('article');
  const other = best?.closest('article');
  if (story && other && other !== story && !other.contains(story) && !story.contains(other))
    best = bestScored(scores, story) ?? best;
  const feed: PostFeed | null = best && findPostFeed(best);
  if (!feed) return { root: best };
  return feed.posts.length > 0 ? { root: feed.feed, posts: feed.posts } : { root: feed.feed };
}

/** The best-scoring element, among those inside `within` when given. */
function bestScored(scores: Map<Element, number>, within?: Element): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore && (!within || within.contains(element))) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

const foldSpaces = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Class or id words of a site's logo. */
const LOGO = /(?:^|[\s_-])logo(?:$|[\s_-])/i;
/** The longest site name an h1 holding the logo is taken for. */
const SITE_NAME_MAX = 12;
/** How much of the page's title a heading must open it with to be its headline. */
const TITLE_PREFIX = 12;

/**
 * Whether an h1 holds the site's logo or name rather than the story's headline: it is marked as the logo, or it is
 * short and the page's title ends with it ("中哈跨境运输量同比增长21%_新疆日报" over an h1 "新疆日报").
 */
function isSiteName(h1: Element, title: string): boolean {
  if (LOGO.test(marksOf(h1)) || (h1.parentElement && LOGO.test(marksOf(h1.parentElement)))) return true;
  const text = foldSpaces(h1.textContent);
  return text.length > 0 && text.length <= SITE_NAME_MAX && title !== text && title.endsWith(text);
}

/**
 * The headline element: the first h1, unless it is the site's logo and another h1 or h2 opens the page's title
 * (the story's headline set in an h2 below the logo).
 */
function findHeadlineElement(doc: Document): Element | null {
  const first = doc.querySelector('h1');
  const title = foldSpaces(doc.title);
  if (!first) return title ? findUnmarkedHeadline(doc, title) : null;
  if (!title || !isSiteName(first, title)) return first;
  for (const heading of doc.querySelectorAll('h1, h2')) {
    const text = foldSpaces(heading.textContent);
    if (heading !== first && text.length >= 6 && title.startsWith(text.slice(0, TITLE_PREFIX)))
      return heading;
  }
  return first;
}

/** Where a page with no h1 sets its headline: an h2, or an element named as a title ("newstitle", "headline"). */
const UNMARKED_HEADLINE =
  'body h2, body [class*="title" i], body [class*="headline" i], body [id*="title" i]';
/** The longest text an element set as a headline holds: more is a container of the story, not its headline. */
const HEADLINE_MAX = 250;

/** A headline says something: four words or more, or ten Chinese characters; a channel's or site's name does not. */
function isSentenceLong(text: string): boolean {
  return text.split(' ').length >= 4 || (text.match(/[\u3400-\u9fff]/gu)?.length ?? 0) >= 10;
}

/**
 * The headline of a page with no h1 (old table layouts, portals): the first element set as a title whose whole text
 * opens the page's title ("Kyrgyzstan, China open second Torugart lane…" in a div.newstitle).
 */
function findUnmarkedHeadline(doc: Document, title: string): Element | null {
  for (const element of doc.querySelectorAll(UNMARKED_HEADLINE)) {
    const text = foldSpaces(element.textContent);
    if (
      text.length >= TITLE_PREFIX &&
      text.length <= HEADLINE_MAX &&
      isSentenceLong(text) &&
      title.startsWith(text.slice(0, TITLE_PREFIX))
    )
      return element;
  }
  return null;
}

/** The headline: the first h1 in the page (or the heading under a logo's h1), else the document title. */
export function findHeadline(doc: Document = document): { text: string; element: Element | null } {
  const h1 = findHeadlineElement(doc);
  const text = foldSpaces(h1?.textContent ?? doc.title);
  return { text, element: h1 };
}
