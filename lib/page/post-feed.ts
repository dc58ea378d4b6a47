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
 * A feed that stands in an `article` element under that article's own h1 is a live blog: its timestamped
 * entries are one story told in parts ("14:05 Leaders sign treaty", "13:20 China will provide 1.5 billion
 * yuan…"). The feed is the region still (the longest entry alone is not the story), but it has no posts: every
 * entry reads as the article's text under its headline. So does a feed set right after an h1 of its own (the h1
 * its sibling): a CMS that writes an article as a run of like blocks ("div.block > div.block-text > div.paragraph")
 * gives it the shape of a feed, but a channel's posts have no article headline above them.
 */
export const FEED_MIN_POSTS = 3;
const FEED_LEVELS = 3;
const FEED_MAX_SHARE = 0.5;
/** Characters of text a post holds at least: a photo with a date is no post of the feed's text. */
const POST_MIN_TEXT = 20;

function markupOf(element: Element): string {
  return `${element.tagName} ${typeof element.className === 'string' ? element.className.trim() : ''}`;
}

/**
 * Characters of an element's text, spaces included: enough to compare posts. No pass over the text itself: on a
 * page of megabytes, the region's own text is read here once, and a regular expression over it would hold the
 * page's thread for a tenth of a second.
 */
function textLength(element: Element): number {
  return (element.textContent ?? '').length;
}

/** The posts of a feed whose parent is `parent` and one of whose posts is `post`, or null when it is none. */
function feedPosts(post: Element, parent: Element): Element[] | null {
  const markup = markupOf(post);
  // The markup first, with no text read: most regions have no sibling of their own markup at all.
  const same = [...parent.children].filter((sibling) => markupOf(sibling) === markup);
  if (same.length < FEED_MIN_POSTS || isLeftOutOfArticle(post)) return null;
  if (same.some((sibling) => sibling.querySelector('h1'))) return null;
  const lengths = new Map(same.map((sibling) => [sibling, textLength(sibling)]));
  const posts = same.filter((sibling) => (lengths.get(sibling) ?? 0) >= POST_MIN_TEXT);
  const total = posts.reduce((sum, sibling) => sum + (lengths.get(sibling) ?? 0), 0);
  const own = lengths.get(post) ?? 0;
  return posts.length >= FEED_MIN_POSTS && own >= POST_MIN_TEXT && own <= total * FEED_MAX_SHARE
    ? posts
    : null;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * Whether a feed is one story in parts: it stands in an article element that holds its own h1 before the feed (a
 * live blog's entries), or right under an h1 of its own (a sibling before it: an article body in blocks).
 */
function isOneStory(feed: Element): boolean {
  const story = feed.parentElement?.closest('article');
  const headline = story
    ? story.querySelector('h1')
    : [...(feed.parentElement?.children ?? [])].find((sibling) => sibling.tagName.toUpperCase() === 'H1');
  return Boolean(headline && !feed.contains(headline) && headline.compareDocumentPosition(feed) & FOLLOWING);
}

/** A feed of posts: the region, and its posts in reading order (none for a live blog's entries). */
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
    const posts = feedPosts(post, parent);
    if (posts) return isOneStory(parent) ? { feed: parent, posts: [] } : { feed: parent, posts };
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
