import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openDb } from '@/lib/store/db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '@/lib/store/schema';

const SNAPSHOT_DIR = join(import.meta.dirname, '../../fixtures/db');

interface Snapshot {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const snapshots = readdirSync(SNAPSHOT_DIR)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(join(SNAPSHOT_DIR, file), 'utf8')) as Snapshot)
  .sort((a, b) => a.version - b.version);

test('every schema version has a snapshot fixture, and versions are only appended', () => {
  expect(snapshots.map((snapshot) => snapshot.version)).toEqual(
    SCHEMA_VERSIONS.map((schema) => schema.version),
  );
  expect(SCHEMA_VERSIONS.map((schema) => schema.version)).toEqual(
    SCHEMA_VERSIONS.map((_, index) => index + 1),
  );
});

/** Writes a snapshot with the schema of its own version, then opens the store as the newest version does. */
async function upgrade(snapshot: Snapshot, name: string) {
  const old = openDb(name, snapshot.version);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(snapshot.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = openDb(name);
  await db.open();
  return db;
}

describe.each(snapshots)('snapshot of schema version $version', (snapshot) => {
  test('upgrades to the newest version with every row and every field kept', async () => {
    const db = await upgrade(snapshot, `migrate-${snapshot.version}`);
    expect(db.verno).toBe(LATEST_VERSION);
    for (const [table, rows] of Object.entries(snapshot.tables)) {
      const upgraded = await db.table(table).toArray();
      expect(upgraded).toHaveLength(rows.length);
      // Rows are matched by their table's primary key (an id, an article id, a term).
      const key = String(db.table(table).schema.primKey.keyPath);
      // Every field the old version wrote is still there, unchanged (a site may only lose its "www.").
      for (const row of rows) {
        const { site, ...rest } = row as { site?: string };
        const found = upgraded.find((candidate: Record<string, unknown>) => candidate[key] === row[key]);
        expect(found).toMatchObject(rest);
        if (site !== undefined) expect(found.site).toBe(site.replace(/^www\./, ''));
      }
    }
    await db.delete();
  });

  test('upgraded rows have every field of the newest version', async () => {
    const newest = snapshots[snapshots.length - 1] as Snapshot;
    const db = await upgrade(snapshot, `fields-${snapshot.version}`);
    for (const [table, rows] of Object.entries(newest.tables)) {
      const fields = Object.keys(rows[0] ?? {}).sort();
      for (const row of await db.table(table).toArray()) expect(Object.keys(row).sort()).toEqual(fields);
    }
    await db.delete();
  });
});

test('a v1 store gains one source per site, from its articles', async () => {
  const db = await upgrade(snapshots[0] as Snapshot, 'sources-from-v1');
  expect((await db.sources.toArray()).map((source) => source.site).sort()).toEqual([
    'silu-caijing.example',
    'steppedaily.example',
  ]);
  await db.delete();
});
