import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const LOCALES = { en, ru, zh_CN: zh } as const;

/** Makes `t()` answer in one of Caravan's locales, substitutions and all, as the browser would. */
export function useMessagesOf(locale: keyof typeof LOCALES): void {
  const messages = LOCALES[locale] as Record<string, Entry>;
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((
    key: string,
    substitutions?: string | string[],
  ) => {
    const entry = messages[key];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    return entry.message.replace(/\$(\w+)\$/g, (_match, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return values[Number(content.slice(1)) - 1] ?? '';
    });
  }) as typeof browser.i18n.getMessage);
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(locale.replace('_', '-'));
}

/** Makes `t()` answer with the English messages. */
export function useEnglishMessages(): void {
  useMessagesOf('en');
}
