import { type Browser, browser } from 'wxt/browser';
import { errorMessage } from './error-message';
import type { FigureMeasure, MeasureRequest } from './facts/measure-figures';
import type { ReportPart } from './report-parts';
import type { BlockTextsReading, BlockUnits, FigureOfBlock } from './scan/read-block-texts';
import type { FactSeries } from './store/fact-series';
import type { FigureLinks } from './store/link-figures';
import type { MentionRow } from './store/rows';
import type { FactSearchResult } from './store/search-facts';
import type { TopicEvidence } from './topic';

/** A figure as it crosses contexts: what the popup lists and the store keeps (a mention, before it has ids). */
export type FigureSummary = Omit<MentionRow, 'id' | 'articleId'>;

/** A page as the content script reports it. */
export interface PageReport {
  url: string;
  /** `<link rel="canonical">`, else the url. */
  canonicalUrl: string;
  title: string;
  /** The outlet's own name (og:site_name), else empty. */
  siteName: string;
  /** article:published_time or a similar statement, as an ISO date; else empty. */
  publishedAt: string;
  lang: string;
  isTopic: boolean;
  score: number;
  evidence: TopicEvidence[];
  figures: FigureSummary[];
  /** Why the page could not be stored, in the reader's words; empty when it was (or did not need to be). */
  storeError: string;
}

/**
 * An article as the content script captured it for the reading list: its report and the main content's
 * text, one plain-text block per paragraph (never HTML).
 */
export interface ArticleCapture {
  report: PageReport;
  blocks: string[];
}

/** Counts of what the local store holds. */
export interface StoreStats {
  articles: number;
  mentions: number;
}

/** Every message between the content script, the background and the extension pages. */
export interface Protocol {
  /** Content script → background: remember this article and its figures (on-topic pages only). */
  'page:record': {
    /** `report.figures` is empty when they were sent ahead in parts (`upload`): lib/content/record-report.ts. */
    request: { report: PageReport; upload?: { id: string; count: number } };
    response: { articleId: number };
  };
  /** Content script → background: some of a long report's figures, ahead of its 'page:record'. */
  'page:record-part': { request: { upload: string; figures: FigureSummary[] }; response: undefined };
  /** Content script → background: show this many figures on the toolbar badge of the sender's tab (0 clears it). */
  'page:badge': { request: { count: number }; response: undefined };
  /** Popup → content script: what did you find on this page? */
  'page:report': { request: { from: number } | undefined; response: ReportPart };
  /** Popup → background: each figure of a stored article linked to the rest of the store. */
  'facts:links': { request: { url: string; canonicalUrl: string }; response: FigureLinks[] };
  /** Popup → background: how much the store holds. */
  'store:stats': { request: undefined; response: StoreStats };
  /** Popup or background → content script: the article's report and main text, to save it. */
  'page:article': { request: undefined; response: ArticleCapture };
  /** Popup → content script: scroll to the figure with this reading-order index, flash it and open its card. */
  'page:reveal': { request: { index: number }; response: undefined };
  /** Background (a browser command) → content script: move to the next (1) or previous (-1) figure and open its card. */
  'page:step': { request: { direction: 1 | -1 }; response: undefined };
  /** Content script → background: what each figure measures (lib/facts runs in the background only), in order. */
  'page:measure': { request: MeasureRequest; response: FigureMeasure[] };
  /** Content script → background: some pieces of a page's article text, ahead of its 'page:scan'. */
  'page:scan-part': { request: { scan: string; texts: string[] }; response: undefined };
  /**
   * Content script → background: read the article whose text was sent ahead in `pieces` parts (topic, relevance,
   * figures of the blocks not `known`): lib/content/read-in-background.ts. Answers with the first figures.
   */
  'page:scan': {
    request: {
      scan: string;
      pieces: number;
      blockLengths: number[];
      title: string;
      lang: string;
      known: number[];
      /** Table cells' unit statements, [block, statements nearest first] (lib/page/table-units.ts). */
      units?: BlockUnits;
      /** A feed's posts by their first blocks, ascending (lib/page/post-feed.ts). */
      posts?: number[];
      /** The blocks of each box inside the article, a fact box (lib/page/article-boxes.ts). */
      boxes?: number[][];
    };
    response: BlockTextsReading & { figureTotal: number };
  };
  /** Content script → background: the figures of a 'page:scan' answer from the `from`-th on. */
  'page:scan-figures': { request: { scan: string; from: number }; response: FigureOfBlock[] };
  /** Content script or popup → background: save this article to the reading list, with its text. */
  'list:save': { request: ArticleCapture; response: { articleId: number } };
  /** Content script (figure card) → background: open the panel's Facts view on one fact, in a tab. */
  'panel:open-fact': { request: { factKey: string }; response: undefined };
  /** Facts view → background: the series of facts a search (in any of the three languages) finds. */
  'facts:search': { request: { query: string }; response: FactSearchResult };
  /** Facts view → background: the series one fact belongs to (the view focused on it); null when not stored. */
  'facts:series': { request: { factKey: string }; response: FactSeries | null };
  /** Options page → background: empty the fact store; answers with what it then holds. */
  'store:clear': { request: undefined; response: StoreStats };
}

export type MessageType = keyof Protocol;
export type Message<K extends MessageType = MessageType> = { type: K; payload: Protocol[K]['request'] };
/** Errors do not survive structured cloning, so results carry them as text. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
export type Handlers = {
  [K in MessageType]?: (
    payload: Protocol[K]['request'],
    sender: Browser.runtime.MessageSender,
  ) => Promise<Protocol[K]['response']>;
};

function unwrap<T>(result: Result<T> | undefined, type: string): T {
  if (!result) throw new Error(`No answer to ${type}`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Sends a message to the background and returns its answer, or throws its error. */
export async function sendToBackground<K extends MessageType>(
  type: K,
  payload: Protocol[K]['request'],
): Promise<Protocol[K]['response']> {
  const result = (await browser.runtime.sendMessage({ type, payload })) as
    | Result<Protocol[K]['response']>
    | undefined;
  return unwrap(result, type);
}

/** Sends a message to the content script of one tab and returns its answer, or throws its error. */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  payload: Protocol[K]['request'],
): Promise<Protocol[K]['response']> {
  const result = (await browser.tabs.sendMessage(tabId, { type, payload })) as
    | Result<Protocol[K]['response']>
    | undefined;
  return unwrap(result, type);
}

function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * Answers the messages this context handles; others are left for other listeners. Returns a function that
 * removes the listener. Every answer is a `Result`.
 */
export function handleMessages(handlers: Handlers, signal?: AbortSignal): () => void {
  if (signal?.aborted) return () => {};
  // Answers through sendResponse and `return true`: the one form that Chromium, Firefox and the polyfill all honour.
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (result: Result<unknown>) => void,
  ): true | undefined => {
    if (!isMessage(message)) return undefined;
    const handler = handlers[message.type] as
      | ((payload: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>)
      | undefined;
    if (!handler) return undefined;
    handler(message.payload, sender).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: errorMessage(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  const remove = () => browser.runtime.onMessage.removeListener(listener);
  signal?.addEventListener('abort', remove, { once: true });
  return remove;
}
