// Measures the article region on the demo pages: Caravan's own (lib/page) against Mozilla Readability's,
// each feeding the same topic and figure pipeline, scored against the pages' expected figures.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { collectBlocks } from '../../lib/page/collect-blocks';
import { readArticle } from '../../lib/page/read-article';
import { parseHtml } from '../../lib/scan/parse-html';
import { scanBlocks } from '../../lib/scan/scan-blocks';
import { compareFigures, type ExpectedFigure } from '../../tests/support/expected-figures';
import { listDemoPages, PAGES_DIR } from './demo-server';

export interface RegionScore {
  pages: number;
  /** Expected figures not highlighted, over all pages. */
  missed: number;
  /** Highlights that match no expected figure (clutter, or any highlight on a page that is not on topic). */
  extra: number;
}

function tally(score: RegionScore, problems: string[]): void {
  score.pages++;
  for (const problem of problems) score[problem.startsWith('unexpected') ? 'extra' : 'missed']++;
}

/** Scores both region finders on every demo page. */
export async function compareRegions(): Promise<{ caravan: RegionScore; readability: RegionScore }> {
  const caravan: RegionScore = { pages: 0, missed: 0, extra: 0 };
  const readability: RegionScore = { pages: 0, missed: 0, extra: 0 };
  for (const page of await listDemoPages()) {
    const html = await readFile(join(PAGES_DIR, page.slug, 'source.html'), 'utf8');
    const expected = JSON.parse(await readFile(join(PAGES_DIR, page.slug, 'expected.json'), 'utf8')) as {
      figures: ExpectedFigure[];
    };
    const url = `http://127.0.0.1/${page.slug}/`;

    const ours = parseHtml(html, url);
    const article = readArticle(ours.document);
    const ourScan = scanBlocks({
      title: article.title,
      blocks: article.blocks.map((b) => b.text),
      lang: article.lang,
    });
    tally(caravan, compareFigures(ourScan.figures, expected.figures));
    await ours.close();

    const theirs = parseHtml(html, url);
    const parsed = new Readability(theirs.document.cloneNode(true) as Document).parse();
    const region = parseHtml(`<body><h1>${parsed?.title ?? ''}</h1>${parsed?.content ?? ''}</body>`, url);
    const blocks = collectBlocks(region.document.body, { inArticle: true }).map((block) => block.text);
    const theirScan = scanBlocks({ title: parsed?.title ?? '', blocks, lang: article.lang });
    tally(readability, compareFigures(theirScan.figures, expected.figures));
    await theirs.close();
    await region.close();
  }
  return { caravan, readability };
}
