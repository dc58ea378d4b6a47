import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeasureContext } from '../../../lib/facts';
import type { Figure } from '../../../lib/figures/types';
import { scanHtml } from '../../../lib/scan';
import { sentenceAround } from '../../../lib/scan/sentence-around';

const PAGES = join(__dirname, '../../fixtures/pages');

function readText(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Every figure of a demo page with its sentence and the article context `describeMeasure` takes. */
export function loadDemoContexts(slug: string): MeasureContext[] {
  const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const title = readText(doc.querySelector('h1')) || readText(doc.querySelector('title'));
  const lead = [...doc.querySelectorAll('article p, main p, p')]
    .map(readText)
    .find((text) => text.length >= 40);
  const publishedAt =
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const figures = scanHtml(html).figures as unknown as (Figure & { blockText: string })[];
  return figures.map((figure) => {
    const sentence = sentenceAround(figure.blockText, figure.start, figure.end);
    const offset = figure.blockText.lastIndexOf(sentence, figure.start);
    return {
      sentence,
      figureStart: figure.start - offset,
      figureEnd: figure.end - offset,
      figure,
      articleTitle: title,
      ...(lead ? { articleLead: lead } : {}),
      ...(publishedAt ? { publishedAt } : {}),
    };
  });
}
