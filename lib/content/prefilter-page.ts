import { CENTRAL_ASIA_BIT, CHINA_BIT, scanSides } from '../topic/prefilter-scan';
import type { Slicer } from './yield-to-main';

const BOTH = CENTRAL_ASIA_BIT | CHINA_BIT;
const DOCUMENT_NODE = 9;
const SHOW_TEXT = 0x4;
/** Text scanned at once: about a tenth of a millisecond of scanning, between two looks at the clock. */
const CHUNK_CHARS = 64 * 1024;
/** Carried over from one chunk to the next when reading node by node, longer than any key: none is cut in two. */
const OVERLAP_CHARS = 64;
/** The head of the text kept for the language guess. */
const SAMPLE_CHARS = 2000;
/**
 * Elements a page may hold for its text to be read in one call. On the browser tests' page of 200,000 nodes
 * (92,000 elements, 1.2 MB of text) `textContent` itself takes 3–4 ms, but the task that read it in one call
 * measured 80 ms once, against the 50 ms the page may be blocked; read node by node, in slices that yield, its
 * worst task stays under that. Pages up to this bound read in well under a millisecond.
 */
const ONE_READ_MAX_ELEMENTS = 10_000;
/**
 * Text read node by node between two looks at the clock. `slicer.due()` reads `performance.now()`, which in
 * Chromium costs a few hundred nanoseconds: asked at every text node of a 100 KB page, it was most of the
 * prefilter's time. Asked every 2,048 characters it costs a few hundredths of a millisecond.
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
 * The prefilter (`mightBeTopic`) over a page's text, stopping as soon as both sides are found. A page of
 * ordinary size is read in one call and scanned in chunks between which the scan may yield; a page of very many
 * nodes is read node by node, in slices.
 */
export async function prefilterPage(root: Node, slicer: Slicer): Promise<PrefilterResult> {
  const element = root.nodeType === DOCUMENT_NODE ? (root as Document).documentElement : (root as Element);
  if (!element) return { mightBeTopic: false, sample: '' };
  if (element.getElementsByTagName('*').length > ONE_READ_MAX_ELEMENTS)
    return readNodeByNode(element, slicer);
  const text = readText(element);
  let found = 0;
  for (let at = 0; at < text.length && found !== BOTH; at += CHUNK_CHARS) {
    if (at > 0 && slicer.due()) await slicer.pause();
    found |= scanSides(text, at, at + CHUNK_CHARS);
  }
  return { mightBeTopic: found === BOTH, sample: text.slice(0, SAMPLE_CHARS) };
}

/**
 * An element's text as a string of the script's own. `textContent` is one native call (a 100 KB page in about
 * 0.07 ms, where a TreeWalker reading node by node and joining took 0.2), but in Chromium it hands back Blink's
 * own string, and the scan reads each character of that more slowly (0.24 ms against 0.17 for 100 KB). Joining
 * two slices of it copies it into a plain string in about 0.02 ms.
 */
function readText(element: Element): string {
  const text = element.textContent ?? '';
  const half = text.length >> 1;
  return [text.slice(0, half), text.slice(half)].join('');
}

/** The prefilter on a page of very many nodes: read node by node, scanned a chunk at a time, in slices. */
async function readNodeByNode(root: Element, slicer: Slicer): Promise<PrefilterResult> {
  const walker = (root.ownerDocument as Document).createTreeWalker(root, SHOW_TEXT);
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
