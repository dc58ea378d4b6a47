import { browser } from 'wxt/browser';

/** A key of public/_locales/en/messages.json; WXT generates the list, so a typo fails the typecheck. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** Strings without substitutions, once read: a list of 30 saved articles asks for about 150 of them. */
const plain = new Map<string, string>();

/** A UI string in the browser's language, from public/_locales; the key itself if it is missing. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  if (substitutions !== undefined) return browser.i18n.getMessage(key, substitutions) || key;
  let message = plain.get(key);
  if (message === undefined) {
    message = browser.i18n.getMessage(key) || key;
    plain.set(key, message);
  }
  return message;
}

/** The browser's interface language, or '' where it cannot tell (currencies then keep their codes). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return '';
  }
}
