import { isFurnitureShaped } from './page-furniture';
import { readTopic } from './score-topic';
import type { TopicDecision } from './types';

/**
 * A briefing, digest or round-up sets several short stories on one page, each under a headline of its own:
 * "Eurasia Morning Briefing", "Дайджест", "早报". Read as one article, one China–Central Asia item among five
 * scores like a passing mention; read as what it is, that item is a story on the subject, with its headline.
 *
 * So, on a page whose title names a briefing and that the whole-page decision rules out, each item — a headline
 * (a short line that does not end like a sentence) and the sentences under it — is decided by itself, its headline
 * as its title. The page is on topic through the items that are, and only their blocks are its article. A page
 * with any other title keeps the whole-page decision: an analysis with a section on China and Central Asia among
 * sections on Russia, the EU and Turkey is no briefing, and its sections are not stories of their own.
 */
const BRIEFING_TITLE =
  /\b(?:briefing|digest|round-?up|newsletter|news in brief|what (?:you need )?to know|the day in|week in)\b|дайджест|главное за|новости (?:дня|недели)|итоги (?:дня|недели)|обзор (?:новостей|событий|прессы)|коротко|早报|晚报|早知道|简报|簡報|要闻|要聞|速览|速覽|一周|快讯|快訊/i;

/** Items a page needs to be read as a briefing: fewer headlines are an article's subheadings. */
const BRIEFING_MIN_ITEMS = 3;

/** One item of a briefing: its headline's block and the blocks of its sentences. */
interface BriefingItem {
  headline: number;
  blocks: number[];
}

/** The items of a page: each short, unpunctuated line opens one, the sentence blocks after it are its text. */
function splitItems(blocks: readonly string[]): BriefingItem[] {
  const items: BriefingItem[] = [];
  let current: BriefingItem | null = null;
  blocks.forEach((block, index) => {
    if (block.trim() === '') return;
    if (isFurnitureShaped(block)) {
      current = { headline: index, blocks: [] };
      items.push(current);
    } else current?.blocks.push(index);
  });
  return items.filter((item) => item.blocks.length > 0);
}

/** What a briefing's items decide: the strongest item's decision, and the blocks of every item on topic. */
export interface BriefingReading {
  decision: TopicDecision;
  blocks: ReadonlySet<number>;
}

/** The items on topic by themselves on a briefing page, or null for any other page or when none is. */
export function readBriefingItems(title: string, blocks: readonly string[]): BriefingReading | null {
  if (!BRIEFING_TITLE.test(title)) return null;
  const items = splitItems(blocks);
  if (items.length < BRIEFING_MIN_ITEMS) return null;
  let best: TopicDecision | null = null;
  const onTopic = new Set<number>();
  for (const item of items) {
    const texts = item.blocks.map((index) => blocks[index] as string);
    const { decision } = readTopic({ title: blocks[item.headline] as string, blocks: texts });
    if (!decision.isTopic) continue;
    onTopic.add(item.headline);
    for (const index of item.blocks) onTopic.add(index);
    if (!best || decision.score > best.score) best = decision;
  }
  return best ? { decision: best, blocks: onTopic } : null;
}
