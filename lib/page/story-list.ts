import { isLeftOutOfArticle } from './collect-blocks';
import type { Steps } from './steps';

/**
 * A home, tag or search page lists stories: each a linked headline ("<a><h2>…</h2></a>" or "<h3><a>…</a></h3>")
 * with a teaser under it. The paragraphs of those teasers can outscore anything else on the page, so the region
 * finder picks the list; but a list of other pages' headlines is not an article, and its teasers' figures belong
 * to the stories they link to. From this many linked headlines in the region, the page is a list.
 */
export const STORY_LIST_MIN_HEADLINES = 3;

/** A link to another page: a same-page anchor ("#part-2", a report's contents) is no story of its own. */
function isLinkToPage(link: Element | null): boolean {
  return link !== null && !(link.getAttribute('href') ?? '').startsWith('#') && link.hasAttribute('href');
}

/** The heading is a link, or its text is mostly the text of a link inside it. */
function isLinkedHeadline(heading: Element, root: Element): boolean {
  const around = heading.closest('a');
  if (around && root.contains(around)) return isLinkToPage(around);
  const text = (heading.textContent ?? '').trim().length;
  let linked = 0;
  for (const link of heading.querySelectorAll('a')) {
    if (isLinkToPage(link)) linked += (link.textContent ?? '').trim().length;
  }
  return text > 0 && linked * 2 > text;
}

/**
 * The label of a link an article sets between its paragraphs to another of the outlet's stories: "Read also:",
 * "See also", "Читайте также:", "Также по теме", "相关阅读：", "延伸閱讀". A list's headlines carry no such label, so
 * a labelled heading is the article's aside, never a list's headline, however short the article.
 */
const READ_ALSO_LABEL =
  /^\s*[【[]?\s*(?:(?:read|see)\s+(?:also|more)|also\s+read|related|читайте\s+(?:также|еще|ещё)|(?:также|еще|ещё)\s+(?:читайте|по\s+теме)|смотрите\s+также|по\s+теме|相[关關](?:阅读|閱讀|新[闻聞]|[报報]道)|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|[扩擴]展[阅閱][读讀])\s*[】\]]?\s*[:：.|—–-]/i;

function isReadAlsoLink(heading: Element): boolean {
  return READ_ALSO_LABEL.test(heading.textContent ?? '');
}

/** Whether the heading sits in page furniture inside the region (a related box, an aside), up to `root`. */
function isInFurniture(heading: Element, root: Element): boolean {
  for (let element: Element | null = heading; element && element !== root; element = element.parentElement) {
    if (isLeftOutOfArticle(element)) return true;
  }
  return false;
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4']);
const SHOW_ELEMENT = 0x1;
/** Elements looked at between two steps: one query of a region of 200,000 nodes took 7 ms in one task. */
const ELEMENTS_PER_STEP = 2048;

/** Linked headlines in `container`, outside its furniture, counted up to `enough`, a few thousand elements a step. */
function* countLinkedHeadlines(container: Element, enough: number): Steps<number> {
  const walker = container.ownerDocument.createTreeWalker(container, SHOW_ELEMENT);
  let headlines = 0;
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++seen % ELEMENTS_PER_STEP === 0) yield;
    const heading = node as Element;
    if (!HEADINGS.has(heading.tagName.toUpperCase())) continue;
    if (!isLinkedHeadline(heading, container) || isInFurniture(heading, container)) continue;
    if (isReadAlsoLink(heading)) continue;
    if (++headlines >= enough) break;
  }
  return headlines;
}

/**
 * The text a list holds per linked headline at most: a teaser with its date is a few lines. An article that links
 * a few other stories between its paragraphs ("Read also: …") has far more text per link. Characters other than
 * spaces are counted alike: a Chinese teaser is shorter than an English one, and so is a Chinese article.
 */
const MAX_TEXT_PER_HEADLINE = 300;

function textWeight(container: Element): number {
  return (container.textContent ?? '').replace(/\s+/g, '').length;
}

/**
 * Whether `container` holds enough linked headlines for its text to be their teasers: at least
 * STORY_LIST_MIN_HEADLINES, and one for every MAX_TEXT_PER_HEADLINE of its text.
 */
function* holdsStoryList(container: Element): Steps<boolean> {
  const needed = Math.max(STORY_LIST_MIN_HEADLINES, Math.ceil(textWeight(container) / MAX_TEXT_PER_HEADLINE));
  return (yield* countLinkedHeadlines(container, needed)) >= needed;
}

/** Containers above a teaser that can hold its list: a teaser's text, its card, the list of cards. */
const LIST_LEVELS_ABOVE_TEASER = 2;

/**
 * Whether the region is a list of stories rather than an article: it holds several linked headlines with little
 * more than a teaser's text for each, or it is one teaser (it holds a linked headline) of a list that does: the
 * longest teaser's paragraph can outscore the list. The walk up stops at the page's headline: an article's
 * container holds its own headline, and any list of other stories beside the article is not the article.
 */
export function* isStoryListSteps(root: Element, headline: Element | null = null): Steps<boolean> {
  if ((yield* countLinkedHeadlines(root, 1)) === 0) return false;
  if (yield* holdsStoryList(root)) return true;
  let container = root.parentElement;
  for (let level = 0; container && level < LIST_LEVELS_ABOVE_TEASER; level++) {
    if (headline && container.contains(headline)) return false;
    if (yield* holdsStoryList(container)) return true;
    container = container.parentElement;
  }
  return false;
}
