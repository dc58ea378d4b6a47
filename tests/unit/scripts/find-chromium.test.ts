import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findChromium, INSTALL_HINT, locateChromium } from '../../../scripts/lib/find-chromium';

const dir = mkdtempSync(join(tmpdir(), 'caravan-browsers-'));
const fakeChromium = join(dir, 'chromium');
writeFileSync(fakeChromium, '');

test('CHROME_PATH wins over everything else', () => {
  expect(locateChromium({ CHROME_PATH: fakeChromium, PATH: '/usr/bin' })).toBe(fakeChromium);
});

test('a browser on the PATH is found by its usual names', () => {
  expect(locateChromium({ PATH: dir })).toBe(fakeChromium);
});

test('a CHROME_PATH that points nowhere says so and what to install', () => {
  expect(() => findChromium({ CHROME_PATH: join(dir, 'missing'), PATH: dir })).toThrow(
    /CHROME_PATH is set to .*missing.*sudo apt-get install chromium/,
  );
  expect(INSTALL_HINT).toMatch(/set CHROME_PATH/);
});
