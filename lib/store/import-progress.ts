/**
 * An import runs in the options page, in one transaction: if the page is closed or crashes midway, IndexedDB
 * rolls it back and the store is as it was. What is lost is the reader's knowledge that it happened, so the page
 * leaves a mark while it imports (and holds a lock, so a second options page can tell "running" from "cut off").
 */
const MARK = 'caravan:import-running';
const LOCK = 'caravan-import';

/** Runs an import of `fileName` with the mark and the lock held; imports from two pages take turns. */
export async function runMarkedImport<T>(
  fileName: string,
  work: () => Promise<T>,
  storage: Storage = localStorage,
  locks: LockManager = navigator.locks,
): Promise<T> {
  return locks.request(LOCK, async () => {
    storage.setItem(MARK, fileName || '?');
    try {
      return await work();
    } finally {
      storage.removeItem(MARK);
    }
  });
}

/** The file name of an import a closed or crashed page left unfinished, once; else ''. */
export async function takeInterruptedImport(
  storage: Storage = localStorage,
  locks: LockManager = navigator.locks,
): Promise<string> {
  const name = storage.getItem(MARK);
  if (!name) return '';
  const { held = [] } = await locks.query();
  if (held.some((lock) => lock.name === LOCK)) return '';
  storage.removeItem(MARK);
  return name;
}
