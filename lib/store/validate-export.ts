import type { CaravanExport } from './export-store';
import { EXPORT_FORMAT } from './export-store';
import { LATEST_VERSION } from './schema';

/** Why an import was refused, in words a reader can act on. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Checks one field of a row. */
export type Check = (value: unknown) => boolean;
export const isString: Check = (value) => typeof value === 'string';
export const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields of each table's rows and how each is checked. */
export const SHAPES: Record<keyof CaravanExport['tables'], Record<string, Check>> = {
  sources: { id: isNumber, site: isString, name: isString, firstSeen: isNumber },
  articles: {
    id: isNumber,
    url: isString,
    canonicalUrl: isString,
    title: isString,
    site: isString,
    lang: isString,
    publishedAt: isString,
    firstSeen: isNumber,
    lastSeen: isNumber,
    saved: (value) => value === 0 || value === 1,
  },
  mentions: {
    id: isNumber,
    articleId: isNumber,
    index: isNumber,
    text: isString,
    value: isNumber,
    unit: isString,
    kind: isString,
    approx: isString,
    context: isString,
    conversionOf: isNumber,
    fragment: isString,
    subject: isString,
    metric: isString,
    growthOf: isString,
    period: isString,
    status: isString,
    factKey: isString,
    quote: (value) =>
      isObject(value) && isString(value.exact) && isString(value.prefix) && isString(value.suffix),
    position: (value) => value === null || (isObject(value) && isNumber(value.start) && isNumber(value.end)),
  },
  facts: {
    id: isNumber,
    key: isString,
    subject: isString,
    metric: isString,
    period: isString,
    unitFamily: isString,
  },
};

/** Fields that name one row only, within a table of an export. */
const UNIQUE_FIELDS: Record<keyof CaravanExport['tables'], string[]> = {
  sources: ['id', 'site'],
  articles: ['id', 'url'],
  mentions: ['id'],
  facts: ['id', 'key'],
};

/** Rows of older exports lack fields added since; they get the same defaults the schema upgrade gives. */
function withDefaults(
  table: keyof CaravanExport['tables'],
  row: Record<string, unknown>,
): Record<string, unknown> {
  if (table === 'articles') return { canonicalUrl: row.url, publishedAt: '', saved: 0, ...row };
  if (table !== 'mentions') return row;
  const blank = { subject: '', metric: '', growthOf: '', period: '', status: '', factKey: '', fragment: '' };
  return {
    ...blank,
    conversionOf: -1,
    position: null,
    quote: { exact: row.text, prefix: '', suffix: '' },
    ...row,
  };
}

/** The file's JSON, or an ImportError saying it is not `what` ("a Caravan export"). */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportError(`This file is not valid JSON, so it is not ${what}. Nothing was imported.`);
  }
}

/**
 * Parses and checks an export before anything is written: the format, a schema version this Caravan knows, and
 * every row's fields. Throws an ImportError that says what is wrong and where.
 */
export function parseExport(text: string): CaravanExport {
  const data = parseJson(text, 'a Caravan export');
  if (!isObject(data) || data.format !== EXPORT_FORMAT || !isObject(data.tables)) {
    throw new ImportError('This file is not a Caravan fact-store export. Nothing was imported.');
  }
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError(
      'This export does not say which version of the store wrote it. Nothing was imported.',
    );
  }
  if (version > LATEST_VERSION) {
    throw new ImportError(
      `This export was made by a newer Caravan (store version ${version}; this one reads up to ${LATEST_VERSION}). Update Caravan, then import again. Nothing was imported.`,
    );
  }
  const tables = {} as Record<string, unknown[]>;
  for (const [table, shape] of Object.entries(SHAPES) as [
    keyof CaravanExport['tables'],
    Record<string, Check>,
  ][]) {
    const rows = data.tables[table] ?? [];
    if (!Array.isArray(rows))
      throw new ImportError(`The "${table}" part of this export is not a list. Nothing was imported.`);
    tables[table] = rows.map((raw, index) => {
      if (!isObject(raw))
        throw new ImportError(`Row ${index + 1} of "${table}" is not a record. Nothing was imported.`);
      const row = withDefaults(table, raw);
      for (const [field, check] of Object.entries(shape)) {
        if (!check(row[field])) {
          throw new ImportError(
            `Row ${index + 1} of "${table}" has a missing or malformed "${field}". Nothing was imported.`,
          );
        }
      }
      // Only the fields the store knows are kept: a file cannot slip other payloads into it.
      return Object.fromEntries(Object.keys(shape).map((field) => [field, row[field]]));
    });
    for (const field of UNIQUE_FIELDS[table]) {
      const seen = new Set<unknown>();
      for (const row of tables[table] as Record<string, unknown>[]) {
        if (seen.has(row[field])) {
          throw new ImportError(
            `Two rows of "${table}" share the ${field} ${JSON.stringify(row[field])}; the file is damaged. Nothing was imported.`,
          );
        }
        seen.add(row[field]);
      }
    }
  }
  return {
    format: EXPORT_FORMAT,
    schemaVersion: version,
    exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : '',
    tables: tables as unknown as CaravanExport['tables'],
  };
}
