import type { Lexeme } from '../types';

/**
 * Names of stock indices. A market report lists countries beside their indices ("China's CSI 300 slips,
 * Kazakhstan's KASE hits a record"): a sentence naming both sides with one of these compares two markets, it
 * reports no relations between the states. Each form names an index, never an exchange by itself: a Chinese
 * firm listing on the Astana exchange is a relation. In English, Russian and Chinese (simplified and traditional).
 */
export const MARKET_TERMS: readonly Lexeme[] = [
  {
    id: 'market',
    label: 'a stock index',
    forms: [
      'CSI 300',
      'CSI300',
      'Shanghai Composite',
      'SSE Composite',
      'Shenzhen Component',
      'ChiNext',
      'Hang Seng',
      'KASE index',
      'Nikkei(?: 225)?',
      'MOEX index',
      String.raw`индекс[а-яё]*\s+(?:KASE|CSI|Мосбирж[а-яё]*|МосБирж[а-яё]*|РТС|Шанха[а-яё]*)`,
      String.raw`Шанхайск[а-яё]*\s+композит[а-яё]*`,
      '[沪滬]深300',
      '上[证證](?:综合)?(?:指[数數]|[综綜]指)',
      '深[证證](?:成指|成份指[数數])',
      '[创創]业板指|[创創]業板指',
      '恒生指[数數]',
      'KASE指[数數]',
    ],
  },
];
