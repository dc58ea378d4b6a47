import { Window } from 'happy-dom';

/** An HTML page parsed in Node, scripts and styles off; `close` frees it. */
export interface ParsedPage {
  document: Document;
  close: () => Promise<void>;
}

/** Parses a page as the scan command, the seed builder and the region comparison read it: no script runs. */
export function parseHtml(html: string, url: string): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
