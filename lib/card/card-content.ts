import { t } from '../i18n';
import type { FigureSummary } from '../messages';
import { formatReading } from '../popup/format-figure';
import type { FigureLinks } from '../store/link-figures';
import { type FactLine, factLines } from '../ui/fact-lines';
import { measureRows } from '../ui/measure-labels';
import { safeLink } from '../ui/safe-link';

/** Another article's report of the same fact, as the card lists it. */
export interface CardReport {
  source: string;
  title: string;
  /** The date part of the article's publication date; empty when unknown. */
  date: string;
  reading: string;
  agrees: boolean;
  /** '' for a report of its own; else what the card says of a copy ("reprint of Xinhua, not counted"). */
  copy: string;
  /** A link to the other article at the figure; empty when the stored address is not http(s). */
  href: string;
}

/** Everything a figure card says, as plain strings: the card renders them as text, never as markup. */
export interface CardContent {
  /** The normalized reading: "> 100B USD". */
  reading: string;
  /** The figure as the page writes it. */
  text: string;
  /** The sentence it stands in. */
  sentence: string;
  measure: { label: string; value: string }[];
  /** What the figure measures, as a code ("price"); empty when unknown. */
  metric: string;
  /** Empty when the figure is not a fact Caravan can compare (no fact key). */
  factKey: string;
  reports: CardReport[];
  lines: FactLine[];
}

/** What the card for one figure shows, from the figure and what the store links to it (if known yet). */
export function buildCardContent(figure: FigureSummary, links: FigureLinks | undefined): CardContent {
  return {
    reading: formatReading(figure),
    text: figure.text,
    sentence: figure.context,
    measure: measureRows(figure),
    metric: figure.metric,
    factKey: figure.factKey,
    reports: (links?.others ?? []).map((other) => ({
      source: other.source,
      title: other.title,
      date: other.publishedAt.slice(0, 10),
      reading: formatReading({ value: other.value, unit: other.unit, approx: 'none' }),
      agrees: other.agrees,
      copy:
        other.copy === 'page'
          ? t('cardReportSameText')
          : other.copy === 'other'
            ? t('cardReportReprintOf', other.copyOf)
            : '',
      href: safeLink(other.fragment) ?? '',
    })),
    lines: links ? factLines(figure, links) : [],
  };
}
