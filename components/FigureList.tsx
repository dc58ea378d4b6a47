import { t } from '@/lib/i18n';
import type { FigureSummary } from '@/lib/messages';
import { formatReading } from '@/lib/popup/format-figure';
import type { FigureLinks } from '@/lib/store/link-figures';
import { FigureFacts } from './FigureFacts';

/** Props of FigureList. */
export interface FigureListProps {
  figures: readonly FigureSummary[];
  /** What the store links to each figure, by the figure's index; empty until it is known. */
  links: ReadonlyMap<number, FigureLinks>;
}

/** The page's figures in reading order, each with its normalized reading and its sentence. */
export function FigureList({ figures, links }: FigureListProps) {
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
            {links.has(figure.index) ? (
              <FigureFacts figure={figure} links={links.get(figure.index) as FigureLinks} />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
