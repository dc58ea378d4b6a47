// The reading list's first page read on IndexedDB itself, so the popup paints its list before Dexie (about
// 95 KB of script, and an open that checks every store's schema) is even loaded. Only this one read, the one the
// popup waits for, bypasses Dexie: every other query and every write goes through it (lib/list/query-list.ts).
import { resultOf } from '../store/raw-read';
import type { SavedCopyRow } from '../store/rows';
import { LATEST_VERSION } from '../store/schema';

/** Dexie stores version N of a schema as IndexedDB version 10 × N. */
const NEWEST_IDB_VERSION = LATEST_VERSION * 10;

/** The store as it is, without creating or upgrading it; null when it is missing or older than this code. */
function openAsIs(name: string, factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = factory.open(name);
    // No store yet: abandon the creation, which Dexie does with the whole schema once the list needs it.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Never in the way of an upgrade that starts meanwhile.
      db.onversionchange = () => db.close();
      if (db.version >= NEWEST_IDB_VERSION && db.objectStoreNames.contains('copies')) return resolve(db);
      db.close();
      resolve(null);
    };
  });
}

/** IndexedDB's one-request read of records in either direction (Chromium 141 and later). */
type RecordsIndex = IDBIndex & {
  getAllRecords?: (options: {
    direction: IDBCursorDirection;
    count: number;
  }) => IDBRequest<{ value: unknown }[]>;
};

/**
 * The first `limit` values of `index`, walked from its highest key down: in one request where the browser can,
 * else with a cursor, one round trip to IndexedDB per entry (a third of the first page's read time).
 */
function highestFirst(index: IDBIndex, limit: number): Promise<SavedCopyRow[]> {
  const { getAllRecords } = index as RecordsIndex;
  if (getAllRecords) {
    const request = getAllRecords.call(index, { direction: 'prev', count: limit });
    return resultOf(request).then((records) => records.map((record) => record.value as SavedCopyRow));
  }
  return new Promise((resolve, reject) => {
    const copies: SavedCopyRow[] = [];
    const request = index.openCursor(null, 'prev');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor) copies.push(cursor.value as SavedCopyRow);
      if (!cursor || copies.length >= limit) resolve(copies);
      else cursor.continue();
    };
  });
}

/** The newest saved copies, and how many there are in all. */
export interface FirstPage {
  copies: SavedCopyRow[];
  /**
   * The number of saved copies, which comes after the page: IndexedDB counts by walking every row (about 10 ms
   * for 10,000), and the popup shows its first entries without waiting for it.
   */
  total: Promise<number>;
}

/**
 * The newest `limit` saved copies and how many there are: what `queryList` answers for the default query.
 * Null when the store is missing, not yet upgraded or unreadable: then Dexie, which creates and upgrades it,
 * answers instead.
 */
export async function readFirstPage(
  limit: number,
  name = 'caravan',
  factory: IDBFactory = indexedDB,
): Promise<FirstPage | null> {
  const db = await openAsIs(name, factory);
  if (!db) return null;
  try {
    const copies = db.transaction('copies', 'readonly').objectStore('copies');
    // Asked for in this order, answered in it: the page first.
    const page = highestFirst(copies.index('savedAt'), limit);
    const total = resultOf(copies.count());
    // A count that fails after the page was read is the caller's to handle, not an unhandled rejection.
    total.catch(() => {});
    return { copies: await page, total };
  } catch {
    return null;
  } finally {
    // Closed at once (the requests made still complete): an open connection would hold up the upgrade of a
    // newer version of the extension.
    db.close();
  }
}
