import type { PageBlock } from './block-text';
import { isLeftOutOfArticle } from './collect-blocks';

/**
 * A channel's web preview (t.me/s/…), a social wall or a post feed writes each post as the same nest of `div`s:
 * text, date, view counter, link. The best-scoring paragraph container is then one post, the longest, and the
 * others would be lost; but the page is a list of posts, like a digest: every post is the page's text, and block
 * relevance (lib/topic) keeps the posts on the subject and leaves the others out.
 *
 * So from the best container up to FEED_LEVELS ancestors, an element that is one of at least FEED_MIN_POSTS
 * siblings of the same markup (tag and class), each holding some text, is a post, and their parent is the region,
 * provided that:
 * - no post holds an h1: a page that appends whole stories one after another (infinite scroll) gives each its
 *   headline, and one story is the article, not the run of them;
 * - the text is spread over the posts (the first post's share is at most FEED_MAX_SHARE): a layout's rows or
 *   columns of one class hold the article in one of them and little in the others;
 * - the posts are not page furniture (a comment thread, a related list).
 */
export const FEED_MIN_POSTS = 3;
const FEED_LEVELS = 3;
const FEED_MAX_SHARE = 0.5;
/** Characters of text a post holds at least: a photo with a date is no post of the feed's text. */
const POST_MIN_TEXT = 20;

function markupOf(element: Element): string {
  return `${element.tagName} ${typeof element.className === 'string' ? element.className.trim() : ''}`;
}

function textWeight(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, '').length;
}

/** The element's siblings of its own markup (itself included) that hold some text. */
function postsLike(post: Element, parent: Element): Element[] {
  const markup = markupOf(post);
  return [...parent.children].filter(
    (sibling) => markupOf(sibling) === markup && textWeight(sibling) >= POST_MIN_TEXT,
  );
}

function isFeedOf(post: Element, posts: readonly Element[]): boolean {
  if (posts.length < FEED_MIN_POSTS || isLeftOutOfArticle(post)) return false;
  if (posts.some((sibling) => sibling.querySelector('h1'))) return false;
  const total = posts.reduce((sum, sibling) => sum + textWeight(sibling), 0);
  return textWeight(post) <= total * FEED_MAX_SHARE;
}

/** A feed of posts: the region, and its posts in reading order. */
export interface PostFeed {
  feed: Element;
  posts: Element[];
}

/** The feed the best paragraph container `root` is one post of, if it is one. */
export function findPostFeed(root: Element): PostFeed | null {
  let post: Element = root;
  for (let level = 0; level <= FEED_LEVELS; level++) {
    const parent = post.parentElement;
    if (!parent || parent.tagName.toUpperCase() === 'BODY' || parent.tagName.toUpperCase() === 'HTML') break;
    const posts = postsLike(post, parent);
    if (isFeedOf(post, posts)) return { feed: parent, posts };
    post = parent;
  }
  return null;
}

/** Marks each block with the post it sits in (`PageBlock.post`); blocks between posts keep none. */
export function markPosts(blocks: readonly PageBlock[], posts: readonly Element[]): void {
  const isPost = new Set(posts);
  for (const block of blocks) {
    for (let element: Element | null = block.element; element; element = element.parentElement) {
      if (!isPost.has(element)) continue;
      block.post = element;
      break;
    }
  }
}

/** The first block of each post, as the background reads them (`BlockTexts.posts`); none outside a feed. */
export function listPostStarts(blocks: readonly PageBlock[]): number[] | undefined {
  const starts: number[] = [];
  blocks.forEach((block, index) => {
    if (block.post && block.post !== blocks[index - 1]?.post) starts.push(index);
  });
  return starts.length > 0 ? starts : undefined;
}
