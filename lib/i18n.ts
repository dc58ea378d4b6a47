import { browser } from 'wxt/browser';

/** A key of public/_locales/en/messages.json; WXT generates the list, so a typo fails the typecheck. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A UI string in the browser's language, from public/_locales; the key itself if it is missing. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
