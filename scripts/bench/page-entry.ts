// Bundled into a page by the Chromium benches: the content script's decision as it runs on a page (the
// prefilter on the text read at once and scanned in chunks, then the sliced scan, its background's part
// answered in the page), callable from page.evaluate.
import { prefilterPage } from '@/lib/content/prefilter-page';
import { BlockFigureCache, scanPageSliced } from '@/lib/content/scan-page-sliced';
import { createSlicer } from '@/lib/content/yield-to-main';
import { answerInPage } from './answer-in-page';

/** A slicer as the content script makes one for each scan. */
const freshSlicer = () => createSlicer(new AbortController().signal);

/** The prefilter alone: may the page be on topic? */
async function prefilter(): Promise<boolean> {
  return (await prefilterPage(document.body, freshSlicer())).mightBeTopic;
}

/** The whole decision of a first scan: the prefilter, then region and topic if it passes. */
async function decide(): Promise<boolean> {
  return (
    (await scanPageSliced(document, freshSlicer(), new BlockFigureCache(), answerInPage())).scan?.topic
      .isTopic ?? false
  );
}

Object.assign(globalThis, { caravanBench: { prefilter, decide } });
