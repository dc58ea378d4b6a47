// What the hostile-page tests look for: signs that text from a page ran as code, or became markup, in a context.
import type { BrowserContext, Page, Worker } from 'playwright-core';

/** The global every payload in tests/fixtures/hostile pushes its name to, if it ever runs. */
export const PWNED_FLAG = '__caravanPwned';

/** Payloads log this word on the console when they run. */
const PWNED_WORD = 'caravan-pwned';

/**
 * Console lines and errors of every page and worker of the browser that tell of an injection: a payload's own
 * log line, or Chromium refusing an inline script or handler (a CSP refusal means markup was made from text).
 */
export function watchInjectionSigns(context: BrowserContext): string[] {
  const signs: string[] = [];
  const record = (where: string, text: string) => {
    if (text.includes(PWNED_WORD) || /Refused to (execute|load|run)/i.test(text))
      signs.push(`${where}: ${text}`);
  };
  const watch = (page: Page) => {
    page.on('console', (message) => record(page.url(), message.text()));
    page.on('pageerror', (error) => record(page.url(), error.message));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  context.on('console', (message) => record('context', message.text()));
  return signs;
}

/** The payload names that ran in a page's or worker's global scope (empty when none did). */
export async function payloadsThatRan(target: Page | Worker): Promise<string[]> {
  const read = (flag: string) => [
    ...(((globalThis as Record<string, unknown>)[flag] as string[] | undefined) ?? []),
  ];
  return 'goto' in target ? target.evaluate(read, PWNED_FLAG) : target.evaluate(read, PWNED_FLAG);
}

/**
 * Elements in a page (shadow roots included) that page text could only have produced by being parsed as
 * markup: event-handler attributes, script-like elements, javascript: or data: links and frames.
 */
export async function markupFromText(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const found = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        const attributes = [...element.attributes].map((attribute) => attribute.name + '=' + attribute.value);
        const handler = attributes.some((attribute) => /^on/i.test(attribute));
        const scheme = /^(href|src|action|formaction|data)=\\s*(javascript|data|vbscript):/i;
        const badLink = attributes.some((attribute) => scheme.test(attribute));
        const tag = element.tagName.toLowerCase();
        const scriptLike = ['iframe', 'object', 'embed', 'frame'].includes(tag) ||
          (tag === 'script' && !element.getAttribute('src')) || (tag === 'img' && element.getAttribute('src') === 'x');
        if (handler || badLink || scriptLike) found.push(element.outerHTML.slice(0, 120));
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  })()`);
}

/** Parses CSV (RFC 4180: quoted cells, doubled quotes, CRLF rows) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Reads every row of some stores of the extension's IndexedDB from an extension page, never creating it. */
export async function readStoreTables(
  page: Page,
  names: readonly string[],
): Promise<Record<string, Record<string, unknown>[]>> {
  return page.evaluate(
    (tables) =>
      new Promise<Record<string, Record<string, unknown>[]>>((resolve, reject) => {
        const open = indexedDB.open('caravan');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(new Error('no store'));
        open.onsuccess = () => {
          const db = open.result;
          const result: Record<string, Record<string, unknown>[]> = {};
          const tx = db.transaction(tables, 'readonly');
          for (const name of tables) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              result[name] = request.result as Record<string, unknown>[];
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...names],
  );
}
