import type { FigureSummary } from '../messages';

/** Uploads not finished by then are dropped: their tab went away between two parts. */
const UPLOAD_TTL_MS = 120_000;

interface Upload<T> {
  items: T[];
  touched: number;
}

/**
 * Items that cross between the page and the background in parts, kept in the worker's memory until the message
 * that uses them: a report's figures ('page:record-part'), a page's text ('page:scan-part'), the figures of an
 * answer the page reads part by part ('page:scan-figures'). A worker that stops loses them, and the message that
 * needed them is refused whole ("arrived incomplete"): the page sends everything once more.
 */
export class HeldParts<T> {
  private readonly uploads = new Map<string, Upload<T>>();

  add(id: string, items: readonly T[], now = Date.now()): void {
    for (const [key, upload] of this.uploads)
      if (now - upload.touched > UPLOAD_TTL_MS) this.uploads.delete(key);
    const upload = this.uploads.get(id) ?? { items: [], touched: now };
    upload.items.push(...items);
    upload.touched = now;
    this.uploads.set(id, upload);
  }

  /** The upload's items, once; throws unless exactly `count` of them arrived. */
  take(id: string, count: number): T[] {
    const items = this.uploads.get(id)?.items ?? [];
    this.uploads.delete(id);
    if (items.length !== count)
      throw new Error(`The page's parts arrived incomplete (${items.length} of ${count}); nothing was kept.`);
    return items;
  }

  /** `size` items from the `from`-th on; the last read lets them go. Throws when they are gone. */
  read(id: string, from: number, size: number, now = Date.now()): T[] {
    const upload = this.uploads.get(id);
    if (!upload) throw new Error('The answer arrived incomplete: the background restarted in between.');
    upload.touched = now;
    const items = upload.items.slice(from, from + size);
    if (from + size >= upload.items.length) this.uploads.delete(id);
    return items;
  }
}

/** The figures of reports sent ahead in parts ('page:record-part'), kept until their 'page:record' arrives. */
export class RecordUploads extends HeldParts<FigureSummary> {}
