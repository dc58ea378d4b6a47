// Finds a Chromium-family browser: $CHROME_PATH first, then the usual install locations.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
const FIXED = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  '/snap/bin/chromium',
];

export const INSTALL_HINT =
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium) or set CHROME_PATH to the browser executable.';

/** The path of a Chromium-family browser, or undefined when there is none. */
export function locateChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return FIXED.find((path) => existsSync(path));
}

/** Like locateChromium, but stops with a plain instruction when nothing is found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = locateChromium(env);
  if (path) return path;
  if (env.CHROME_PATH)
    throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there. ${INSTALL_HINT}`);
  throw new Error(INSTALL_HINT);
}
