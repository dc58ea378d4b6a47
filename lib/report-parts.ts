import type { FigureSummary, PageReport } from './messages';

/**
 * Figures per message. Extension messages are serialized in one task of the sender: a page with thousands of
 * figures sent at once costs its main thread tens of milliseconds, so reports cross contexts in parts.
 */
export const FIGURES_PER_MESSAGE = 200;

/** A report as the panel receives it: its figures from `from` on, at most FIGURES_PER_MESSAGE of them. */
export interface ReportPart extends PageReport {
  /** How many figures the whole report holds. */
  figureTotal: number;
  /** Which report of the page this is: a rescan between two parts starts the reading again. */
  version: number;
}

/** The part of `report` that starts at its `from`-th figure. */
export function reportPart(report: PageReport, version: number, from = 0): ReportPart {
  const start = Number.isSafeInteger(from) && from > 0 ? from : 0;
  return {
    ...report,
    figures: report.figures.slice(start, start + FIGURES_PER_MESSAGE),
    figureTotal: report.figures.length,
    version,
  };
}

/** Reads a whole report part by part; starts again (a few times) when the page was rescanned in between. */
export async function readReportInParts(ask: (from: number) => Promise<ReportPart>): Promise<PageReport> {
  for (let attempt = 0; ; attempt++) {
    const first = await ask(0);
    const figures: FigureSummary[] = [...first.figures];
    let changed = false;
    while (figures.length < first.figureTotal) {
      const next = await ask(figures.length);
      if (next.version !== first.version && attempt < 3) {
        changed = true;
        break;
      }
      if (next.figures.length === 0) break;
      figures.push(...next.figures);
    }
    if (!changed) {
      const { figureTotal: _total, version: _version, ...report } = first;
      return { ...report, figures };
    }
  }
}
