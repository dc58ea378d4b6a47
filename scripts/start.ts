// `npm start`: builds Caravan, serves the demo news site and opens Chromium with the extension loaded.
// `npm start -- --headless [--out DIR] [--page SLUG]` (also chosen when there is no display) writes screenshots
// of a demo article and of the panel instead, and exits.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildDemoExtension } from './lib/build-extension';
import { captureDemo } from './lib/capture-demo';
import { startDemoServer } from './lib/demo-server';
import { INSTALL_HINT, locateChromium } from './lib/find-chromium';
import { launchWithExtension } from './lib/launch-browser';

const wantsHeadless = process.argv.includes('--headless');
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = wantsHeadless || !hasDisplay;

if (!locateChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log('Building the extension (demo mode)…');
buildDemoExtension();
const server = await startDemoServer(Number(process.env.PORT ?? 0));
console.log(`Demo news site: ${server.url}`);

if (headless) {
  if (!wantsHeadless) console.log('No display found, so running headless.');
  const outIndex = process.argv.indexOf('--out');
  const outDir = resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? 'demo-output') : 'demo-output');
  await mkdir(outDir, { recursive: true });
  const browser = await launchWithExtension({ headless: true });
  try {
    const pageIndex = process.argv.indexOf('--page');
    const shots = await captureDemo(
      browser,
      server,
      outDir,
      pageIndex > 0 ? process.argv[pageIndex + 1] : undefined,
    );
    console.log(`Screenshots written to ${outDir}:`);
    for (const shot of shots) console.log(`  ${shot}`);
  } finally {
    await browser.close();
    await server.close();
  }
} else {
  const browser = await launchWithExtension({ headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.url);
  console.log(
    'Chromium is open on the demo site. Open an article, then the Caravan toolbar button. Close the browser to stop.',
  );
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
}
