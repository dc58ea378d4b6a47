import { type DocumentScan, scanDocument } from '../scan/scan-document';
import { mightBeTopic } from '../topic';

/**
 * The whole decision on a page in one piece and one thread: a cheap prefilter on the raw text first, and only
 * when it passes, the article region, topic and figures. `null` means the prefilter ruled the page out. The
 * extension itself splits it between the page and the background (scan-page-sliced.ts, ADR 11); the seed
 * builder, the benches and the tests compare against this.
 */
export function scanPage(
  doc: Document = document,
  raw: string = doc.body?.textContent ?? '',
): DocumentScan | null {
  return mightBeTopic(raw) ? scanDocument(doc) : null;
}
