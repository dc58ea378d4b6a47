import { MAX_CELL_CHARS } from '../page/table-units';
import { combineCellStatements, findHeaderStatements, findUnitLineStatements } from '../page/unit-statements';

// A page saved as text keeps its tables as the browser writes them out (innerText): a row per line, its cells
// separated by tabs. Each cell is then a block of its own, and the cells under a header that states a unit
// ("进出口（亿元）", "同比（%）", "US$ million") read in it, as the same table's cells do on the page
// (lib/page/table-units.ts, docs/figures.md).

/** One block of a text page: a whole line, or one cell of a table row. */
export interface TextBlock {
  text: string;
  /** Where the block starts in the whole text. */
  start: number;
  /** The unit statements of a table cell, nearest first; none elsewhere. */
  units?: string[];
}

const TAB = '\t';

interface Cell {
  text: string;
  start: number;
}

/** The cells of a tab-separated line, trimmed, with their starts; an empty cell keeps its column. */
function splitCells(line: string, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (const part of line.split(TAB)) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: lineStart + from + lead });
    from += part.length + 1;
  }
  return cells;
}

/** The statements of each cell of a table's body rows, from its header row, row headers and the line before. */
function tableBlocks(rows: readonly Cell[][], lineBefore: string): TextBlock[] {
  const [header = [], ...body] = rows;
  const ofTable = findUnitLineStatements(lineBefore);
  const columns = header.map((cell) => findHeaderStatements(cell.text, true));
  const blocks: TextBlock[] = header.filter((cell) => cell.text).map(({ text, start }) => ({ text, start }));
  for (const row of body) {
    const fromRow = row[0] ? findHeaderStatements(row[0].text, false) : [];
    row.forEach((cell, column) => {
      if (!cell.text) return;
      const block: TextBlock = { text: cell.text, start: cell.start };
      const fromColumn = columns[column];
      if (column > 0 && fromRow && fromColumn && cell.text.length <= MAX_CELL_CHARS) {
        const units = combineCellStatements(fromColumn, fromRow, ofTable);
        if (units.length > 0) block.units = units;
      }
      blocks.push(block);
    });
  }
  return blocks;
}

/**
 * The blocks of a text page: each line, but a run of two or more tab-separated lines is a table whose cells are
 * blocks of their own, with the unit statements that apply to them.
 */
export function readTextBlocks(text: string): TextBlock[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const blocks: TextBlock[] = [];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && (lines[end] as string).includes(TAB)) end++;
    if (end - i >= 2) {
      const rows = lines.slice(i, end).map((line, k) => splitCells(line, starts[i + k] ?? 0));
      blocks.push(...tableBlocks(rows, lines[i - 1]?.trim() ?? ''));
      i = end;
    } else {
      blocks.push({ text: lines[i] as string, start: starts[i] ?? 0 });
      i++;
    }
  }
  return blocks;
}
