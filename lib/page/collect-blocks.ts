import { foldWhiteSpace, type PageBlock, type TextPiece } from './block-text';
import { runSteps, type Steps } from './steps';

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'NAV',
  'ASIDE',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'HEADER',
  'FOOTER',
  'MENU',
  'DIALOG',
  // An AMP page's ad slots (their placeholder says "Реклама 18+"), its menu drawer and its consent prompt.
  'AMP-AD',
  'AMP-EMBED',
  'AMP-STICKY-AD',
  'AMP-SIDEBAR',
  'AMP-CONSENT',
]);

/** Inside the article region, headers carry the headline and byline, so only these stay skipped. */
const SKIPPED_IN_ARTICLE = new Set([...SKIPPED_TAGS].filter((tag) => tag !== 'HEADER'));

/** Elements that start a block of their own. */
export const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'DD',
  'DT',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BODY',
  'CAPTION',
  'SUMMARY',
  'ADDRESS',
  'TABLE',
  'UL',
  'OL',
  'FIGURE',
]);

/**
 * Class or id words of page furniture: navigation, related lists, sharing, comments (a Chinese site often names
 * them in pinyin, "pinglun" for 评论), counters, and the apparatus under an article's text (footnotes, endnotes, a
 * references list or bibliography): its counts and page numbers ("13,427 projects", "288 pp") cite sources, they
 * are not the article's figures. Also a pull quote, which repeats
 * a line of the text in large type ("30 billion cubic metres a year" once more), and a photo's credit line, which
 * follows a caption ("Photo: A. Nurlanov") and left the caption reading like a list line instead of a sentence,
 * and a gallery's slide counter ("1 / 5", read as "5 Gantry cranes"), also when its class says only "count". An "Also read" card set between the
 * paragraphs links another story and may carry that story's teaser with its figures ("reserves rose 22%").
 */
const CLUTTER =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|related|recommend\w*|share|sharing|social|comments?|pinglun\w*|footer|sidebar|aside|advert\w*|ads?|promo|toolbar|counter|count|(?:slide|photo|image|gallery)-?(?:count|number|index)|pager|pagination|views|hits|clicks|pv|tags|more-news|read-more|also-read|read-also|see-also|read-next|hot|rank\w*|footnotes?|endnotes?|references|reflist|bibliography|pull-?quotes?|credits?|photo-?credits?)(?:$|[\s_-])/i;

/**
 * Class or id words of a fact box: "数说中塔经贸", "Key facts", "By the numbers", "В цифрах" set beside the text in an
 * `<aside>`. Inside the article its lines are the article's own figures, so such an aside is read; any other
 * aside there (a related box, a pull quote's repeat, an ad) stays out.
 */
export const FACT_BOX =
  /(?:^|[\s_-])(?:facts?|fact-?box|key-?facts|infobox|info-box|glance|at-a-glance|by-the-numbers|in-numbers|numbers|data-?box|stats?-?box)(?:$|[\s_-])/i;

/**
 * Class or id words of boxes an outlet sets inside the text: a newsletter sign-up, a subscription offer with its
 * prices, the author's biography at the foot of a column, a media player's controls ("1.0x" speed, "1080P").
 * The same words name the wrapper of the text itself on many sites ("article-body paywall",
 * "subscription-content"), so only a box short enough to be one is left out (BOX_MAX_TEXT).
 */
const BOX =
  /(?:^|[\s_-])(?:newsletters?|subscribe|subscription|sign-?up|paywall|bio|biography|controls)(?:$|[\s_-])/i;
/** Characters of text a box holds at most: an offer, a bio or a sign-up is a few lines, an article is longer. */
const BOX_MAX_TEXT = 600;

const MAX_LINK_SHARE = 0.5;

// DOM constants by value: the same code runs on a page and, for the scan command, on a DOM in Node.
const TEXT_NODE = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/** Values of the contenteditable attribute that make an element editable. */
const EDITABLE_VALUES = new Set(['', 'true', 'plaintext-only']);

/** Class and id words of an element, or '' when it has none. */
export function marksOf(element: Element): string {
  return `${element.id} ${typeof element.className === 'string' ? element.className : ''}`;
}

function isSkipped(element: Element, skippedTags: Set<string>): boolean {
  const tag = element.tagName.toUpperCase();
  if (skippedTags.has(tag))
    return !(tag === 'ASIDE' && skippedTags === SKIPPED_IN_ARTICLE && isFactBox(element));
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // The attribute, not `isContentEditable`: that property makes the browser recompute the page's styles first,
  // tens of milliseconds on a large page. An editable element is rejected with its subtree, so its editable
  // descendants are never reached.
  if (EDITABLE_VALUES.has(element.getAttribute('contenteditable')?.toLowerCase() ?? 'false')) return true;
  const marks = marksOf(element);
  if (marks.length <= 1) return false;
  if (CLUTTER.test(marks)) return true;
  return BOX.test(marks) && (element.textContent ?? '').trim().length <= BOX_MAX_TEXT;
}

