import { t } from '@/lib/i18n';
import type { FigureSummary } from '@/lib/messages';
import { formatReading } from '@/lib/popup/format-figure';

/** Props of FigureList. */
export interface FigureListProps {
  figures: readonly FigureSummary[];
}

/** The page's figures in reading order, each with its normalized reading and its sentence. */
export function FigureList({ figures }: FigureListProps) {
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" class="section-title">
        {t('figuresHeading', String(figures.length))}
      </h2>
      <ol class="figure-list">
        {figures.map((figure) => (
          <li key={figure.index} class={`figure figure-${figure.kind}`} data-kind={figure.kind}>
            <span class="figure-text">{figure.text}</span>
            <span class="figure-reading">{formatReading(figure)}</span>
            <span class="figure-context">{figure.context}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
