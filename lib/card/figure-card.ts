import type { CardContent } from './card-content';
import cardStyle from './figure-card.css?inline';
import { type CardActions, renderCard } from './render-card';

/** The tag of the one element Caravan adds to a page, and only while a card is open. */
export const CARD_HOST_TAG = 'caravan-figure-card';

/** An open card: close it (focus returns to where it was), whether it is still open, where focus returns. */
export interface FigureCard {
  close: (restoreFocus?: boolean) => void;
  isOpen: () => boolean;
  returnFocusTo: HTMLElement | null;
}

/** Where focus is now on the page, to return it there when a card closes. */
export function focusedElement(doc: Document = document): HTMLElement | null {
  const focused = doc.activeElement;
  return focused instanceof HTMLElement && focused.localName !== CARD_HOST_TAG ? focused : null;
}

const GAP_PX = 6;
/** The least room a card is given before it scrolls: a few lines of it. */
const MIN_HEIGHT_PX = 120;

/**
 * Places the host in page coordinates next to the figure: below it where the card fits, else on the side with
 * more room, the card then no taller than that room (it scrolls inside), so that neither the card nor its
 * buttons ever lie outside the window while the figure stays in sight.
 */
function place(host: HTMLElement, anchor: Range, card: HTMLElement, win: Window): void {
  const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
  const width = card.offsetWidth;
  const roomBelow = win.innerHeight - rect.bottom - 2 * GAP_PX;
  const roomAbove = rect.top - 2 * GAP_PX;
  const below = card.offsetHeight <= roomBelow || roomBelow >= roomAbove;
  const room = Math.max(MIN_HEIGHT_PX, below ? roomBelow : roomAbove);
  if (card.offsetHeight > room) card.style.setProperty('max-height', `${Math.floor(room)}px`, 'important');
  const top = below ? rect.bottom + GAP_PX : rect.top - GAP_PX - card.offsetHeight;
  const left = Math.max(8, Math.min(rect.left, win.innerWidth - width - 8));
  host.style.setProperty('top', `${Math.round(top + win.scrollY)}px`, 'important');
  host.style.setProperty('left', `${Math.round(left + win.scrollX)}px`, 'important');
}

/** The card's styles: one constructed sheet adopted by the shadow root where the browser can, else a `<style>`. */
function addStyle(root: ShadowRoot, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardStyle);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = cardStyle;
    root.append(style);
  }
}

/**
 * Opens a figure card next to `anchor`, in a closed shadow root on one host element appended to the document
 * element: the page's scripts cannot read the card (it shows the reader's own fact store) and the page's
 * styles cannot reach it. Focus moves into the card; Escape or the close button removes the host and returns
 * focus to `returnFocusTo` (where it was before the first of a run of cards). The card is not modal: Tab moves
 * on through the page.
 */
export function openFigureCard(
  content: CardContent,
  anchor: Range,
  actions: Omit<CardActions, 'close'>,
  onClosed: () => void = () => {},
  doc: Document = document,
  returnFocusTo: HTMLElement | null = focusedElement(doc),
): FigureCard {
  const host = doc.createElement(CARD_HOST_TAG);
  for (const [name, value] of [
    ['position', 'absolute'],
    ['z-index', '2147483647'],
    ['display', 'block'],
    ['top', '0'],
    ['left', '0'],
  ])
    host.style.setProperty(name as string, value as string, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  addStyle(root, doc);
  let open = true;
  const close = (restoreFocus = true) => {
    if (!open) return;
    open = false;
    host.remove();
    if (restoreFocus && returnFocusTo?.isConnected) returnFocusTo.focus({ preventScroll: true });
    onClosed();
  };
  const card = renderCard(doc, content, { ...actions, close: () => close() });
  card.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  });
  root.append(card);
  doc.documentElement.append(host);
  if (doc.defaultView) place(host, anchor, card, doc.defaultView);
  card.focus({ preventScroll: true });
  return { close, isOpen: () => open, returnFocusTo };
}
