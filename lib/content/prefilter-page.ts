import { CENTRAL_ASIA_BIT, CHINA_BIT, scanSides } from '../topic/prefilter-scan';
import type { Slicer } from './yield-to-main';

const BOTH = CENTRAL_ASIA_BIT | CHINA_BIT;
const SHOW_TEXT = 0x4;
/** Text handed to the prefilter at once: large enough to be fast, small enough for one slice. */
const CHUNK_CHARS = 64 * 1024;
/** Carried over from one chunk to the next, longer than any prefilter key, so no key is cut in two. */
const OVERLAP_CHARS = 64;
/** The head of the text kept for the language guess. */
const SAMPLE_CHARS = 2000;

/** What the prefilter learned of a page: may it be on topic, and how its text begins. */
export interface PrefilterResult {
  mightBeTopic: boolean;
  sample: string;
}

/**
 * The prefilter (`mightBeTopic`) over a page's text, read node by node in chunks between which the scan
 * yields: a 5 MB page is never serialized at once. It stops as soon as both sides are found.
 */
export async function prefilterPage(root: Node, slicer: Slicer): Promise<PrefilterResult> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let found = 0;
  let sample = '';
  let buffer = '';
  const flush = () => {
    found |= scanSides(buffer);
    buffer = buffer.slice(-OVERLAP_CHARS);
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (sample.length < SAMPLE_CHARS) sample += data.slice(0, SAMPLE_CHARS - sample.length);
    // One text node may itself hold megabytes: it is read a chunk at a time too.
    for (let at = 0; at < data.length && found !== BOTH; at += CHUNK_CHARS) {
      buffer += at === 0 && data.length <= CHUNK_CHARS ? data : data.slice(at, at + CHUNK_CHARS);
      if (buffer.length >= CHUNK_CHARS) flush();
      if (slicer.due()) await slicer.pause();
    }
    if (found === BOTH) break;
    if (slicer.due()) await slicer.pause();
  }
  if (found !== BOTH) flush();
  return { mightBeTopic: found === BOTH, sample };
}
