import { describe, expect, test } from 'vitest';
import { createSlicer, runSliced, yieldToMain } from '@/lib/content/yield-to-main';
import type { Steps } from '@/lib/page/steps';

/** A clock the test moves by hand, and a yielder that counts its pauses. */
function fakeTime() {
  const state = { now: 0, pauses: 0 };
  return {
    state,
    now: () => state.now,
    yielder: async () => {
      state.pauses++;
    },
  };
}

describe('createSlicer', () => {
  test('is due once a slice has used its budget, and starts a new slice after a pause', async () => {
    const time = fakeTime();
    const slicer = createSlicer(new AbortController().signal, { budgetMs: 5, ...time });
    expect(slicer.due()).toBe(false);
    time.state.now = 5;
    expect(slicer.due()).toBe(true);
    await slicer.checkpoint();
    expect(time.state.pauses).toBe(1);
    expect(slicer.due()).toBe(false);
    await slicer.checkpoint();
    expect(time.state.pauses).toBe(1);
  });

  test('a job stops at its next pause once the signal is aborted', async () => {
    const time = fakeTime();
    const controller = new AbortController();
    const slicer = createSlicer(controller.signal, time);
    controller.abort();
    await expect(slicer.pause()).rejects.toThrow();
  });
});

describe('runSliced', () => {
  test('runs a stepped job to its value, pausing only when a slice is due', async () => {
    const time = fakeTime();
    const slicer = createSlicer(new AbortController().signal, { budgetMs: 10, ...time });
    function* job(): Steps<number> {
      let sum = 0;
      for (let step = 1; step <= 6; step++) {
        sum += step;
        time.state.now += 4;
        yield;
      }
      return sum;
    }
    expect(await runSliced(job(), slicer)).toBe(21);
    // 24 ms of work in slices of 10 ms: a pause after the third step and after the sixth.
    expect(time.state.pauses).toBe(2);
  });
});

test('yieldToMain resolves', async () => {
  await expect(yieldToMain()).resolves.toBeUndefined();
});
