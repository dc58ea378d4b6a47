// Scale words after a number: thousand, million, billion, trillion, bn, mn; тыс., млн, млрд, трлн.

const FACTORS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  bln: 1e9,
  mn: 1e6,
  mln: 1e6,
  tn: 1e12,
  trn: 1e12,
  // Central Asian outlets writing in English abbreviate as Russian does: "5 trln tenge", "1.5 tln soums", "2 mlrd".
  trln: 1e12,
  tln: 1e12,
  mlrd: 1e9,
  тыс: 1e3,
  млн: 1e6,
  млрд: 1e9,
  трлн: 1e12,
};
const STEMS: [string, number][] = [
  ['тысяч', 1e3],
  ['миллиард', 1e9],
  ['миллион', 1e6],
  ['триллион', 1e12],
];

const SCALE =
  /[ \u00a0\u202f\u2009-]?(thousand|million|billion|trillion|bn|bln|mn|mln|tn|trn|trln|tln|mlrd|(?:тыс|млн|млрд|трлн)\.?|тысяч[аиу]?|миллион(?:ов|а|ы)?|миллиард(?:ов|а|ы)?|триллион(?:ов|а|ы)?)(?![A-Za-zА-Яа-яЁё])/iy;
/** Letters glued to an amount of money: "$5m", "$3bn", "$20k", "$1.2tn". */
const SHORT_SCALE = /(bn|b|m|k|tn)(?![A-Za-z])/iy;
const SHORT_FACTORS: Record<string, number> = { bn: 1e9, b: 1e9, m: 1e6, k: 1e3, tn: 1e12 };

export interface ScaleWord {
  end: number;
  factor: number;
}

function factorOf(word: string): number {
  const bare = word.toLowerCase().replace(/\.$/, '');
  const direct = FACTORS[bare];
  if (direct !== undefined) return direct;
  for (const [stem, factor] of STEMS) if (bare.startsWith(stem)) return factor;
  return 1;
}

/** A capitalized word after spaces ("Китай", "В"), not an abbreviation in capitals ("ДФЭ"): a new sentence. */
const NEXT_SENTENCE = /[ \u00a0\u202f]+\p{Lu}(?:\p{Ll}|[ \u00a0,])/uy;

/**
 * Reads a scale word at `start` (one optional space or hyphen before it). The period of an abbreviation
 * ("млрд.") that ends a sentence stays out of it: what follows is not the figure's unit or noun.
 */
export function readScaleWord(text: string, start: number): ScaleWord | null {
  SCALE.lastIndex = start;
  const match = SCALE.exec(text);
  if (!match?.[1]) return null;
  const end = SCALE.lastIndex;
  if (match[1].endsWith('.')) {
    NEXT_SENTENCE.lastIndex = end;
    if (NEXT_SENTENCE.test(text)) return { end: end - 1, factor: factorOf(match[1]) };
  }
  return { end, factor: factorOf(match[1]) };
}

/** Reads a one-letter scale glued to an amount of money ("$5m"); only valid after a currency. */
export function readShortScale(text: string, start: number): ScaleWord | null {
  SHORT_SCALE.lastIndex = start;
  const match = SHORT_SCALE.exec(text);
  const factor = match?.[1] ? SHORT_FACTORS[match[1].toLowerCase()] : undefined;
  return factor === undefined ? null : { end: SHORT_SCALE.lastIndex, factor };
}
