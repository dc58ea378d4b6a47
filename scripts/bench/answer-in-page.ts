import type { Browser } from 'wxt/browser';
import { pageScanHandlers } from '@/lib/background/page-scans';
import type { SendToBackground } from '@/lib/content/read-in-background';

/**
 * The background's answers to a page scan, given in the page itself (a bench page has no extension around
 * it): each message and each answer is cloned, as extension messaging serializes them.
 */
export function answerInPage(handlers = pageScanHandlers()): SendToBackground {
  const send = async (type: string, payload: unknown): Promise<unknown> => {
    const handler = (handlers as Record<string, (payload: unknown, sender: unknown) => Promise<unknown>>)[
      type
    ];
    if (!handler) throw new Error(`No answer to ${type}`);
    return structuredClone(await handler(structuredClone(payload), {} as Browser.runtime.MessageSender));
  };
  return send as SendToBackground;
}
