import { t } from '../i18n';
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

/** The file's JSON, or an ImportError saying it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportError(t('importNotJson'));
  }
}

/** A version this Caravan reads, or an ImportError saying why not (none, or a newer one's). */
export function checkVersion(version: unknown, known: number): number {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new ImportError(t('importNoVersion'));
  if (version > known) throw new ImportError(t('importNewer', [String(version), String(known)]));
  return version;
}

/**
 * Checks a row's fields against a shape and keeps only those the shape names (a file cannot slip other payloads
 * into the store); says which row (`where`, named only when something is wrong) and field is wrong.
 */
export function checkRow<T>(raw: unknown, shape: Record<string, Check>, where: () => string): T {
  if (!isObject(raw)) throw new ImportError(t('importNotRecord', where()));
  for (const [field, check] of Object.entries(shape)) {
    if (!check(raw[field])) throw new ImportError(t('importMalformed', [where(), field]));
  }
  return Object.fromEntries(Object.keys(shape).map((field) => [field, raw[field]])) as T;
}

/**
 * Parses and checks an export before anything is written: the format, a schema version this Caravan knows, and
 * every row's fields. Throws an ImportError that says what is wrong and where.
 */
export function parseExport(text: string): CaravanExport {
  const data = parseJson(text);
  if (!isObject(data) || data.format !== EXPORT_FORMAT || !isObject(data.tables))
    throw new ImportError(t('importNotStore'));
  const version = checkVersion(data.schemaVersion, LATEST_VERSION);
  const tables = {} as Record<string, unknown[]>;
  for (const [table, shape] of Object.entries(SHAPES) as [
    keyof CaravanExport['tables'],
    Record<string, Check>,
  ][]) {
    const rows = data.tables[table] ?? [];
    if (!Array.isArray(rows)) throw new ImportError(t('importPartNotList', table));
    tables[table] = rows.map((raw, index) =>
      checkRow(isObject(raw) ? withDefaults(table, raw) : raw, shape, () =>
        t('importWhereRow', [String(index + 1), table]),
      ),
    );
    for (const field of UNIQUE_FIELDS[table]) {
      const seen = new Set<unknown>();
      for (const row of tables[table] as Record<string, unknown>[]) {
        if (seen.has(row[field]))
          throw new ImportError(t('importDuplicateRows', [table, field, JSON.stringify(row[field])]));
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
