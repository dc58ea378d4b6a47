import { parseHtml } from './parse-html';
import { scanDocument } from './scan-document';
import type { TextScan } from './scan-text';

/**
 * Scans an HTML page in Node with the same pipeline the content script runs. Figure offsets are into the
 * text of the block they sit in; `block` and `blockText` say which.
 */
export function scanHtml(
  html: string,
  url = 'http://localhost/',
): TextScan & { figures: { block: number; blockText: string }[] } {
  const page = parseHtml(html, url);
  try {
    const scan = scanDocument(page.document);
    const figures = scan.figures.map((figure) => ({
      ...figure,
      blockText: scan.blocks[figure.block]?.text ?? '',
    }));
    return { topic: scan.topic, figures };
  } finally {
    void page.close();
  }
}
