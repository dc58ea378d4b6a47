import type { FigureSummary } from '../messages';

/** Uploads not finished by then are dropped: their tab went away between two parts. */
const UPLOAD_TTL_MS = 120_000;

interface Upload {
  figures: FigureSummary[];
  touched: number;
}

/**
 * The figures of reports sent ahead in parts ('page:record-part'), kept until their 'page:record' arrives. They
 * live in the worker's memory only: a worker that stops loses them, and the record that follows is refused whole.
 */
export class RecordUploads {
  private readonly uploads = new Map<string, Upload>();

  add(id: string, figures: readonly FigureSummary[], now = Date.now()): void {
    for (const [key, upload] of this.uploads)
      if (now - upload.touched > UPLOAD_TTL_MS) this.uploads.delete(key);
    const upload = this.uploads.get(id) ?? { figures: [], touched: now };
    upload.figures.push(...figures);
    upload.touched = now;
    this.uploads.set(id, upload);
  }

  /** The upload's figures, once; throws unless exactly `count` of them arrived. */
  take(id: string, count: number): FigureSummary[] {
    const figures = this.uploads.get(id)?.figures ?? [];
    this.uploads.delete(id);
    if (figures.length !== count)
      throw new Error(
        `The page's figures arrived incomplete (${figures.length} of ${count}); nothing was stored.`,
      );
    return figures;
  }
}
