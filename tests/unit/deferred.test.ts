import { expect, test } from 'vitest';
import { buildDeferred, deferred } from '@/lib/deferred';

test('a deferred value is built at its first use, once', () => {
  let builds = 0;
  const table = deferred(() => ({ built: ++builds }));
  expect(builds).toBe(0);
  expect(table()).toBe(table());
  expect(builds).toBe(1);
});

test('a scan builds every value not built yet, yielding after each, and never builds one twice', async () => {
  const built: string[] = [];
  const first = deferred(() => built.push('first'));
  deferred(() => built.push('second'));
  first();
  let checkpoints = 0;
  await buildDeferred(async () => {
    checkpoints++;
  });
  expect(built.filter((name) => name === 'first')).toHaveLength(1);
  expect(built).toContain('second');
  // Every other deferred value of the modules loaded so far was built as well, each followed by a checkpoint.
  expect(checkpoints).toBeGreaterThanOrEqual(1);
  await buildDeferred(async () => {
    checkpoints = -1;
  });
  expect(checkpoints).not.toBe(-1);
});
