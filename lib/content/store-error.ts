import { t } from '../i18n';

/**
 * Chromium closes the message channel when it stops the service worker in the middle of an answer (an update,
 * a crash, the browser reclaiming memory), or when there is no worker to answer at all.
 */
const CHANNEL_LOST = /message (channel|port) closed|Receiving end does not exist|No answer to/i;

/**
 * What the reader is told when storing a page failed. An interrupted store is one transaction that either
 * committed whole or was rolled back, so the message says so instead of showing the browser's wording.
 */
export function describeStoreError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return CHANNEL_LOST.test(message) ? t('errorInterrupted') : message;
}
