import { dropMatches, type PageSentence } from './collect-sentences';
import type { EvidenceLedger } from './evidence-ledger';
import type { TopicInput } from './types';

/**
 * 中土 and 中乌 with a relation word ("中土天然气合作", "中乌贸易额") name China–Turkmenistan and China–Uzbekistan, but
 * Chinese news writes China–Turkey and China–Ukraine the same way. Each counts on a page that names its Central
 * Asian partner in full and not the other country.
 */
const AMBIGUOUS_PAIRS: readonly { short: RegExp; partner: RegExp; other: RegExp; reason: string }[] = [
  {
    short: /^中土/u,
    partner: /土[库庫]曼/u,
    other: /土耳其/u,
    reason: '中土 is also China–Turkey: it counts only on a page naming Turkmenistan and not Turkey',
  },
  {
    short: /^中[乌烏]/u,
    partner: /[乌烏][兹茲][别別]克/u,
    other: /[乌烏]克[兰蘭]/u,
    reason: '中乌 is also China–Ukraine: it counts only on a page naming Uzbekistan and not Ukraine',
  },
];

/** The page's sentences without a 中土 or 中乌 its page does not resolve, each noted in the evidence at weight 0. */
export function keepAmbiguousPairsInContext(
  input: TopicInput,
  sentences: PageSentence[],
  ledger: EvidenceLedger,
): PageSentence[] {
  const found = AMBIGUOUS_PAIRS.filter((pair) =>
    sentences.some((s) => s.matches.some((m) => m.entry.kind === 'pair' && pair.short.test(m.text))),
  );
  if (found.length === 0) return sentences;
  const page = [input.title, ...input.blocks];
  const unresolved = found.filter(
    (pair) => !page.some((text) => pair.partner.test(text)) || page.some((text) => pair.other.test(text)),
  );
  if (unresolved.length === 0) return sentences;
  return dropMatches(sentences, ledger, (match) => {
    if (match.entry.kind !== 'pair') return undefined;
    const pair = unresolved.find((item) => item.short.test(match.text));
    return pair ? `${match.text}: ${pair.reason}; 0 points` : undefined;
  });
}
