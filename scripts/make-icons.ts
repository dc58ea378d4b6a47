// Renders public/icon.svg to the PNG sizes the manifest uses. Run by hand after changing the SVG:
//   npx tsx scripts/make-icons.ts
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from './lib/find-chromium';

const svg = await readFile(new URL('../docs/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    );
    await page.screenshot({
      path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname,
      omitBackground: true,
    });
    await page.close();
  }
} finally {
  await browser.close();
}
