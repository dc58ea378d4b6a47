// What the hostile-page tests look for: signs that text from a page ran as code, or became markup, in a context.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { paintedFigures } from './extension';
import { pointAtFigure } from './figure-card';

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

interface DomNode {
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const SCRIPT_SCHEME = /^\s*(javascript|data|vbscript):/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href']);

/** Why an element could run something, or '' when it could not. */
function runnable(node: DomNode): string {
  const attributes = node.attributes ?? [];
  const tag = node.nodeName.toLowerCase();
  for (let i = 0; i < attributes.length; i += 2) {
    const name = (attributes[i] ?? '').toLowerCase();
    const value = attributes[i + 1] ?? '';
    if (name.startsWith('on')) return `${tag}[${name}]`;
    if (URL_ATTRIBUTES.has(name) && SCRIPT_SCHEME.test(value)) return `${tag}[${name}=${value.slice(0, 40)}]`;
  }
  const src = attributes[attributes.indexOf('src') + 1];
  if (tag === 'script' && !attributes.includes('src')) return 'inline script';
  if (['iframe', 'frame', 'object', 'embed'].includes(tag)) return tag;
  if (tag === 'img' && src === 'x') return 'img[src=x]';
  return '';
}

/**
 * Elements of a page that could run something: event-handler attributes, inline scripts, javascript: or data:
 * addresses, frames. Read through the debugger, so closed shadow roots (the figure card's) and frames count too.
 */
export async function runnableElements(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: string[] = [];
    const visit = (node: DomNode) => {
      const reason = runnable(node);
      if (reason) found.push(reason);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
      if (node.contentDocument) visit(node.contentDocument);
    };
    visit(root);
    return found;
  } finally {
    await cdp.detach();
  }
}

/** Clicks each figure Caravan painted, in reading order: where the figure card exists, each click opens it. */
export async function clickEachFigure(page: Page): Promise<number> {
  const count = (await paintedFigures(page)).length;
  for (let index = 0; index < count; index++) {
    const { x, y } = await pointAtFigure(page, index);
    await page.mouse.click(x, y);
    // Closed again, so the next click reaches its figure, not a link in this card lying over it.
    const card = page.locator('caravan-figure-card');
    await card.waitFor({ state: 'attached', timeout: 5000 }).catch(() => {});
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5000 });
  }
  return count;
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

/**
 * Reads every row of some stores of the extension's IndexedDB from an extension page, never creating it. Since
 * schema v4 figures live in one row per article: asking for `mentions` then gives those figures as rows of
 * their own, each with its article's id and an id `articleId:index`.
 */
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
          const nested = tables.includes('mentions') && !db.objectStoreNames.contains('mentions');
          const stores = tables.map((name) => (nested && name === 'mentions' ? 'articleFigures' : name));
          const result: Record<string, Record<string, unknown>[]> = {};
          const tx = db.transaction(stores, 'readonly');
          for (const [at, name] of tables.entries()) {
            const request = tx.objectStore(stores[at] as string).getAll();
            request.onsuccess = () => {
              const rows = request.result as Record<string, unknown>[];
              result[name] =
                nested && name === 'mentions'
                  ? rows.flatMap((row) =>
                      (row.figures as Record<string, unknown>[]).map((figure) => ({
                        ...figure,
                        id: `${row.articleId}:${figure.index}`,
                        articleId: row.articleId,
                      })),
                    )
                  : rows;
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
