import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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

/**
 * Figures listed at first, and added by each "Show more". A long report lists thousands: the bench's long article
 * has 6,159, and rendering them all kept the panel blank for about a second.
 */
export const FIGURES_PER_PAGE = 200;

/** The page's figures in reading order, each with its normalized reading and its sentence. */
export function FigureList({ figures, links, onReveal }: FigureListProps) {
  const [shown, setShown] = useState(FIGURES_PER_PAGE);
  const list = useRef<HTMLOListElement>(null);
  const firstNew = useRef(-1);
  // The last "Show more" goes away with the figures it showed: focus moves to the first of them, not the body.
  useLayoutEffect(() => {
    if (firstNew.current < 0 || shown < figures.length) return;
    list.current?.querySelectorAll<HTMLButtonElement>('.figure-text')[firstNew.current]?.focus();
    firstNew.current = -1;
  }, [shown, figures.length]);
  const showMore = () => {
    firstNew.current = shown;
    setShown(shown + FIGURES_PER_PAGE);
  };
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" class="section-title">
        {t('figuresHeading', String(figures.length))}
      </h2>
      <ol class="figure-list" ref={list}>
        {figures.slice(0, shown).map((figure) => (
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
      {figures.length > shown ? (
        <button type="button" class="list-more" onClick={showMore}>
          {t('listShowMore', String(figures.length - shown))}
        </button>
      ) : null}
    </section>
  );
}
