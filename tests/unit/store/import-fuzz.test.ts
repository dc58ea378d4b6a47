import fc from 'fast-check';
import { beforeEach, expect, test } from 'vitest';
import demoFacts from '@/lib/store/demo-facts.json';
import { ImportError, parseExport } from '@/lib/store/validate-export';
import { useEnglishMessages } from '../../support/english-messages';

beforeEach(useEnglishMessages);

/** Either a checked export or a plain-words refusal: never another kind of error. */
function parseOrRefuse(text: string): 'parsed' | 'refused' {
  try {
    parseExport(text);
    return 'parsed';
  } catch (error) {
    // A refusal says why in the reader's words, and that nothing was written.
    if (error instanceof ImportError && error.message.endsWith('Nothing was imported.')) return 'refused';
    throw error;
  }
}

test('any text at all is parsed or refused with a reason', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.jsonValue().map((value) => JSON.stringify(value)),
      ),
      (text) => {
        expect(['parsed', 'refused']).toContain(parseOrRefuse(text));
      },
    ),
    { numRuns: 2000 },
  );
});

test('a real export with any one field replaced by any value is parsed or refused, never crashes', () => {
  const tables = ['sources', 'articles', 'mentions', 'facts'] as const;
  fc.assert(
    fc.property(
      fc.constantFrom(...tables),
      fc.nat(),
      fc.string(),
      fc.jsonValue(),
      (table, rowIndex, field, value) => {
        const data = structuredClone(demoFacts) as unknown as {
          tables: Record<string, Record<string, unknown>[]>;
        };
        const rows = data.tables[table] ?? [];
        const row = rows[rowIndex % Math.max(1, rows.length)];
        const keys = row ? Object.keys(row) : [];
        if (row) row[keys[rowIndex % keys.length] ?? field] = value;
        expect(['parsed', 'refused']).toContain(parseOrRefuse(JSON.stringify(data)));
      },
    ),
    { numRuns: 500 },
  );
  // 500 parses of the whole demo store take several seconds, over the default 5 s on a machine busy with other work.
}, 30_000);
