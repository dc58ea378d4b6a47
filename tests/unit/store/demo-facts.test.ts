import { expect, test } from 'vitest';
import { type CaravanDb, openDb } from '@/lib/store/db';
import demoFacts from '@/lib/store/demo-facts.json';
import { seedStore } from '@/lib/store/seed-store';
import { buildSeed } from '../../../scripts/lib/build-seed';

test('the first-run facts are the demo articles as the pipeline reads them today (npm run make:seed)', async () => {
  expect(JSON.parse(JSON.stringify(await buildSeed()))).toEqual(demoFacts);
}, 60_000);

test('a new store gets the demo facts with their sources; a store in use is left alone', async () => {
  const db: CaravanDb = openDb('seed-test');
  const summary = await seedStore(db, demoFacts);
  expect(summary?.articles).toBe(demoFacts.tables.articles.length);
  expect(await db.sources.count()).toBe(demoFacts.tables.sources.length);
  expect(await seedStore(db, demoFacts)).toBeNull();
  expect(await db.articles.count()).toBe(demoFacts.tables.articles.length);
  await db.delete();
});
