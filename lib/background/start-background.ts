import { browser } from 'wxt/browser';
import { type CaravanDb, openDb } from '../store/db';
import demoFacts from '../store/demo-facts.json';
import { seedStore } from '../store/seed-store';
import { listenForFigureCommands, runFigureCommand } from './figure-commands';
import { registerHandlers } from './register-handlers';
import { registerSaveEntries } from './save-entries';
import type { StoreReady } from './store-ready';

/** Everything the background does: answer messages, offer the reading list's menu item and shortcut, and give a new store the demo articles' facts. */
export function startBackground(db: CaravanDb = openDb()): void {
  // What uses the store while a new install's first facts are being written waits for them: the panel would
  // otherwise find the store empty, and a clear would be undone by the write landing after it.
  let seeding: Promise<unknown> = Promise.resolve();
  const storeReady: StoreReady = () => seeding;
  registerHandlers(db, storeReady);
  listenForFigureCommands();
  // Browser tests cannot press a browser shortcut, so demo builds let them run the same command path.
  if (import.meta.env.MODE === 'demo') Object.assign(globalThis, { caravanTestRunCommand: runFigureCommand });
  registerSaveEntries(db, storeReady);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    seeding = seedStore(db, demoFacts).catch((error: unknown) =>
      console.warn('Caravan: the first facts could not be stored', error),
    );
  });
}
