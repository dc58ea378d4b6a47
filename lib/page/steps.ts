/**
 * A long DOM job written as a generator that yields between steps: the content script runs it in slices that
 * give the page its main thread back, Node and tests run it straight through with `runSteps`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs a stepped job to its end at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
