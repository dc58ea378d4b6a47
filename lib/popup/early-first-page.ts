// The reading list's first page, asked for by the popup's entry before it renders anything. The read (opening
// IndexedDB and one request, answered by the browser process) then runs while the popup's own thread is idle, and
// the panel, rendered once it is in, paints the list in its first frame rather than a loading state first.
import { type FirstPage, readFirstPage } from './read-first-page';

/** Entries in the list's first page, and added by each "Show more". */
export const LIST_PAGE_SIZE = 30;

/**
 * How long the popup waits for its list before it renders anyway, showing the list's loading state: about the
 * longest a blank popup still reads as opening at once.
 */
export const SHOW_LOADING_AFTER_MS = 100;

let early: Promise<FirstPage | null> | undefined;

const readListPage = () => readFirstPage(LIST_PAGE_SIZE);

/** Starts reading the list's first page, for the view to take when it is built. */
export function readFirstPageEarly(
  read: () => Promise<FirstPage | null> = readListPage,
): Promise<FirstPage | null> {
  early = read();
  return early;
}

/**
 * The first page read early, once; else (a view built later, when the list may have changed since) a new read.
 */
export function takeFirstPage(
  read: () => Promise<FirstPage | null> = readListPage,
): Promise<FirstPage | null> {
  const taken = early;
  early = undefined;
  return taken ?? read();
}

/** Resolves once `work` has settled, or after `ms`, whichever comes first; never rejects. */
export function settledOrLate(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    work.then(done, done);
  });
}
