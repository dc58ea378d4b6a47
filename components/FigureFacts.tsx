import { t } from '@/lib/i18n';
import type { FigureSummary } from '@/lib/messages';
import { formatReading } from '@/lib/popup/format-figure';
import type { FigureLinks } from '@/lib/store/link-figures';

/** Props of FigureFacts. */
export interface FigureFactsProps {
  figure: FigureSummary;
  links: FigureLinks;
}

const rounded = (value: number) => String(Number(value.toPrecision(4)));

/** What the store knows around one figure: other reports and whether they agree, a stated conversion, a growth check. */
export function FigureFacts({ figure, links }: FigureFactsProps) {
  const lines: { key: string; text: string; tone: string }[] = [];
  if (links.agreement === 'agree') {
    const text =
      links.others.length === 1 ? t('factsAgreeOne') : t('factsAgree', String(links.others.length));
    lines.push({ key: 'agree', text, tone: 'agree' });
  }
  if (links.agreement === 'differ' && links.spread) {
    const low = formatReading({ ...figure, value: links.spread.low, approx: 'none' });
    const high = formatReading({ ...figure, value: links.spread.high, approx: 'none' });
    lines.push({ key: 'differ', text: t('factsDiffer', [low, high]), tone: 'differ' });
  }
  if (links.conversion) {
    const { text, unit, rate } = links.conversion;
    const implied = `1 ${figure.unit} = ${rounded(rate)} ${unit}`;
    lines.push({ key: 'conversion', text: t('factsConversion', [text, implied]), tone: 'info' });
  }
  if (links.growthCheck) {
    const implied = links.growthCheck.impliedPercent.toFixed(1);
    const text = links.growthCheck.agrees ? t('growthAgrees', implied) : t('growthDiffers', implied);
    lines.push({ key: 'growth', text, tone: links.growthCheck.agrees ? 'agree' : 'differ' });
  }
  if (lines.length === 0) return null;
  return (
    <ul class="figure-facts">
      {lines.map((line) => (
        <li key={line.key} class={`fact fact-${line.tone}`}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
