import { isFullWidthDigitAt, readDigitAt } from './char-classes';

/** A number written in digits: "16,400", "1 234", "66,2", "173.05", "１２３". */
export interface DigitNumber {
  end: number;
  value: number;
  /** Digits before the decimal mark, group separators left out. */
  integerDigits: number;
  grouped: boolean;
  decimal: boolean;
  leadingZero: boolean;
  /** More than one decimal mark ("1.2.3", "18.06.2025"): a version or a date, never a figure. */
  malformed: boolean;
}

const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009', '\u2007']);
const DECIMAL_POINTS = new Set(['.', '．']);

function readRun(text: string, start: number): { end: number; digits: string } {
  let end = start;
  let digits = '';
  for (let d = readDigitAt(text, end); d >= 0; d = readDigitAt(text, end)) {
    digits += d;
    end++;
  }
  return { end, digits };
}

/**
 * "１，２３４": a full-width comma between full-width digits groups thousands. Between ASCII digits it stays the
 * Chinese clause comma ("分别为5，234" is two numbers at most).
 */
function isFullWidthGroupComma(text: string, index: number): boolean {
  return (
    text.charAt(index) === '，' && isFullWidthDigitAt(text, index - 1) && isFullWidthDigitAt(text, index + 1)
  );
}

/** Exactly three digits at `index`, not followed by a fourth. */
function isGroupAt(text: string, index: number): boolean {
  return (
    readDigitAt(text, index) >= 0 &&
    readDigitAt(text, index + 1) >= 0 &&
    readDigitAt(text, index + 2) >= 0 &&
    readDigitAt(text, index + 3) < 0
  );
}

/**
 * Reads a digit number at `start`. Thousands groups use a comma or a (narrow, no-break) space; with
 * `decimalComma` (Russian context) a single comma is the decimal mark, as in "66,2 млрд".
 */
export function readDigitNumber(text: string, start: number, decimalComma: boolean): DigitNumber | null {
  const head = readRun(text, start);
  if (!head.digits) return null;
  let integer = head.digits;
  let i = head.end;
  let separator = '';
  if (integer.length <= 3) {
    for (;;) {
      const ch = text.charAt(i);
      const canGroup =
        (ch === ',' || GROUP_SPACES.has(ch) || isFullWidthGroupComma(text, i)) &&
        (!separator || separator === ch) &&
        isGroupAt(text, i + 1);
      if (!canGroup) break;
      const isOnlyCommaGroup =
        ch === ',' && !separator && !(text.charAt(i + 4) === ',' && isGroupAt(text, i + 5));
      if (decimalComma && isOnlyCommaGroup) break;
      separator = ch;
      integer += readRun(text, i + 1).digits;
      i += 4;
    }
  }
  let fraction = '';
  const mark = text.charAt(i);
  const isDecimalMark = DECIMAL_POINTS.has(mark) || (mark === ',' && decimalComma && separator !== ',');
  if (isDecimalMark && readDigitAt(text, i + 1) >= 0) {
    const tail = readRun(text, i + 1);
    fraction = tail.digits;
    i = tail.end;
  }
  const next = text.charAt(i);
  const malformed =
    fraction !== '' && (DECIMAL_POINTS.has(next) || next === ',') && readDigitAt(text, i + 1) >= 0;
  if (malformed) {
    while (
      readDigitAt(text, i) >= 0 ||
      ((DECIMAL_POINTS.has(text.charAt(i)) || text.charAt(i) === ',') && readDigitAt(text, i + 1) >= 0)
    )
      i++;
  }
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  return {
    end: i,
    value,
    integerDigits: integer.length,
    grouped: separator !== '',
    decimal: fraction !== '',
    leadingZero: integer.length > 1 && integer.charAt(0) === '0',
    malformed,
  };
}
