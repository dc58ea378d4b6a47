import type { Lexeme } from '../types';
import { LOCAL_SUBJECTS } from './local-subjects';
import { OTHER_PARTNERS } from './other-partners';

/**
 * Subjects that are neither side of the relation. `partner` names another country or bloc (a US "C5+1"
 * meeting, China–ASEAN trade, a Gaza item); `domestic` names a Chinese locality far from Central Asia (a
 * Shanghai or Macau item under the article; not Taiwan or Hong Kong, which China–Central Asia statements
 * name among China's "core interests"); `genre` marks weather, sports and leisure items.
 */
export interface OtherSubject extends Lexeme {
  kind: 'partner' | 'domestic' | 'genre';
}

export const OTHER_SUBJECTS: readonly OtherSubject[] = [...OTHER_PARTNERS, ...LOCAL_SUBJECTS];
