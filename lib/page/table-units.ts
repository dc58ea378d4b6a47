import type { PageBlock } from './block-text';
import { runSteps, type Steps } from './steps';
import {
  combineCellStatements,
  findHeaderStatements,
  findUnitLineStatements,
  findUnitStatements,
  MAX_INTRO_CHARS,
} from './unit-statements';

// Trade tables state their unit once, in the caption, a line before the table, or a header, and leave the cells
// bare ("26.4"). Each cell block gets the statements that apply to it, nearest first: its column's headers, its
// row's header, the caption, the line before the table. The figure reader takes the first that reads as a unit.

/** Cells longer than this hold prose, not a figure: they keep reading on their own. */
export const MAX_CELL_CHARS = 48;

/** Where a table keeps its headers, worked out once per table. */
interface TableLayout {
  /** Each cell's row and first column, with spans counted. */
  places: Map<Element, { row: number; column: number }>;
  /** The cell covering each column of each row. */
  grid: (Element | undefined)[][];
  /** How many leading rows are headers. */
  headerRows: number;
  /** What the caption and the line before the table state. */
  tableStatements: string[];
  /** What each header states, read once for all the cells under or beside it: null for a key header. */
  saidAsColumn: Map<Element, string[] | null>;
  saidAsRow: Map<Element, string[] | null>;
}

function span(cell: Element, name: 'colspan' | 'rowspan'): number {
  const value = Number.parseInt(cell.getAttribute(name) ?? '1', 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 1000) : 1;
}

/**
 * Columns a table is laid out to: no trade table is wider, and cells that each span a thousand rows and columns
 * would otherwise fill a grid of millions of places (a freeze, then an out-of-memory crash). Cells past it keep
 * no place and read on their own.
 */
const MAX_COLUMNS = 128;

function isCell(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'TD' || tag === 'TH';
}

const ROW_GROUPS = new Set(['THEAD', 'TBODY', 'TFOOT']);

/** The table's own rows, in order, not those of a table nested in a cell. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'TR') rows.push(child);
    else if (ROW_GROUPS.has(tag))
      for (const row of child.children) if (row.tagName.toUpperCase() === 'TR') rows.push(row);
  }
  return rows;
}

/** The nearest ancestor-or-self with one of `tags`: a walk of tag names, cheaper than `closest`. */
function nearest(element: Element | null, tags: ReadonlySet<string>): Element | null {
  for (let at = element; at; at = at.parentElement) if (tags.has(at.tagName.toUpperCase())) return at;
  return null;
}

const CELL_TAGS = new Set(['TD', 'TH']);
const TABLE_TAGS = new Set(['TABLE']);

function layOut(rows: readonly Element[]): Pick<TableLayout, 'places' | 'grid'> {
  const places = new Map<Element, { row: number; column: number }>();
  const grid: (Element | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.children) {
      if (!isCell(cell)) continue;
      const line = grid[r] as (Element | undefined)[];
      while (line[column]) column++;
      if (column >= MAX_COLUMNS) break;
      places.set(cell, { row: r, column });
      const width = Math.min(span(cell, 'colspan'), MAX_COLUMNS - column);
      const height = Math.min(span(cell, 'rowspan'), rows.length - r);
      for (let dy = 0; dy < height; dy++)
        for (let dx = 0; dx < width; dx++) (grid[r + dy] as (Element | undefined)[])[column + dx] = cell;
      column += width;
    }
  });
  return { places, grid };
}

/** A row of one cell spanning several columns: a title or unit line ("单位：亿元") over the table's headers. */
function isBannerRow(row: Element): boolean {
  const cells = [...row.children].filter(isCell);
  return cells.length === 1 && span(cells[0] as Element, 'colspan') > 1;
}

/**
 * Rows in THEAD, else the leading rows of header cells only, else the first row of a table of several. Banner
 * rows that open the table come first and count as headers, so the row under them is still read as the header.
 */
function countHeaderRows(rows: readonly Element[]): number {
  const inHead = rows.filter((row) => row.parentElement?.tagName.toUpperCase() === 'THEAD').length;
  if (inHead > 0) return inHead;
  let banners = 0;
  while (banners < rows.length - 2 && isBannerRow(rows[banners] as Element)) banners++;
  let headers = banners;
  while (headers < rows.length && [...(rows[headers] as Element).children].every((c) => c.tagName === 'TH'))
    headers++;
  if (headers > banners) return headers;
  if (banners > 0 && holdsAmounts(rows[banners] as Element)) return banners;
  return rows.length - banners > 1 ? banners + 1 : banners;
}

