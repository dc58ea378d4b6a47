// `npm test`: typecheck, lint, the Firefox build and its web-ext lint, unit tests, then browser tests (the built extension in real Chromium), and a
// closing line `N passed, N failed` that counts every test and each check.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}

const tally: Tally = { passed: 0, failed: 0 };
const reportDir = mkdtempSync(join(tmpdir(), 'caravan-test-'));

function run(command: string, args: string[]): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

function check(name: string, command: string, args: string[]): void {
  const ok = run(command, args);
  tally[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? '✓' : '✗'} ${name}`);
}

function vitestProject(project: string): void {
  const output = join(reportDir, `${project}.json`);
  const ok = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
    };
    tally.passed += report.numPassedTests;
    tally.failed += report.numFailedTests;
    // A suite that failed to load reports no failed test, yet the run failed: count it.
    if (!ok && report.numFailedTests === 0) tally.failed++;
  } catch {
    tally.failed++;
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['biome', 'check', '.']);
check('firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']);
check('web-ext lint (0 errors)', 'npx', [
  'web-ext',
  'lint',
  '--source-dir',
  '.output/firefox-mv2',
  '--output',
  'text',
]);
vitestProject('unit');
vitestProject('browser');
console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
