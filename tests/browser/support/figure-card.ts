import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import { paintedFigures } from './extension';

/** What the figure card shows, read through the debugger protocol: its shadow root is closed to the page. */
export interface CardSnapshot {
  /** The card's text nodes, in order, trimmed and without empty ones. */
  texts: string[];
  /** Tag names of every element inside the card. */
  tags: string[];
  role: string;
  labelledBy: string;
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  const known = sessions.get(page);
  if (known) return known;
  const created = await page.context().newCDPSession(page);
  sessions.set(page, created);
  return created;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

const attribute = (node: DomNode, name: string) => {
  const list = node.attributes ?? [];
  const at = list.indexOf(name);
  return at >= 0 && at % 2 === 0 ? (list[at + 1] ?? '') : '';
};

/** The card host's shadow root as the debugger sees it, or null when no card is open. */
async function cardRoot(page: Page): Promise<DomNode | null> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  for (const node of walk(root)) {
    if (node.localName === 'caravan-figure-card') return node.shadowRoots?.[0] ?? null;
  }
  return null;
}

/** The open card's content, or null when no card is open. */
export async function readCard(page: Page): Promise<CardSnapshot | null> {
  const root = await cardRoot(page);
  if (!root) return null;
  const nodes = [...walk(root)].slice(1);
  const dialog = nodes.find((node) => attribute(node, 'role') === 'dialog');
  return {
    texts: nodes.flatMap((node) =>
      node.nodeType === 3 && node.nodeValue?.trim() ? [node.nodeValue.trim()] : [],
    ),
    tags: nodes.flatMap((node) => (node.nodeType === 1 && node.localName ? [node.localName] : [])),
    role: dialog ? 'dialog' : '',
    labelledBy: dialog ? attribute(dialog, 'aria-labelledby') : '',
  };
}

/** Clicks the card's button with this text, where the mouse would. */
export async function clickCardButton(page: Page, label: string): Promise<void> {
  const root = await cardRoot(page);
  const button = root
    ? [...walk(root)].find(
        (node) => node.localName === 'button' && node.children?.some((child) => child.nodeValue === label),
      )
    : undefined;
  if (!button) throw new Error(`No button "${label}" in the card`);
  const cdp = await session(page);
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
    model: { content: number[] };
  };
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/**
 * The painted figures in document order, as the page itself sees them (the highlight registry is shared):
 * each figure's text and the centre of its first box after scrolling it into view.
 */
export async function pointAtFigure(
  page: Page,
  position: number,
): Promise<{ text: string; x: number; y: number }> {
  return page.evaluate((at) => {
    const ranges: Range[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name === 'caravan-current' || name === 'caravan-flash') continue;
      for (const painted of highlight) {
        // Caravan paints static ranges: a live copy gives their order, text and boxes.
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        ranges.push(range);
      }
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = ranges[at];
    if (!range) throw new Error(`No painted figure ${at}`);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = range.getClientRects()[0] as DOMRect;
    return { text: range.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, position);
}

/** The page's DOM as HTML, leaving out the card host: what Caravan must never change. */
export function pageHtmlWithoutCard(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of copy.querySelectorAll('caravan-figure-card')) host.remove();
    return copy.outerHTML;
  });
}

/** The names assistive technology gets for the page's dialogs and buttons (the closed card included). */
export async function accessibleNames(page: Page): Promise<{ dialogs: string[]; buttons: string[] }> {
  const cdp = await session(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
  };
  const named = (role: string) =>
    nodes.filter((node) => !node.ignored && node.role?.value === role).map((node) => node.name?.value ?? '');
  return { dialogs: named('dialog'), buttons: named('button') };
}

/** The open card's width on screen (its border box), in CSS pixels; 0 when no card is open. */
export async function cardWidth(page: Page): Promise<number> {
  const root = await cardRoot(page);
  const dialog = root ? [...walk(root)].find((node) => attribute(node, 'role') === 'dialog') : undefined;
  if (!dialog) return 0;
  const cdp = await session(page);
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: dialog.nodeId })) as {
    model: { border: number[] };
  };
  return (model.border[2] ?? 0) - (model.border[0] ?? 0);
}

/**
 * The lines of the card of the painted figure printed as `text`: a click opens it, the lines are read once they
 * match `until` (the other reports are linked once the page is stored), and Escape closes it again.
 */
export async function cardLinesOf(page: Page, text: string, until?: RegExp): Promise<string[]> {
  const index = (await paintedFigures(page)).map((figure) => figure.text).indexOf(text);
  expect(index).toBeGreaterThanOrEqual(0);
  const point = await pointAtFigure(page, index);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => readCard(page)).not.toBeNull();
  if (until) await expect.poll(async () => (await readCard(page))?.texts.join('\n') ?? '').toMatch(until);
  const texts = (await readCard(page))?.texts ?? [];
  await page.keyboard.press('Escape');
  await expect.poll(() => readCard(page)).toBeNull();
  return texts;
}
