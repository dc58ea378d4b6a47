import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import messages from '../../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** Makes `t()` answer with the English messages, substitutions and all, as the browser would. */
export function useEnglishMessages(): void {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((
    key: string,
    substitutions?: string | string[],
  ) => {
    const entry = (messages as Record<string, Entry>)[key];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    return entry.message.replace(/\$(\w+)\$/g, (_match, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return values[Number(content.slice(1)) - 1] ?? '';
    });
  }) as typeof browser.i18n.getMessage);
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
}
