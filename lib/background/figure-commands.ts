import { type Browser, browser } from 'wxt/browser';
import { sendToTab } from '../messages';

/** The manifest's keyboard commands (wxt.config.ts) and the step each one takes through a page's figures. */
export const FIGURE_COMMANDS: Readonly<Record<string, 1 | -1>> = {
  'next-figure': 1,
  'previous-figure': -1,
};

/**
 * Runs a keyboard command on the tab it was given for: asks that tab's content script to move to the next or
 * previous figure. A tab where Caravan is not running has nothing to move through; that is not an error.
 */
export async function runFigureCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<boolean> {
  const direction = FIGURE_COMMANDS[command];
  if (!direction || tab?.id === undefined) return false;
  try {
    await sendToTab(tab.id, 'page:step', { direction });
    return true;
  } catch {
    return false;
  }
}

/** Listens for the figure commands; the browser passes the active tab with each one. */
export function listenForFigureCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    void runFigureCommand(command, tab);
  });
}
