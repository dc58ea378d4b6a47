import { type PageReport, sendToBackground } from '../messages';
import { FIGURES_PER_MESSAGE, sendInParts } from '../report-parts';
import { retryWhenInterrupted } from './store-error';

/** Sends a report's figures ahead in parts, then the report itself, which the background stores at once. */
function recordInParts(report: PageReport): Promise<{ articleId: number }> {
  return sendInParts(report.figures, FIGURES_PER_MESSAGE, {
    part: (upload, figures) => sendToBackground('page:record-part', { upload, figures }),
    finish: (upload) => sendToBackground('page:record', { report: { ...report, figures: [] }, upload }),
  });
}

/**
 * Has the background store a page's report. A long report crosses in parts; a worker that restarted between
 * them has lost the parts and refuses the record, storing nothing: the report is sent once more.
 */
export async function recordReport(report: PageReport): Promise<{ articleId: number }> {
  if (report.figures.length <= FIGURES_PER_MESSAGE) return sendToBackground('page:record', { report });
  // Once more, at once: a store cut off mid-write was rolled back whole, so sending again is safe (ADR 5).
  return retryWhenInterrupted(() => recordInParts(report), { rounds: 2, waitMs: 0 });
}
