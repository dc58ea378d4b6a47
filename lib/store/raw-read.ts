// Reads on IndexedDB itself, under Dexie's own connection, for the one path where every millisecond shows:
// linking the figures of a page (docs/adr/0009). A Dexie transaction settles only once IndexedDB reports it
// complete, one more trip to the browser process, and adds its own bookkeeping around every await; a read-only
// transaction needs neither. Measured in Chromium on the store bench: a two-read link takes 2.7 ms median
// (p95 3.8) this way, 3.2 ms (p95 5–6.6) in a Dexie transaction. Every write still goes through Dexie.
import type { Dexie, Table } from 'dexie';

/** A read-only IndexedDB transaction over some of the store's tables, opening the store first if needed. */
export async function readOnly(db: Dexie, tables: readonly Table[]): Promise<IDBTransaction> {
  if (!db.isOpen()) await db.open();
  return db.backendDB().transaction(
    tables.map((table) => table.name),
    'readonly',
  );
}

/**
 * The result of one request. Awaiting it keeps the transaction open: the code after the await runs before
 * control returns to the event loop, so it can still make requests.
 */
export function resultOf<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
