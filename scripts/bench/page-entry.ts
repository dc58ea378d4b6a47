// Bundled into a page by the Chromium benches: the content script's decision, callable from page.evaluate.
import { scanPage } from '@/lib/content/scan-page';
import { mightBeTopic } from '@/lib/topic';

Object.assign(globalThis, { caravanBench: { scanPage, mightBeTopic } });
