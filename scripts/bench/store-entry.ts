// Bundled into a page by the store bench: the fact store's own code, on the page's real IndexedDB.
import { openDb } from '@/lib/store/db';
import { importStore } from '@/lib/store/import-store';
import { linkPage } from '@/lib/store/link-figures';
import { readStats } from '@/lib/store/record-page';

Object.assign(globalThis, { caravanStore: { openDb, importStore, linkPage, readStats } });
