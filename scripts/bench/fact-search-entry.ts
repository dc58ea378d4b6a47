// Bundled into a page by the fact-search bench: the store's search on the page's real IndexedDB.
import { openDb } from '@/lib/store/db';
import { readSeriesOfFact } from '@/lib/store/fact-series';
import { importStore } from '@/lib/store/import-store';
import { searchFacts } from '@/lib/store/search-facts';

Object.assign(globalThis, { caravanSearch: { openDb, importStore, searchFacts, readSeriesOfFact } });
