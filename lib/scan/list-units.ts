import { readTableUnit } from '../figures/table-unit';
import type { TableUnit } from '../figures/types';
import { findUnitLineStatements } from '../page/unit-statements';

// A release lists amounts line by line under a line that states their unit once, as a table does in its caption:
// "Основные статьи экспорта в Китай (январь–сентябрь, млн долл.):" then "медь рафинированная – 2 854,3", or "Top
// exports to China (US$ million):" then "Copper: 2,854.3". Each bare number of the list reads in that unit.

/** A line that opens a list ends with a colon, and is no paragraph. */
const LIST_HEADER = /[:：][ \u00a0]*$/;
/** A line of the list: a label without digits, a dash or a colon, and a bare number that ends the line. */
const LIST_ITEM = /^[^\d\n]{2,60}?[ \u00a0]*[–—:-][ \u00a0]*[+−–-]?\d[\d \u00a0.,]*$/;

/**
 * The units of list lines under a header that states one, by block; blocks that have a unit already (a table's)
 * keep it. A line that is not an item ends the list.
 */
export function readListUnits(
  blocks: readonly string[],
  taken: ReadonlyMap<number, TableUnit>,
): Map<number, TableUnit> {
  const units = new Map<number, TableUnit>();
  let unit: TableUnit | null = null;
  blocks.forEach((text, block) => {
    const line = text.trim();
    if (line === '' || taken.has(block)) return;
    if (unit && LIST_ITEM.test(line)) {
      units.set(block, unit);
      return;
    }
    unit = LIST_HEADER.test(line) ? readTableUnit(findUnitLineStatements(line)) : null;
  });
  return units;
}
