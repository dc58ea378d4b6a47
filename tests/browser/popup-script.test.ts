import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DEMO_BUILD_DIR } from '../../scripts/lib/launch-browser';

/** The scripts the popup evaluates before its first paint: its entry and every chunk it imports statically. */
async function firstScripts(): Promise<Map<string, string>> {
  const html = await readFile(join(DEMO_BUILD_DIR, 'popup.html'), 'utf8');
  const entry = /<script[^>]+src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('popup.html loads no script');
  const scripts = new Map<string, string>();
  const pending = [entry];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (scripts.has(path)) continue;
    const code = await readFile(join(DEMO_BUILD_DIR, path), 'utf8');
    scripts.set(path, code);
    // Static imports only (`from"./x.js"`); `import("./x.js")` loads later.
    for (const [, name] of code.matchAll(/from\s*"\.\/([^"]+)"/g))
      pending.push(join(path, '..', name as string));
  }
  return scripts;
}

test("the popup's first scripts hold no Dexie: it loads once the list is on screen (docs/adr/0008)", async () => {
  const scripts = await firstScripts();
  expect(scripts.size).toBeGreaterThan(1);
  // Dexie's own event name for a committed write, which every copy of Dexie carries.
  const withDexie = [...scripts].filter(([, code]) => code.includes('storagemutated')).map(([path]) => path);
  expect(withDexie).toEqual([]);
});