/** A bare number that is not a year: "1,482.7", "-4.1", "12%". */
const AMOUNT_CELL = /^[\s+\-\u2212\u2013]*\d[\d\s,.\u00a0]*%?$/;
const YEAR_CELL = /^\s*(?:19|20)\d\d\s*$/;

/** A row whose cells after the first hold amounts: the first row of data under a banner, not a header. */
function holdsAmounts(row: Element): boolean {
  return [...row.children]
    .filter(isCell)
    .slice(1)
    .some((cell) => {
      const text = cell.textContent ?? '';
      return AMOUNT_CELL.test(text) && !YEAR_CELL.test(text);
    });
}

/** The element before `table` (or before the wrapper it alone fills), when it is a line, not a paragraph. */
function lineBefore(table: Element): string {
  let element: Element | null = table;
  for (let depth = 0; element && depth < 3; depth++) {
    const previous: Element | null = element.previousElementSibling;
    if (previous) {
      const text = previous.textContent ?? '';
      return text.length <= MAX_INTRO_CHARS ? text : '';
    }
    element = element.parentElement;
  }
  return '';
}

function layOutTable(table: Element): TableLayout {
  const rows = rowsOf(table);
  const caption = [...table.children].find((child) => child.tagName.toUpperCase() === 'CAPTION');
  const tableStatements = [
    ...findUnitStatements(caption?.textContent ?? '', { ofTable: true }),
    ...findUnitLineStatements(lineBefore(table)),
  ];
  return {
    ...layOut(rows),
    headerRows: countHeaderRows(rows),
    tableStatements,
    saidAsColumn: new Map(),
    saidAsRow: new Map(),
  };
}

/** What a column or row header states, or null when it heads keys (years, ranks) rather than amounts. */
function saidBy(header: Element, layout: TableLayout, asColumn: boolean): string[] | null {
  const memo = asColumn ? layout.saidAsColumn : layout.saidAsRow;
  let said = memo.get(header);
  if (said === undefined) {
    said = findHeaderStatements(header.textContent ?? '', asColumn);
    memo.set(header, said);
  }
  return said;
}

/** The statements that apply to one cell, nearest first, or none for a header or a key column's cell. */
function statementsForCell(cell: Element, layout: TableLayout): string[] {
  const place = layout.places.get(cell);
  if (!place || place.row < layout.headerRows) return [];
  const fromColumn: string[] = [];
  for (let r = layout.headerRows - 1; r >= 0; r--) {
    const header = layout.grid[r]?.[place.column];
    if (!header || header === cell) continue;
    const said = saidBy(header, layout, true);
    if (!said) return [];
    fromColumn.push(...said);
  }
  const rowHeader = layout.grid[place.row]?.[0];
  // A row keyed by year ("年份 | 2022 | 2023") or a row of counts ("Number of trains") takes no unit either.
  const fromRow = rowHeader && rowHeader !== cell ? saidBy(rowHeader, layout, false) : [];
  if (!fromRow) return [];
  return combineCellStatements(fromColumn, fromRow, layout.tableStatements);
}

/** Cells read between two steps of `attachTableUnitSteps`: a table of thousands of cells takes several. */
const CELLS_PER_STEP = 256;

/**
 * Gives each short block in a table cell the unit statements its table declares for it (`PageBlock.units`).
 * A page without tables costs one native lookup.
 */
export function attachTableUnits(blocks: readonly PageBlock[], doc: Document): void {
  runSteps(attachTableUnitSteps(blocks, doc));
}

/** `attachTableUnits` as steps, for a scan that yields to the page between them. */
export function* attachTableUnitSteps(blocks: readonly PageBlock[], doc: Document): Steps<void> {
  if (doc.getElementsByTagName('table').length === 0) return;
  const layouts = new Map<Element, TableLayout>();
  let cells = 0;
  for (const block of blocks) {
    if (block.text.length > MAX_CELL_CHARS) continue;
    const cell = nearest(block.element, CELL_TAGS);
    const table = nearest(cell?.parentElement ?? null, TABLE_TAGS);
    if (!cell || !table) continue;
    if (++cells % CELLS_PER_STEP === 0) yield;
    let layout = layouts.get(table);
    if (!layout) {
      layout = layOutTable(table);
      layouts.set(table, layout);
    }
    const statements = statementsForCell(cell, layout);
    if (statements.length > 0) block.units = statements;
  }
}

/** The blocks that carry unit statements, as [block index, statements] pairs; none when no block does. */
export function listBlockUnits(blocks: readonly PageBlock[]): [number, string[]][] | undefined {
  const pairs: [number, string[]][] = [];
  blocks.forEach((block, index) => {
    if (block.units) pairs.push([index, block.units]);
  });
  return pairs.length > 0 ? pairs : undefined;
}
