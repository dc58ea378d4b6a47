import { dropMatches, type PageSentence } from './collect-sentences';
import type { EvidenceLedger } from './evidence-ledger';
import type { TopicInput } from './types';

/**
 * Taiwan named in traditional characters: a page from Taiwan, or one about it. A simplified page is from the
 * mainland, where 我国 is China whatever else it names.
 */
const NAMES_TAIWAN = /[台臺]灣|中華民國/u;
/** 我國, "our country" in traditional characters: the outlet's own country. */
const OUR_COUNTRY = /^我國$/u;

/**
 * On a page that names Taiwan, 我國 ("our country") is Taiwan: "我國與哈薩克雙邊貿易額約3.2億美元" in a Taiwanese
 * outlet is Taiwan's trade, not China's. The page's other names of China still count. Each dropped 我國 is noted
 * in the evidence at weight 0.
 */
export function dropOurCountryOfTaiwan(
  input: TopicInput,
  sentences: PageSentence[],
  ledger: EvidenceLedger,
): PageSentence[] {
  const saysOurCountry = sentences.some((s) => s.matches.some((m) => OUR_COUNTRY.test(m.text)));
  if (!saysOurCountry || !(NAMES_TAIWAN.test(input.title) || input.blocks.some((b) => NAMES_TAIWAN.test(b))))
    return sentences;
  return dropMatches(sentences, ledger, (match) =>
    OUR_COUNTRY.test(match.text)
      ? `${match.text} on a page naming Taiwan: Taiwan, not China; 0 points`
      : undefined,
  );
}
