import type { Table } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { LazyStore } from './lazy-store';

/**
 * Calls `onChange` whenever a table of the store changes after this is called, whoever changed it: the
 * background saving from a page's card or storing a page read in another tab, the menu, another panel. Dexie
 * tells every page of the extension's origin about a write it committed (a BroadcastChannel), and a live query
 * over the table reruns on each; its first answer is the table as it is now, which the caller has already shown.
 * Returns the function that stops it.
 */
export function watchTable(table: Table, onChange: () => void): () => void {
  let stopped = false;
  let subscription: { unsubscribe: () => void } | undefined;
  // Dexie is loaded already (the table is open): a static import would pull it into the popup's first script.
  void import('dexie').then(({ liveQuery }) => {
    if (stopped) return;
    let answers = 0;
    subscription = liveQuery(() => table.count()).subscribe({
      next: () => {
        if (answers++ > 0) onChange();
      },
      // A store closed under it (the panel closing) ends the watch; the view itself reports its own errors.
      error: () => {},
    });
  });
  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}

/**
 * How many times a table of the view's store has changed since the view started watching it (`watchTable`), for
 * a view to rerun what it shows. Watches once `active` (the view's first answer is shown), until unmounted.
 */
export function useTableChanges(store: LazyStore, table: 'copies' | 'factReports', active: boolean): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    if (!active) return;
    let stop: (() => void) | undefined;
    let current = true;
    store.get().then(
      (db) => {
        if (current) stop = watchTable(db[table], () => setChanges((count) => count + 1));
      },
      () => {},
    );
    return () => {
      current = false;
      stop?.();
    };
  }, [store, table, active]);
  return changes;
}
