// Writes lib/store/demo-facts.json, the store's first-run facts: `npm run make:seed` after changing a demo page
// or the pipeline. A unit test fails while the file is out of date.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildSeed } from './lib/build-seed';

const seed = await buildSeed();
const path = resolve(import.meta.dirname, '../lib/store/demo-facts.json');
await writeFile(path, `${JSON.stringify(seed, null, 1)}\n`);
console.log(
  `${path}: ${seed.tables.articles.length} articles, ${seed.tables.mentions.length} figures, ${seed.tables.facts.length} facts`,
);
