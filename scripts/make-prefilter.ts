// Writes lib/topic/gazetteer/prefilter-tables.json, the prefilter's lookup tables: `npm run make:prefilter`
// after changing lib/topic/gazetteer/prefilter-keys.ts. A unit test fails while the file is out of date.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildPrefilterTables } from '../lib/topic/prefilter-tables';

const tables = buildPrefilterTables();
const path = resolve(import.meta.dirname, '../lib/topic/gazetteer/prefilter-tables.json');
await writeFile(path, `${JSON.stringify(tables)}\n`);
console.log(`${path}: ${tables.groups.flat().length} keys in ${tables.groups.length} groups`);
