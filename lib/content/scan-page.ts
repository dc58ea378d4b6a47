import { type DocumentScan, scanDocument } from '../scan/scan-document';
import { mightBeTopic } from '../topic';

/**
 * The content script's whole decision on a page: a cheap prefilter on the raw text first, and only when it
 * passes, the article region, topic and figures. `null` means the prefilter ruled the page out.
 */
export function scanPage(
  doc: Document = document,
  raw: string = doc.body?.textContent ?? '',
): DocumentScan | null {
  return mightBeTopic(raw) ? scanDocument(doc) : null;
}
