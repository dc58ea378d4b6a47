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
/**
 * Text read between two looks at the clock. `slicer.due()` reads `performance.now()`, which in Chromium costs
 * a few hundred nanoseconds: asked at every text node of a 100 KB page, it was most of the prefilter's time.
 * Asked every 2,048 characters it costs a few hundredths of a millisecond, and slices still end on time.
 */
const CLOCK_EVERY_CHARS = 2048;
/** What visiting one text node costs, counted in characters, so a page of empty nodes still yields. */
const NODE_COST_CHARS = 32;

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
  // The chunk's texts, joined at once when it is full: appending node by node built a string of thousands
  // of pieces that the scan had to flatten first, which cost more than the scan itself.
  let parts: string[] = [];
  let bufferChars = 0;
  let sinceClock = 0;
  const append = (text: string) => {
    parts.push(text);
    bufferChars += text.length;
  };
  const flush = () => {
    const buffer = parts.join('');
    found |= scanSides(buffer);
    parts = [buffer.slice(-OVERLAP_CHARS)];
    bufferChars = (parts[0] as string).length;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (sample.length < SAMPLE_CHARS) sample += data.slice(0, SAMPLE_CHARS - sample.length);
    if (data.length <= CHUNK_CHARS) {
      append(data);
      if (bufferChars >= CHUNK_CHARS) flush();
    } else {
      // One text node may itself hold megabytes: it is read a chunk at a time, with a look at the clock each.
      for (let at = 0; at < data.length && found !== BOTH; at += CHUNK_CHARS) {
        append(data.slice(at, at + CHUNK_CHARS));
        if (bufferChars >= CHUNK_CHARS) flush();
        if (slicer.due()) await slicer.pause();
      }
    }
    if (found === BOTH) break;
    sinceClock += data.length + NODE_COST_CHARS;
    if (sinceClock >= CLOCK_EVERY_CHARS) {
      sinceClock = 0;
      if (slicer.due()) await slicer.pause();
    }
  }
  if (found !== BOTH) flush();
  return { mightBeTopic: found === BOTH, sample };
}
