import { Window } from 'happy-dom';
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
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
    },
  });
  try {
    window.document.write(html);
    const scan = scanDocument(window.document as unknown as Document);
    const figures = scan.figures.map((figure) => ({
      ...figure,
      blockText: scan.blocks[figure.block]?.text ?? '',
    }));
    return { topic: scan.topic, figures };
  } finally {
    void window.happyDOM.close();
  }
}
