import { type Browser, browser } from 'wxt/browser';
import { errorMessage } from '../error-message';
import { t } from '../i18n';
import { captureTab } from '../list/capture-tab';
import { saveArticle } from '../list/save-article';
import type { CaravanDb } from '../store/db';
import { afterStoreReady, type StoreReady, storeAlwaysReady } from './store-ready';

/** The page context-menu item "Save to Caravan reading list". */
export const SAVE_MENU_ID = 'caravan-save-to-list';
/** The keyboard command of the same (manifest `commands` in wxt.config.ts). */
export const SAVE_COMMAND = 'save-to-reading-list';

/**
 * Saves the article in a tab to the reading list; the toolbar button's tooltip says how it went, since a menu
 * item or a shortcut has no panel to answer in.
 */
export async function saveFromTab(db: CaravanDb, tabId: number): Promise<number | null> {
  try {
    const capture = await captureTab(tabId);
    const articleId = await saveArticle(db, capture);
    await browser.action.setTitle({ tabId, title: t('listSavedTitle', capture.report.title) });
    return articleId;
  } catch (error) {
    const reason = errorMessage(error);
    await browser.action.setTitle({ tabId, title: t('listSaveFailedTitle', reason) }).catch(() => {});
    return null;
  }
}

/** What the menu item and the shortcut do when used, as the browser calls them. */
export interface SaveEntryHandlers {
  onMenuClicked: (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => Promise<number | null>;
  onCommand: (command: string, tab?: Browser.tabs.Tab) => Promise<number | null>;
}

/**
 * The reading list's ways in that are not the panel: a page context-menu item and a keyboard shortcut. Their
 * handlers are also left on the worker's global scope (no page can reach it): a browser test cannot click a
 * native menu or press a browser shortcut, so it calls them with what the browser would deliver.
 */
export function registerSaveEntries(
  db: CaravanDb,
  storeReady: StoreReady = storeAlwaysReady,
): SaveEntryHandlers {
  const save = afterStoreReady(storeReady, (tabId: number) => saveFromTab(db, tabId));
  const handlers: SaveEntryHandlers = {
    onMenuClicked: async (info, tab) =>
      info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined ? save(tab.id) : null,
    onCommand: async (command, tab) =>
      command === SAVE_COMMAND && tab?.id !== undefined ? save(tab.id) : null,
  };
  browser.runtime.onInstalled.addListener(() => {
    // Menu items outlive the service worker, so they are created once per install or update.
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: t('menuSaveToList'), contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void handlers.onMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void handlers.onCommand(command, tab));
  Object.assign(globalThis, { caravanSaveEntries: handlers });
  return handlers;
}
