import { beforeEach, describe, expect, test } from 'vitest';
import { runMarkedImport, takeInterruptedImport } from '@/lib/store/import-progress';

/** A lock manager of one page: grants each lock in turn and reports what is held. */
function fakeLocks(heldElsewhere: string[] = []): LockManager {
  const held = new Set<string>();
  return {
    request: async (name: string, callback: () => Promise<unknown>) => {
      held.add(name);
      try {
        return await callback();
      } finally {
        held.delete(name);
      }
    },
    query: async () => ({ held: [...held, ...heldElsewhere].map((name) => ({ name, mode: 'exclusive' })) }),
  } as unknown as LockManager;
}

beforeEach(() => localStorage.clear());

describe('an import cut off midway is reported once', () => {
  test('a finished or refused import leaves no mark', async () => {
    const locks = fakeLocks();
    expect(await runMarkedImport('a.json', async () => 3, localStorage, locks)).toBe(3);
    await expect(
      runMarkedImport('b.json', () => Promise.reject(new Error('bad file')), localStorage, locks),
    ).rejects.toThrow('bad file');
    expect(await takeInterruptedImport(localStorage, locks)).toBe('');
  });

  test('a page that died while importing leaves its file name, told once', async () => {
    const locks = fakeLocks();
    let seenDuring = '';
    await runMarkedImport(
      'caravan-facts.json',
      async () => {
        seenDuring = localStorage.getItem('caravan:import-running') ?? '';
        // The page dies here: the mark stays, as a crash never runs the cleanup.
        localStorage.setItem('left-behind', seenDuring);
      },
      localStorage,
      locks,
    );
    localStorage.setItem('caravan:import-running', localStorage.getItem('left-behind') ?? '');
    expect(seenDuring).toBe('caravan-facts.json');
    expect(await takeInterruptedImport(localStorage, locks)).toBe('caravan-facts.json');
    expect(await takeInterruptedImport(localStorage, locks)).toBe('');
  });

  test('an import still running in another options page is not called interrupted', async () => {
    localStorage.setItem('caravan:import-running', 'big.json');
    expect(await takeInterruptedImport(localStorage, fakeLocks(['caravan-import']))).toBe('');
    expect(localStorage.getItem('caravan:import-running')).toBe('big.json');
  });
});
