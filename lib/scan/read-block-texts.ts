import { extractFigures } from '../figures';
import { readTableUnits } from '../figures/table-unit';
import type { ExtractOptions, Figure, TableUnit } from '../figures/types';
import {
  isBlockRelevant,
  isFurnitureAnywhere,
  namesArticleSubject,
  namesRelation,
  opensListOrNotes,
  readBriefingItems,
  readTopic,
  type TopicDecision,
} from '../topic';
import { asLang } from './block-figures';
import { sourceSpan, withoutInvisibles } from './invisible-chars';
import { readListUnits } from './list-units';

/**
 * Text the topic decision reads at most: far more than any article. The decision is made long before: title,
 * lead and the first paragraphs carry it, and its evidence is capped per place.
 */
export const TOPIC_TEXT_CHARS = 64 * 1024;

/** The article's first blocks, up to TOPIC_TEXT_CHARS of text. */
export function topicBlocks(texts: readonly string[]): string[] {
  let size = 0;
  let count = 0;
  while (count < texts.length && size < TOPIC_TEXT_CHARS) size += (texts[count++] as string).length;
  return texts.slice(0, count);
}

/** A page's article as the content script sends it to be read: its headline, language and block texts. */
export interface BlockTexts {
  title: string;
  lang: string;
  blocks: readonly string[];
  /** Blocks whose figures the page read before (the same text): their figures are not read again. */
  known: readonly number[];
  /** Table cells' unit statements, nearest first, as [block, statements]: lib/page/table-units.ts. */
  units?: BlockUnits;
  /**
   * In a feed of posts (a channel's web preview), the first block of each post, ascending (lib/page/post-feed.ts).
   * A post is a story of its own: its blocks are the article's only when the post itself names the relation.
   */
  posts?: readonly number[];
  /**
   * The blocks of each box inside the article (a fact box: lib/page/article-boxes.ts). A box whose text names the
   * article's subject is the article's, wherever it stands, its short lines too.
   */
  boxes?: readonly (readonly number[])[];
}

/** The unit statements of a page's table cells: [block index, statements nearest first], cells with any only. */
export type BlockUnits = readonly (readonly [number, readonly string[]])[];

/** A figure of one block: offsets, and `conversionOf`, point into that block's own text and figures. */
export interface FigureOfBlock extends Figure {
  block: number;
}

/** What the background tells the page about its article. */
export interface BlockTextsReading {
  /** The topic decision, with the evidence the panel shows under "why this page?". */
  topic: TopicDecision;
  /** The blocks that belong to the article, in reading order: only their figures are highlighted. */
  relevant: number[];
  /** The figures of the relevant blocks that are not `known`, block by block in reading order. */
  figures: FigureOfBlock[];
}

/**
 * The topic decision on the article's first blocks, then each block's relevance, then the figures of the
 * relevant blocks the page has not read before. Runs in the background: the gazetteer and the figure readers
 * are most of the content script's size and of its main-thread time (docs/adr/0011-reading-in-the-background.md).
 */
export function readBlockTexts(input: BlockTexts): BlockTextsReading {
  const read = topicBlocks(input.blocks);
  const whole = readTopic({ title: input.title, blocks: read });
  const { subjectBlocks } = whole;
  // A briefing the whole-page decision rules out may still hold items on topic by themselves: only they count.
  const briefing = whole.decision.isTopic ? null : readBriefingItems(input.title, read);
  const topic = briefing?.decision ?? whole.decision;
  const relevant: number[] = [];
  const figures: FigureOfBlock[] = [];
  if (!topic.isTopic) return { topic, relevant, figures };
  const known = new Set(input.known);
  const lang = asLang(input.lang);
  const units = readTableUnits(input.units ?? []);
  for (const [block, unit] of readListUnits(input.blocks, units)) units.set(block, unit);
  // Blocks past the text the decision read find out for themselves whether they name the subject.
  const subjects = input.blocks.map((text, block) =>
    block < read.length ? subjectBlocks.has(block) : namesArticleSubject(text),
  );
  // The article's first and last paragraphs on the subject; a tag line under the article names it too.
  const furniture = new Set(topic.furniture);
  const isEnd = (named: boolean, block: number) =>
    named && !furniture.has((input.blocks[block] as string).trim());
  const firstSubject = subjects.findIndex(isEnd);
  const lastSubject = subjects.findLastIndex(isEnd);
  // A table cell whose table states its unit is the article's data, even as the last thing in the article:
  // the short lines there are not a footer's.
  const withoutFurniture = { ...topic, furniture: [] };
  const postOf = readPosts(input.blocks, input.posts ?? []);
  const boxed = boxesOfArticle(input.blocks, input.boxes ?? [], subjects);
  input.blocks.forEach((text, block) => {
    // A box on the subject is the article's data like a table cell with its unit: after the last paragraph too.
    const cell = units.has(block) || (boxed.has(block) && !isFurnitureAnywhere(text));
    const post = postOf[block];
    // Between two paragraphs on the subject, a block is the article's own (see `isBlockRelevant`); so is any
    // block of a post on the relation, and no block of a post that is not.
    if (post === false || (briefing && !briefing.blocks.has(block))) return;
    const within =
      cell || post === true || briefing !== null || (firstSubject < block && block < lastSubject);
    if (!isBlockRelevant(text, cell ? withoutFurniture : topic, subjects[block], within)) return;
    relevant.push(block);
    if (known.has(block)) return;
    for (const figure of readBlockFigures(text, lang, units.get(block))) figures.push({ ...figure, block });
  });
  return { topic, relevant, figures };
}

/**
 * The blocks of the boxes that are the article's: a box that names its subject in any line (`subjects`), and is
 * no list of other stories or notes under a heading of its own ("Read also", "Sources"), linked or not.
 */
function boxesOfArticle(
  blocks: readonly string[],
  boxes: readonly (readonly number[])[],
  subjects: readonly boolean[],
): Set<number> {
  const isArticles = (box: readonly number[]) =>
    box.some((block) => subjects[block]) && !box.some((block) => opensListOrNotes(blocks[block] ?? ''));
  return new Set(boxes.filter(isArticles).flat());
}

/**
 * For each block, whether the feed post it sits in names the relation (`namesRelation`), or undefined outside a
 * post. `starts` are the posts' first blocks, ascending; a post runs to the next one's start.
 */
function readPosts(blocks: readonly string[], starts: readonly number[]): (boolean | undefined)[] {
  const postOf: (boolean | undefined)[] = blocks.map(() => undefined);
  starts.forEach((start, index) => {
    const end = Math.min(starts[index + 1] ?? blocks.length, blocks.length);
    if (start < 0 || start >= end) return;
    const onRelation = namesRelation(blocks.slice(start, end));
    for (let block = start; block < end; block++) postOf[block] = onRelation;
  });
  return postOf;
}

/**
 * One block's figures, read as the reader sees its text (zero-width and bidirectional characters left out), with
 * their spans pointing into the block's own text so the paint covers what is on the page. A table cell's bare
 * numbers read in `tableUnit`, the unit its table declares.
 */
export function readBlockFigures(
  text: string,
  lang: 'zh' | 'en' | 'ru' | undefined,
  tableUnit?: TableUnit,
): Figure[] {
  const visible = withoutInvisibles(text);
  const options: ExtractOptions = lang ? { lang } : {};
  if (tableUnit) options.tableUnit = tableUnit;
  const found = extractFigures(visible?.text ?? text, options);
  return visible
    ? found.map((figure) => ({ ...figure, ...sourceSpan(visible, figure.start, figure.end) }))
    : found;
}
