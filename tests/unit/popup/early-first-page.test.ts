import { afterEach, expect, test, vi } from 'vitest';
import { readFirstPageEarly, settledOrLate, takeFirstPage } from '@/lib/popup/early-first-page';
import type { FirstPage } from '@/lib/popup/read-first-page';

const page = (title: string): FirstPage => ({ copies: [], total: Promise.resolve(title.length) });

afterEach(() => {
  vi.useRealTimers();
});

test('the view takes the page read early, once; a view built later reads again', async () => {
  const early = page('early');
  const later = page('later');
  const read = vi.fn(async () => later);
  await readFirstPageEarly(async () => early);
  expect(await takeFirstPage(read)).toBe(early);
  expect(read).not.toHaveBeenCalled();
  // The user went to another view and came back: the list may have changed since the popup opened.
  expect(await takeFirstPage(read)).toBe(later);
  expect(read).toHaveBeenCalledTimes(1);
});

test('without an early read, the view reads the page itself', async () => {
  const own = page('own');
  expect(await takeFirstPage(async () => own)).toBe(own);
});

test('the popup renders as soon as the read is in, or after the wait when the read is slow', async () => {
  vi.useFakeTimers();
  const rendered: string[] = [];
  void settledOrLate(Promise.resolve(null), 100).then(() => rendered.push('quick read'));
  await vi.advanceTimersByTimeAsync(0);
  expect(rendered).toEqual(['quick read']);

  let finish = (_: null) => {};
  const slow = new Promise<null>((resolve) => {
    finish = resolve;
  });
  void settledOrLate(slow, 100).then(() => rendered.push('slow read'));
  await vi.advanceTimersByTimeAsync(99);
  expect(rendered).toEqual(['quick read']);
  // The loading state shows after the wait, without the read.
  await vi.advanceTimersByTimeAsync(1);
  expect(rendered).toEqual(['quick read', 'slow read']);
  finish(null);
});

test('a read that fails still lets the popup render (the view shows the error)', async () => {
  const failed = Promise.reject(new Error('IndexedDB is gone'));
  failed.catch(() => {});
  await expect(settledOrLate(failed, 100_000)).resolves.toBeUndefined();
});
