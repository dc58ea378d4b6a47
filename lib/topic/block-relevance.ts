import { isSubjectTerm, topicMatcher } from './collect-sentences';
import { compileSubjectMatcher } from './currency-names';
import { OTHER_SUBJECTS } from './gazetteer';
import { CENTRAL_ASIA_BIT, scanSides } from './prefilter-scan';
import type { TopicDecision } from './types';

const otherSubjectMatcher = compileSubjectMatcher(OTHER_SUBJECTS);

/**
 * Openings of a news item of its own: a wire dateline such as "新华社北京11月26日电", "BEIJING, Nov. 26
 * (Xinhua) --", "ASTANA, June 17 (Reuters) -", "BEIJING, May 19, 2023 /PRNewswire/ —" or
 * "МОСКВА, 26 ноября. /ТАСС/.".
 */
const DATELINES: readonly RegExp[] = [
  /^\s*[（(【[]?\s*(?:新[华華]社|中新社|中新[网網]|人民[网網]|央[视視][网網]|[记記]者)?[^。，,\n]{0,16}?\d{1,2}月\d{1,2}日[电電]/,
  /^\s*[A-Z][A-Z.'’ -]{2,40},\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([A-Za-z .]+\)|\/[A-Za-z .-]+\/)?\s*(?:--|[-–—])/,
  /^\s*[А-ЯЁ][А-ЯЁ -]{2,40},\s*\d{1,2}\s+[а-яё]+\.?\s*(?:[-–—]|\/[^/\n]{2,30}\/)/,
];

function startsOwnStory(block: string): boolean {
  return DATELINES.some((dateline) => dateline.test(block));
}

/**
 * Whether a block's own text belongs to the article, on a page that is on topic:
 * 1. A block naming Central Asia or a link term is: it refers to the article's subject. China alone does not
 *    count, because unrelated Chinese news names China too.
 * 2. A block that opens with a wire dateline of its own is a separate news item: it is not.
 * 3. A block naming a different subject — another partner (US, EU, ASEAN, Mongolia, Gaza…), a Chinese
 *    locality far from Central Asia (Shanghai, Macau, a 省…市 address), or weather, sports or leisure — is not.
 *    A currency named after its country ("US$", "долларов США") does not name that country.
 * 4. Any other block is: article paragraphs seldom repeat the country names.
 * `subject` is rule 1's answer when the caller already matched the block's terms.
 */
export function isArticleText(block: string, subject: boolean = namesArticleSubject(block)): boolean {
  if (subject) return true;
  if (startsOwnStory(block)) return false;
  return !otherSubjectMatcher.some(block, () => true);
}

/**
 * Relevance of one block given the page decision, so unrelated items placed under an article get no
 * highlights: nothing is relevant on a page that is not on topic; the page furniture the decision found
 * (related-story lists, counters, lines after the article; see page-furniture.ts) is not, even when it names
 * China and Central Asia; any other block is relevant when its own text belongs to the article. `subject`
 * says, when known, whether the block names Central Asia or a link term (see `isArticleText`).
 *
 * `withinArticle`: the block sits between two that name the subject. Unrelated items follow an article; they
 * are not set between its paragraphs, which may well cite "a Washington-based think tank" or "the
 * Russian-language outlet Kursiv". There, only a dateline of its own makes a block a separate item.
 */
export function isBlockRelevant(
  block: string,
  decision: TopicDecision,
  subject?: boolean,
  withinArticle = false,
): boolean {
  if (!decision.isTopic) return false;
  if (decision.furniture?.includes(block.trim())) return false;
  if (withinArticle) return subject === true || !startsOwnStory(block);
  return isArticleText(block, subject);
}

/**
 * Whether a block names Central Asia or a link term (`isArticleText`'s rule 1). Every such term holds a Central
 * Asia key of the prefilter (tests/unit/topic/prefilter-keys.test.ts), so a block without one needs no matcher.
 */
export function namesArticleSubject(block: string): boolean {
  if ((scanSides(block) & CENTRAL_ASIA_BIT) === 0) return false;
  return topicMatcher.some(block, isSubjectTerm);
}
