import { dropMatches, type PageSentence } from './collect-sentences';
import type { EvidenceLedger } from './evidence-ledger';

/**
 * Words of a border crossing at work: the port, the border, customs, trains and cargo crossing it. Khorgos
 * (霍尔果斯) and Alashankou are also Xinjiang towns with domestic news of their own (tax breaks for film
 * companies registered there, tourism), so a port name shows the relation only with one of these words in
 * its sentence, or with Central Asia named somewhere on the page.
 */
const CROSSING_CUE =
  /口岸|[边邊]境|[边邊]界|[过過]境|[出入]境|[换換][装裝]|海[关關]|班列|[货貨][运運]|[铁鐵]路|陆港|陸港|自[贸貿]|合作中心|\b(?:ports?|border|crossings?|customs|freight|cargo|trains?|rail(?:way)?|dry port|transit|gateway|logistics)\b|таможн|границ|погран|переход|поезд|груз(?:[аыо]|ов)|транзит|желез|логист|сухо[йм]\s+порт/i;

/**
 * The page's sentences with port names that lack that context removed, each noted in the evidence at weight
 * 0 so the panel shows why the name did not count.
 */
export function keepPortsInContext(sentences: PageSentence[], ledger: EvidenceLedger): PageSentence[] {
  const namesCentralAsia = sentences.some((s) => s.matches.some((m) => m.entry.side === 'central_asia'));
  if (namesCentralAsia) return sentences;
  return dropMatches(sentences, ledger, (match, sentence) =>
    match.entry.kind === 'port' && !CROSSING_CUE.test(sentence.text)
      ? `${match.text} named without a border, freight or Central Asia context: read as a Xinjiang town; 0 points`
      : undefined,
  );
}
