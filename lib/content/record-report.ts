import { type PageReport, sendToBackground } from '../messages';
import { FIGURES_PER_MESSAGE } from '../report-parts';
import { isInterrupted } from './store-error';

/** Sends a report's figures ahead in parts, then the report itself, which the background stores at once. */
async function recordInParts(report: PageReport): Promise<{ articleId: number }> {
  const upload = crypto.randomUUID();
  for (let from = 0; from < report.figures.length; from += FIGURES_PER_MESSAGE) {
    const figures = report.figures.slice(from, from + FIGURES_PER_MESSAGE);
    // Each part is serialized in a task of its own: awaiting the answer gives the page its turn.
    await sendToBackground('page:record-part', { upload, figures });
  }
  return sendToBackground('page:record', {
    report: { ...report, figures: [] },
    upload: { id: upload, count: report.figures.length },
  });
}

/**
 * Has the background store a page's report. A long report crosses in parts; a worker that restarted between
 * them has lost the parts and refuses the record, storing nothing: the report is sent once more.
 */
export async function recordReport(report: PageReport): Promise<{ articleId: number }> {
  if (report.figures.length <= FIGURES_PER_MESSAGE) return sendToBackground('page:record', { report });
  try {
    return await recordInParts(report);
  } catch (error) {
    if (!isInterrupted(error)) throw error;
    return recordInParts(report);
  }
}
