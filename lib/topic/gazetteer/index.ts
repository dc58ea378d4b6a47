import type { Term } from '../types';
import { CENTRAL_ASIA_PLACE_TERMS } from './central-asia-places';
import { CENTRAL_ASIA_COUNTRY_TERMS } from './central-asia-terms';
import { CHINA_TERMS } from './china-terms';
import { LINK_TERMS } from './link-terms';

export { OTHER_SUBJECTS, type OtherSubject } from './other-subjects';

/** The whole topic gazetteer; link terms first so that "China–Central Asia" wins over "China". */
export const TOPIC_TERMS: readonly Term[] = [
  ...LINK_TERMS,
  ...CENTRAL_ASIA_COUNTRY_TERMS,
  ...CENTRAL_ASIA_PLACE_TERMS,
  ...CHINA_TERMS,
];
