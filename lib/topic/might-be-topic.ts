import { CENTRAL_ASIA_BIT, CHINA_BIT, scanSides } from './prefilter-scan';

/**
 * Cheap prefilter on raw page text: false means certainly not a China–Central Asia page (no DOM work
 * needed). One pass over the text looking for short keys of each side (gazetteer/prefilter-keys.ts); every
 * term `scoreTopic` can match contains such a key, so a page that `scoreTopic` would accept always passes.
 */
export function mightBeTopic(text: string): boolean {
  return scanSides(text) === (CENTRAL_ASIA_BIT | CHINA_BIT);
}
