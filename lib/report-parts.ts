import type { PageReport } from './messages';

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

/**
 * Reads a whole report part by part: the first, then all the others at once (on the bench's long article, 31
 * parts took 200 ms one after another and 60–90 ms together). Starts again (a few times) when the page was
 * rescanned in between, so parts of two scans are never mixed.
 */
export async function readReportInParts(ask: (from: number) => Promise<ReportPart>): Promise<PageReport> {
  for (let attempt = 0; ; attempt++) {
    const first = await ask(0);
    const step = first.figures.length;
    const offsets: number[] = [];
    if (step > 0) for (let from = step; from < first.figureTotal; from += step) offsets.push(from);
    const rest = await Promise.all(offsets.map((from) => ask(from)));
    if (attempt < 3 && rest.some((part) => part.version !== first.version)) continue;
    const { figureTotal: _total, version: _version, ...report } = first;
    return { ...report, figures: [first, ...rest].flatMap((part) => part.figures) };
  }
}

/** An upload's id and how many items were sent ahead under it. */
export interface UploadRef {
  id: string;
  count: number;
}

/**
 * Sends `items` ahead in parts of `perPart` under one new upload id (`part`), then the message that uses them
 * (`finish`). Each part is serialized in a task of its own: awaiting its answer gives the page its turn. The
 * receiver refuses the `finish` whole when parts are missing (a worker restarted in between).
 */
export async function sendInParts<T, R>(
  items: readonly T[],
  perPart: number,
  send: { part: (upload: string, items: T[]) => Promise<unknown>; finish: (upload: UploadRef) => Promise<R> },
): Promise<R> {
  const upload = crypto.randomUUID();
  for (let from = 0; from < items.length; from += perPart)
    await send.part(upload, items.slice(from, from + perPart));
  return send.finish({ id: upload, count: items.length });
}

/** Reads what an answer holds past its first part, from offset on, until `total` items have arrived. */
export async function readRestInParts<T>(
  first: readonly T[],
  total: number,
  ask: (from: number) => Promise<T[]>,
): Promise<T[]> {
  const items = [...first];
  while (items.length < total) {
    const next = await ask(items.length);
    if (next.length === 0) break;
    items.push(...next);
  }
  return items;
}
