import { formatReading } from '../popup/format-figure';

/** A minus the page printed before the figure: "-3.6%", "−3,6%", "минус 2%"; not the dash of a range ("3–5%"). */
const PRINTED_MINUS = /^\s*(?:[-−–]|минус|minus)/iu;

/**
 * A report's figure as its page printed it, with its signed reading where the words, not a minus, said it fell:
 * "3.6% (−3.6 %)" for "fell 3.6%" (docs/adr/0013). Beside a rise of "3.6%", the bare text would read the same.
 */
export function reportText(report: { text: string; value: number; unit: string }): string {
  if (report.value >= 0 || PRINTED_MINUS.test(report.text)) return report.text;
  return `${report.text} (${formatReading({ value: report.value, unit: report.unit, approx: 'none' })})`;
}
