/**
 * Which DOM changes call for a rescan. Pure functions over mutation records, so the observer's callback does
 * a bounded amount of work however often, and however much, a page mutates itself.
 */

/** Records looked at per batch: a page that rewrites itself wholesale is noticed from its first ones. */
export const MAX_RECORDS_PER_BATCH = 200;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Editable content: typing there is the reader's, never a reason to scan. */
const EDITABLE =
  '[contenteditable=""], [contenteditable="true" i], [contenteditable="plaintext-only" i], textarea, input, select';

function elementOf(node: Node | null): Element | null {
  if (!node) return null;
  return node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** Caravan's own elements (a card's host, for one: `<caravan-…>` or `data-caravan`) are not the page's. */
const CARAVAN_OWN = '[data-caravan]';

function isCaravanElement(element: Element): boolean {
  return element.tagName.toUpperCase().startsWith('CARAVAN-') || element.matches(CARAVAN_OWN);
}

/** Whether changes at `node` are the reader's typing or Caravan's own UI (one ancestor walk). */
export function isIgnoredTarget(node: Node | null): boolean {
  if (node?.ownerDocument?.designMode === 'on') return true;
  const element = elementOf(node);
  return (
    element != null && (isCaravanElement(element) || element.closest(`${EDITABLE}, ${CARAVAN_OWN}`) != null)
  );
}

function carriesText(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return (node as Text).data.trim().length > 0;
  return node.nodeType === ELEMENT_NODE && !isCaravanElement(node as Element);
}

/** Whether one record may change the page's text outside editable content and Caravan's own elements. */
export function changesText(record: MutationRecord): boolean {
  if (isIgnoredTarget(record.target)) return false;
  if (record.type === 'characterData') return true;
  if (record.type !== 'childList') return false;
  for (const node of record.addedNodes) if (carriesText(node)) return true;
  for (const node of record.removedNodes) if (carriesText(node)) return true;
  return false;
}

/** Whether a batch of records calls for a rescan; at most MAX_RECORDS_PER_BATCH of them are looked at. */
export function batchChangesText(records: readonly MutationRecord[]): boolean {
  const count = Math.min(records.length, MAX_RECORDS_PER_BATCH);
  for (let index = 0; index < count; index++) if (changesText(records[index] as MutationRecord)) return true;
  return false;
}

/**
 * How long to wait before a rescan: short after a rescan that found new text, doubling (to a cap) after each
 * that found none, so a page that mutates every frame without new content costs ever less.
 */
export class RescanBackoff {
  private delay: number;

  constructor(
    private readonly baseMs = 400,
    private readonly maxMs = 8000,
  ) {
    this.delay = baseMs;
  }

  get delayMs(): number {
    return this.delay;
  }

  /** Tells the outcome of a rescan: `changed` when its report differed from the one before. */
  settle(changed: boolean): void {
    this.delay = changed ? this.baseMs : Math.min(this.delay * 2, this.maxMs);
  }
}
