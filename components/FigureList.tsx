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
  /** Shows a figure on the page: scrolled to, flashed, with its card open. */
  onReveal: (index: number) => void;
}

/** The page's figures in reading order, each with its normalized reading and its sentence. */
export function FigureList({ figures, links, onReveal }: FigureListProps) {
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" class="section-title">
        {t('figuresHeading', String(figures.length))}
      </h2>
      <ol class="figure-list">
        {figures.map((figure) => (
          <li key={figure.index} class={`figure figure-${figure.kind}`} data-kind={figure.kind}>
            <button
              type="button"
              class="figure-text"
              aria-label={t('revealFigure', figure.text)}
              onClick={() => onReveal(figure.index)}
            >
              {figure.text}
            </button>
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
