import type { Steps } from '../page/steps';

/** A pause that lets the page's own tasks (input, rendering, its scripts) run before the scan goes on. */
export type Yielder = () => Promise<void>;

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/**
 * Gives the main thread back to the page: `scheduler.yield()` where Chromium has it (the scan continues ahead
 * of other queued tasks), else a MessageChannel message, which, unlike setTimeout, is not clamped to 4 ms.
 */
export const yieldToMain: Yielder = () => {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
};

/** Cuts a long job into slices of about `budgetMs` of main-thread time each. */
export interface Slicer {
  /** Whether the current slice has used its budget; cheap enough to ask in a hot loop. */
  due: () => boolean;
  /** Yields to the page and starts a new slice; rejects with the signal's reason once it is aborted. */
  pause: () => Promise<void>;
  /** `pause` when the slice is due, else nothing. */
  checkpoint: () => Promise<void>;
}

/** The budget of one slice: well under the 50 ms at which a task counts as long, on a slow machine too. */
export const SLICE_BUDGET_MS = 6;

/**
 * A slicer bound to `signal`: a job that awaits its checkpoints stops at the first one after an abort, so
 * no scan outlives a navigation or an extension reload.
 */
export function createSlicer(
  signal: AbortSignal,
  options: { budgetMs?: number; now?: () => number; yielder?: Yielder } = {},
): Slicer {
  const budgetMs = options.budgetMs ?? SLICE_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const yielder = options.yielder ?? yieldToMain;
  let sliceStart = now();
  const due = () => now() - sliceStart >= budgetMs;
  const pause = async () => {
    signal.throwIfAborted();
    await yielder();
    signal.throwIfAborted();
    sliceStart = now();
  };
  return { due, pause, checkpoint: () => (due() ? pause() : Promise.resolve()) };
}

/** Runs a stepped DOM job (lib/page/steps.ts), yielding to the page whenever a slice is due. */
export async function runSliced<T>(steps: Steps<T>, slicer: Slicer): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slicer.due()) await slicer.pause();
  }
}
