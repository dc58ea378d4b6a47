import { sendToBackground } from '../messages';
import { FIGURES_PER_MESSAGE } from '../report-parts';
import { applyMeasures, type UnmeasuredReport } from './build-report';
import type { Slicer } from './yield-to-main';

/**
 * Asks the background what each figure of the report measures and writes the answers into the report. The cue
 * tables that tell it (lib/facts) live in the background: compiling and running them would cost the page's main
 * thread and the content script's size. A background that cannot answer (an extension reload) leaves the figures
 * unmeasured, as a text that does not tell leaves them: the highlights and the card still work.
 */
export async function measureInBackground(
  { report, request }: UnmeasuredReport,
  slicer: Slicer,
): Promise<void> {
  for (let from = 0; from < request.figures.length; from += FIGURES_PER_MESSAGE) {
    await slicer.checkpoint();
    const figures = request.figures.slice(from, from + FIGURES_PER_MESSAGE);
    try {
      applyMeasures(
        report,
        await sendToBackground('page:measure', { article: request.article, figures }),
        from,
      );
    } catch (error) {
      console.warn('Caravan could not tell what the figures of this page measure:', error);
      return;
    }
  }
}
