import { isLeftOutOfArticle } from './collect-blocks';

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

/** Whether the heading sits in page furniture inside the region (a related box, an aside), up to `root`. */
function isInFurniture(heading: Element, root: Element): boolean {
  for (let element: Element | null = heading; element && element !== root; element = element.parentElement) {
    if (isLeftOutOfArticle(element)) return true;
  }
  return false;
}

/** Whether the region is a list of stories rather than an article: it holds several linked headlines. */
export function isStoryList(root: Element): boolean {
  let headlines = 0;
  for (const heading of root.querySelectorAll('h1, h2, h3, h4')) {
    if (!isLinkedHeadline(heading, root) || isInFurniture(heading, root)) continue;
    if (++headlines >= STORY_LIST_MIN_HEADLINES) return true;
  }
  return false;
}
