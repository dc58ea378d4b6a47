import type { FigureSummary } from '@/lib/messages';
import type { FigureLinks } from '@/lib/store/link-figures';
import { factLines } from '@/lib/ui/fact-lines';

/** Props of FigureFacts. */
export interface FigureFactsProps {
  figure: FigureSummary;
  links: FigureLinks;
}

/** What the store knows around one figure: other reports and whether they agree, a stated conversion, a growth check. */
export function FigureFacts({ figure, links }: FigureFactsProps) {
  const lines = factLines(figure, links);
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