/** An aside inside the article that is its fact box (FACT_BOX), and not hidden. */
function isFactBox(element: Element): boolean {
  const marks = marksOf(element);
  return FACT_BOX.test(marks) && !CLUTTER.test(marks) && element.getAttribute('aria-hidden') !== 'true';
}

/** Whether an element inside the article region is left out with its subtree (a nav, an aside, a related box…). */
export function isLeftOutOfArticle(element: Element): boolean {
  return isSkipped(element, SKIPPED_IN_ARTICLE);
}

function blockOf(node: Node, root: Element): Element {
  let element = node.parentElement;
  while (element && element !== root && !BLOCK_TAGS.has(element.tagName.toUpperCase()))
    element = element.parentElement;
  return element ?? root;
}

/** Whether a link stands between `node` and `upTo` (`upTo` itself excluded). */
function isLinked(node: Node, upTo: Element): boolean {
  for (let element = node.parentElement; element && element !== upTo; element = element.parentElement) {
    if (element.tagName === 'A') return true;
  }
  return false;
}

/** Nodes visited between two steps of `collectBlockSteps`. */
const NODES_PER_STEP = 64;

/**
 * Collects the text blocks under `root`, in reading order, leaving out page furniture (navigation, asides,
 * related lists, forms, editable areas) and blocks that are mostly links.
 */
export function collectBlocks(root: Element, options: { inArticle?: boolean } = {}): PageBlock[] {
  return runSteps(collectBlockSteps(root, options));
}

/** `collectBlocks` as steps of some sixty nodes, for a scan that yields to the page between them. */
export function* collectBlockSteps(root: Element, options: { inArticle?: boolean } = {}): Steps<PageBlock[]> {
  const doc = root.ownerDocument;
  const skippedTags = options.inArticle ? SKIPPED_IN_ARTICLE : SKIPPED_TAGS;
  // No NodeFilter: a filter written in JavaScript costs a call from the browser into the page's script for
  // every node, most of the walk's time. The walk skips a skipped element's subtree itself instead.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  /** The node after the current one's subtree, in tree order (what a filter's FILTER_REJECT does). */
  const nextOutside = (): Node | null => {
    for (;;) {
      if (walker.currentNode === root) return null;
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  const blocks: PageBlock[] = [];
  const linkedLength = new Map<PageBlock, number>();
  let current: PageBlock | null = null;
  // A block set inside a link ("<a href><h2>headline</h2></a>", a list page's teaser) is link text throughout.
  let currentInLink = false;
  let lastWasSpace = true;
  // Every node the walk looks at counts towards a step, the elements it passes over too.
  let visited = 0;
  let stepEnd = NODES_PER_STEP;
  for (let node = walker.nextNode(); node; ) {
    visited++;
    if (node.nodeType !== TEXT_NODE) {
      const element = node as Element;
      if (element.tagName.toUpperCase() !== 'BR') {
        node = isSkipped(element, skippedTags) ? nextOutside() : walker.nextNode();
        continue;
      }
    }
    if (visited >= stepEnd) {
      stepEnd = visited + NODES_PER_STEP;
      yield;
    }
    if (node.nodeType !== TEXT_NODE) {
      // A line break ends a block: portals often write paragraphs as lines of one element.
      current = null;
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    node = walker.nextNode();
    const element = blockOf(text, root);
    if (!current || current.element !== element) {
      current = { element, text: '', pieces: [] };
      blocks.push(current);
      lastWasSpace = true;
      currentInLink = element !== root && isLinked(element, root);
    }
    const folded = foldWhiteSpace(text.data, lastWasSpace);
    if (folded.text.length === 0) continue;
    const piece: TextPiece = {
      node: text,
      start: current.text.length,
      length: folded.text.length,
      rawIndex: folded.rawIndex,
    };
    current.pieces.push(piece);
    current.text += folded.text;
    lastWasSpace = folded.text.endsWith(' ');
    if (currentInLink || isLinked(text, element))
      linkedLength.set(current, (linkedLength.get(current) ?? 0) + folded.text.trim().length);
  }
  return blocks.filter((block) => {
    const length = block.text.trim().length;
    return length > 0 && (linkedLength.get(block) ?? 0) <= length * MAX_LINK_SHARE;
  });
}
