// The popup's store, opened when first asked for. Dexie is the larger part of the popup's script; loaded this
// way it stays out of the code the popup evaluates before its first paint (the reading list's first page is
// read without it: read-first-page.ts).
import type { CaravanDb } from '../store/db';

/** A store that is opened on first use, and closed with its view. */
export interface LazyStore {
  /** The store, loading Dexie and opening it the first time. */
  get: () => Promise<CaravanDb>;
  /** Closes the store if this opened it; a store given by the caller stays open. */
  close: () => void;
}

/** The extension's own store, opened on first use; or `given` (tests pass their own). */
export function lazyStore(given?: CaravanDb): LazyStore {
  let opening: Promise<CaravanDb> | undefined = given && Promise.resolve(given);
  return {
    get: () => {
      opening ??= import('../store/db').then(({ openDb }) => openDb());
      return opening;
    },
    close: () => {
      if (!given) void opening?.then((db) => db.close());
    },
  };
}
