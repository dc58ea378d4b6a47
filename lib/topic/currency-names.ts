import { compileMatcher, type LexemeMatcher } from './lexeme-matcher';
import type { Lexeme, LexemeMatch } from './types';

/**
 * A country's name or adjective joined to its currency: "US$2.3 billion", "U.S. dollars", "Japanese yen",
 * "американских долларов", "российских рублей". English and Russian name a currency after its country, so
 * these words are everywhere in trade news; they say what a sum was counted in, not that the paragraph is
 * about that country. (Chinese names currencies without the country's name: 美元, 日元, 卢布.)
 */
const CURRENCY_AFTER =
  /^(?:\$|\s*(?:dollars?|yen|rupees?|r(?:o)?ubles?|lira|ringgit|baht|dong|rupiah|pesos?)(?![A-Za-z])|\s*(?:доллар|долл\.|рубл|иен|рупи|лир)[а-яё]*)/i;
/** "2,3 млрд долларов США", "$1 млн долл. США": Russian names the dollar before its country. */
const CURRENCY_BEFORE = /(?:доллар[а-яё]*|долл\.)\s*$/i;
/** Room enough around a match for the currency word next to it. */
const LOOK_CHARS = 12;

/** Whether a match of another country names only a currency ("US$", "долларов США"), not the country. */
function namesCurrency(text: string, match: LexemeMatch<Lexeme>): boolean {
  return (
    CURRENCY_AFTER.test(text.slice(match.end, match.end + LOOK_CHARS)) ||
    CURRENCY_BEFORE.test(text.slice(Math.max(0, match.start - LOOK_CHARS), match.start))
  );
}

/**
 * A matcher of other countries and subjects that leaves out their names joined to a currency: "US$2 billion"
 * or "долларов США" says what a sum was counted in, not that the text is about the United States.
 */
export function compileSubjectMatcher<T extends Lexeme>(lexemes: readonly T[]): LexemeMatcher<T> {
  const matcher = compileMatcher(lexemes);
  return {
    findAll: (text) => matcher.findAll(text).filter((match) => !namesCurrency(text, match)),
    some: (text, test) => matcher.some(text, (match) => !namesCurrency(text, match) && test(match)),
  };
}
