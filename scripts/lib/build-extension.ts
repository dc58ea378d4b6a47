// Builds the extension in demo mode (it also runs on the demo site at 127.0.0.1).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Runs `wxt build --mode demo`; throws with WXT's output when it fails. */
export function buildDemoExtension(): void {
  const root = resolve(import.meta.dirname, '../..');
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`Building the extension failed:\n${result.stdout}\n${result.stderr}`);
}
