// Starts Chromium with the built extension loaded, in a fresh profile. Shared by `npm start`, the browser tests
// and the benches.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { findChromium } from './find-chromium';

/** Flags that keep Chromium quiet, offline and reproducible on a machine with no network but loopback. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export const DEMO_BUILD_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-demo');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close: () => Promise<void>;
}

/**
 * Launches Chromium with the unpacked extension at `extensionPath`; `close` also removes the profile. `language`
 * ("zh-CN", "ru") sets the browser's interface language, which the extension's strings follow.
 */
export async function launchWithExtension(
  options: { extensionPath?: string; headless?: boolean; language?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionPath = options.extensionPath ?? DEMO_BUILD_DIR;
  const profile = await mkdtemp(join(tmpdir(), 'caravan-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    ...(options.language ? { locale: options.language } : {}),
    args: [
      ...CHROMIUM_FLAGS,
      ...(options.language ? [`--lang=${options.language}`] : []),
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
