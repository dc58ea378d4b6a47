import { errorMessage } from '../error-message';
import { t } from '../i18n';

/**
 * Chromium closes the message channel when it stops the service worker in the middle of an answer (an update,
 * a crash, the browser reclaiming memory), or when there is no worker to answer at all; a worker that restarted
 * while a long report was sent in parts refuses it whole.
 */
const CHANNEL_LOST =
  /message (channel|port) closed|Receiving end does not exist|No answer to|arrived incomplete/i;

/**
 * What the reader is told when storing a page failed. An interrupted store is one transaction that either
 * committed whole or was rolled back, so the message says so instead of showing the browser's wording.
 */
export function describeStoreError(error: unknown): string {
  return isInterrupted(error) ? t('errorInterrupted') : errorMessage(error);
}

/** Whether storing stopped because the worker went away: nothing was written, and sending again may work. */
export function isInterrupted(error: unknown): boolean {
  return CHANNEL_LOST.test(errorMessage(error));
}

/**
 * Runs `work`, and again while it fails because the worker went away, `rounds` times in all; any other error
 * ends it at once. Before each new round it waits `waitMs` times the rounds made (a worker still starting may
 * refuse the first messages).
 */
export async function retryWhenInterrupted<T>(
  work: () => Promise<T>,
  { rounds, waitMs }: { rounds: number; waitMs: number },
): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await work();
    } catch (error) {
      if (!isInterrupted(error) || round >= rounds) throw error;
      if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs * round));
    }
  }
}
