import { extractFigures } from './index';
import type { Figure, TableUnit } from './types';

// A table's unit statement ("亿美元", "US$ million", "млн долл. США", "万吨", "%", "家") is read by writing a
// number with it, the way a reader would, and keeping what the figure reader makes of that: the same currency,
// scale and measure as if the unit stood after each bare number of the cell (docs/figures.md, "Table units").

const SAMPLE = 2;
/** "millions of US dollars" reads as "million US dollars". */
const PLURAL_SCALE_OF = /\b(thousand|million|billion|trillion)s of\b/gi;

/** Ways to write the sample number with a statement: after it glued or spaced, or between currency and scale. */
function samples(statement: string): string[] {
  const written = [`${SAMPLE}${statement}`, `${SAMPLE} ${statement}`];
  const space = statement.indexOf(' ');
  // "US$ million", "USD bn": the currency goes before the number.
  if (space > 0) written.push(`${statement.slice(0, space)}${SAMPLE}${statement.slice(space)}`);
  return written;
}

/** The counts a table may state: a Chinese counter ("个", "家", "万辆") or pieces ("шт."). */
const COUNTER_STATEMENT = /^(?:[\u4e00-\u9fff]{1,3}|(?:тыс\.? ?)?шт\.?)$/;

function asUnit(figure: Figure, statement: string): TableUnit | null {
  if (figure.range || figure.approx !== 'none') return null;
  // A bare scale ("亿", "bn") says how big, not what; a name ("Казахстан") reads as a count of it: no unit.
  if (figure.kind === 'count' && !(figure.noun && COUNTER_STATEMENT.test(statement))) return null;
  const unit: TableUnit = { unit: figure.unit, kind: figure.kind, factor: figure.value / SAMPLE };
  if (figure.noun) unit.noun = figure.noun;
  if (figure.statedUnit) unit.stated = figure.statedUnit;
  return unit;
}

/** The unit one statement declares, when a number written with it reads as exactly one figure, all of it. */
export function readUnitStatement(statement: string): TableUnit | null {
  const normal = statement.replace(PLURAL_SCALE_OF, '$1').trim();
  // "个/家": either counter serves; the first is tried.
  const first = normal.includes('/') && !/п\/п/.test(normal) ? (normal.split('/')[0] ?? '').trim() : normal;
  if (!first) return null;
  for (const text of samples(first)) {
    const figures = extractFigures(text);
    const figure = figures[0];
    if (figures.length === 1 && figure && figure.start === 0 && figure.end === text.length)
      return asUnit(figure, first);
  }
  return null;
}

/** The first of a cell's statements, nearest first, that declares a unit. */
export function readTableUnit(statements: readonly string[]): TableUnit | null {
  for (const statement of statements) {
    const unit = readUnitStatement(statement);
    if (unit) return unit;
  }
  return null;
}

/**
 * The units of a page's table cells from their statements (block index, statements nearest first): each set of
 * statements is read once, however many cells share it.
 */
export function readTableUnits(
  cells: readonly (readonly [number, readonly string[]])[],
): Map<number, TableUnit> {
  const units = new Map<number, TableUnit>();
  const read = new Map<string, TableUnit | null>();
  for (const [block, statements] of cells) {
    const key = statements.join('\u0000');
    let unit = read.get(key);
    if (unit === undefined) {
      unit = readTableUnit(statements);
      read.set(key, unit);
    }
    if (unit) units.set(block, unit);
  }
  return units;
}
