import { liveQuery } from 'dexie';
import type { CaravanDb } from '../store/db';

/**
 * Calls `onChange` whenever the reading list's entries change after this is called, whoever changed them: the
 * background saving from a page's card, the menu or another panel. Dexie tells every page of the extension's
 * origin about a write it committed (a BroadcastChannel), and a live query over the entries reruns on each; its
 * first answer is the list as it is now, which the caller has already shown. Returns the function that stops it.
 */
export function watchSavedCopies(db: CaravanDb, onChange: () => void): () => void {
  let answers = 0;
  const subscription = liveQuery(() => db.copies.count()).subscribe({
    next: () => {
      if (answers++ > 0) onChange();
    },
    // A store closed under it (the panel closing) ends the watch; the list itself reports its own errors.
    error: () => {},
  });
  return () => subscription.unsubscribe();
}
