import { readReportedUnit } from '../figures/reported-unit';
import { t } from '../i18n';
import type { FigureSummary } from '../messages';
import { formatReading } from '../popup/format-figure';
import type { FigureLinks } from '../store/link-figures';

/** One thing the store says about a figure, with the tone it is shown in. */
export interface FactLine {
  key: 'agree' | 'differ' | 'reprints' | 'conversion' | 'growth';
  text: string;
  tone: 'agree' | 'differ' | 'info';
}

const rounded = (value: number) => String(Number(value.toPrecision(4)));
/** The currency of a reported unit: "USD" of "USD/tonne", whose conversion implies a rate between currencies. */
const currencyOf = (reported: string) => readReportedUnit(reported).unit;

/**
 * What the store knows around one figure, in the reader's words: whether other reports agree or how far apart
 * they are, the rate a stated conversion implies, and a growth rate checked against stored values. Shared by
 * the panel's figure list and the in-page figure card.
 */
export function factLines(
  figure: Pick<FigureSummary, 'value' | 'unit' | 'approx'>,
  links: FigureLinks,
): FactLine[] {
  const lines: FactLine[] = [];
  // A reprint of a text is no second source: only reports of their own count (lib/store/reprints.ts).
  const own = links.others.filter((other) => other.copy === '');
  if (links.agreement === 'agree') {
    const text = own.length === 1 ? t('factsAgreeOne') : t('factsAgree', String(own.length));
    lines.push({ key: 'agree', text, tone: 'agree' });
  }
  if (links.agreement === 'differ' && links.spread) {
    const low = formatReading({ ...figure, value: links.spread.low, approx: 'none' });
    const high = formatReading({ ...figure, value: links.spread.high, approx: 'none' });
    lines.push({ key: 'differ', text: t('factsDiffer', [low, high]), tone: 'differ' });
  }
  const reprinters = [...new Set(links.others.flatMap((other) => (other.copy ? [other.source] : [])))];
  if (reprinters.length > 0)
    lines.push({ key: 'reprints', text: t('factsReprints', reprinters.join(', ')), tone: 'info' });
  if (links.conversion) {
    const { text, unit, rate } = links.conversion;
    const implied = `1 ${currencyOf(figure.unit)} = ${rounded(rate)} ${currencyOf(unit)}`;
    lines.push({ key: 'conversion', text: t('factsConversion', [text, implied]), tone: 'info' });
  }
  if (links.growthCheck) {
    // A fall reads with a minus sign, as the figure's own reading does: "−4.4", not "-4.4".
    const implied = links.growthCheck.impliedPercent.toFixed(1).replace(/^-/, '\u2212');
    const text = links.growthCheck.agrees ? t('growthAgrees', implied) : t('growthDiffers', implied);
    lines.push({ key: 'growth', text, tone: links.growthCheck.agrees ? 'agree' : 'differ' });
  }
  return lines;
}
