// Bundled into an extension page by the reading-list bench: the list's own code, on the extension's IndexedDB.
import { importList } from '@/lib/list/import-list';
import { DEFAULT_QUERY, queryList } from '@/lib/list/query-list';
import { searchIds } from '@/lib/list/search-index';
import { openDb } from '@/lib/store/db';

Object.assign(globalThis, { caravanList: { openDb, importList, queryList, searchIds, DEFAULT_QUERY } });
