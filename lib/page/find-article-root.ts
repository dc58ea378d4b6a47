import { runSteps, type Steps } from './steps';

/**
 * Picks the element that holds the article body, Readability-style: each paragraph's text scores its parent in
 * full and its grandparent by half; the best-scoring element wins. Explicit markup (articleBody) wins outright.
 */
export function findArticleRoot(doc: Document = document): Element | null {
  return runSteps(findArticleRootSteps(doc));
}

/** Paragraphs scored between two steps of `findArticleRootSteps`. */
const PARAGRAPHS_PER_STEP = 64;

/** `findArticleRoot` as steps of some sixty paragraphs. */
export function* findArticleRootSteps(doc: Document = document): Steps<Element | null> {
  const marked = doc.querySelector('[itemprop="articleBody"]');
  if (marked) return marked;
  const scores = new Map<Element, number>();
  let scored = 0;
  for (const p of doc.querySelectorAll('p, pre, td, blockquote')) {
    if (++scored % PARAGRAPHS_PER_STEP === 0) yield;
    const length = (p.textContent ?? '').trim().length;
    if (length < 20) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

/** The headline: the first h1 in the page, else the document title. */
export function findHeadline(doc: Document = document): { text: string; element: Element | null } {
  const h1 = doc.querySelector('h1');
  const text = (h1?.textContent ?? doc.title ?? '').replace(/\s+/g, ' ').trim();
  return { text, element: h1 };
}
