import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scanHtml } from '@/lib/scan';
import { listDemoPages, PAGES_DIR } from '../../../scripts/lib/demo-server';
import { compareFigures, type ExpectedFigure } from '../../support/expected-figures';

const pages = await listDemoPages();

async function load(slug: string) {
  const html = await readFile(join(PAGES_DIR, slug, 'source.html'), 'utf8');
  const expected = JSON.parse(await readFile(join(PAGES_DIR, slug, 'expected.json'), 'utf8')) as {
    topic: boolean;
    figures: ExpectedFigure[];
    notFigures: string[];
  };
  return { scan: scanHtml(html, `http://127.0.0.1/${slug}/`), expected };
}

// The same page pipeline the content script runs, on a DOM in Node; the browser tests repeat this in Chromium.
describe.each(pages.map((page) => page.slug))('demo page %s', (slug) => {
  test('gets the expected verdict and exactly the expected figures, read right', async () => {
    const { scan, expected } = await load(slug);
    expect(scan.topic.isTopic).toBe(expected.topic);
    expect(compareFigures(scan.figures, expected.figures)).toEqual([]);
    const texts = scan.figures.map((figure) => figure.text);
    for (const wrong of expected.notFigures) expect(texts).not.toContain(wrong);
  });
});
