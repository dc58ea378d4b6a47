import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { mentionsOf } from '@/lib/store/mentions-of';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '@/lib/store/schema';
import { mentionsOfFact } from '../../support/mentions-of-fact';

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
  const versions = SCHEMA_VERSIONS.map((schema) => schema.version);
  expect(snapshots.map((snapshot) => snapshot.version)).toEqual(versions);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
  expect(new Set(versions).size).toBe(versions.length);
});

/** Tables whose rows hold a list of records, and the field that holds it. */
const NESTED: Record<string, string> = { articleFigures: 'figures', factReports: 'reports' };

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

/**
 * Checks that the upgraded store holds every row of an old snapshot with every field. Before version 4 a
 * mention was a row of its own; since then it is read out of its article's row, named by article and index
 * (its own id was only a row number), and each one with a fact key is among that fact's reports.
 */
async function expectKept(db: CaravanDb, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (table === 'mentions' && !db.tables.some((t) => t.name === 'mentions')) {
    for (const { id: _id, ...mention } of rows) {
      const stored = await mentionsOf(db, Number(mention.articleId));
      expect(stored.find((m) => m.index === mention.index)).toMatchObject(mention);
      if (mention.factKey) {
        const reports = await mentionsOfFact(db, String(mention.factKey));
        expect(
          reports.find((m) => m.articleId === mention.articleId && m.index === mention.index),
        ).toBeDefined();
      }
    }
    return;
  }
  const upgraded = await db.table(table).toArray();
  expect(upgraded).toHaveLength(rows.length);
  // Every field the old version wrote is still there, unchanged (a site may only lose its "www.").
  const primaryKey = db.table(table).schema.primKey.keyPath as string;
  for (const row of rows) {
    const { site, ...rest } = row as { site?: string };
    const found = upgraded.find((candidate) => candidate[primaryKey] === row[primaryKey]);
    expect(found).toMatchObject(rest);
    if (site !== undefined) expect(found.site).toBe(site.replace(/^www\./, ''));
  }
}

describe.each(snapshots)('snapshot of schema version $version', (snapshot) => {
  test('upgrades to the newest version with every row and every field kept', async () => {
    const db = await upgrade(snapshot, `migrate-${snapshot.version}`);
    expect(db.verno).toBe(LATEST_VERSION);
    for (const [table, rows] of Object.entries(snapshot.tables)) await expectKept(db, table, rows);
    await db.delete();
  });

  test('upgraded rows have every field of the newest version', async () => {
    const newest = snapshots[snapshots.length - 1] as Snapshot;
    const db = await upgrade(snapshot, `fields-${snapshot.version}`);
    const fieldsOf = (row: Record<string, unknown> | undefined) => Object.keys(row ?? {}).sort();
    for (const [table, rows] of Object.entries(newest.tables)) {
      const nested = NESTED[table];
      const upgraded = await db.table(table).toArray();
      for (const row of upgraded) {
        expect(fieldsOf(row)).toEqual(fieldsOf(rows[0]));
        if (!nested) continue;
        const expected = fieldsOf((rows[0]?.[nested] as Record<string, unknown>[] | undefined)?.[0]);
        for (const item of row[nested]) expect(fieldsOf(item)).toEqual(expected);
      }
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

test("a v4 store's fact reports gain their article's title, site and date", async () => {
  const v4 = snapshots.find((snapshot) => snapshot.version === 4) as Snapshot;
  const db = await upgrade(v4, 'reports-from-v4');
  const [article] = await db.articles.toArray();
  for (const row of await db.factReports.toArray())
    for (const report of row.reports)
      expect(report).toMatchObject({
        title: article?.title,
        site: article?.site,
        publishedAt: article?.publishedAt,
      });
  expect((await db.factReports.toArray()).flatMap((row) => row.reports)).toHaveLength(2);
  await db.delete();
});

test("a v5 store's fact reports gain their article's language", async () => {
  const v5 = snapshots.find((snapshot) => snapshot.version === 5) as Snapshot;
  const db = await upgrade(v5, 'reports-from-v5');
  const [article] = await db.articles.toArray();
  const reports = (await db.factReports.toArray()).flatMap((row) => row.reports);
  expect(reports.length).toBeGreaterThan(0);
  for (const report of reports) expect(report.lang).toBe(article?.lang);
  await db.delete();
});
