import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../../lib/figures';
import type { Figure } from '../../../lib/figures/types';

export type CorpusLang = 'zh' | 'en' | 'ru';

/** One labelled figure of the held-out corpus: its exact span, fully scaled value and unit. */
export interface GoldFigure {
  text: string;
  value: number;
  unit: string;
}

/** One corpus item: a sentence or two, every figure in it, and why it is skipped when the engine cannot read it. */
export interface CorpusItem {
  text: string;
  figures: GoldFigure[];
  known_gap?: string;
}

/** How one item scored: gold figures not matched and found figures that overlap no gold figure. */
export interface ItemScore {
  missed: GoldFigure[];
  spurious: Figure[];
  found: Figure[];
  matched: number;
}

/** Tests and scripts run from the repository root. */
const CORPUS_DIR = join(process.cwd(), 'tests/fixtures/figure-corpus');

/** Reads the held-out corpus of one language. */
export function loadCorpus(lang: CorpusLang): CorpusItem[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, `${lang}.json`), 'utf8')) as CorpusItem[];
}

/** Where each gold figure lies in the item's text, searching forward so repeated spans resolve in order. */
function locateGold(item: CorpusItem): Array<{ start: number; end: number }> {
  let from = 0;
  return item.figures.map((gold) => {
    let start = item.text.indexOf(gold.text, from);
    if (start < 0) start = item.text.indexOf(gold.text);
    if (start < 0) throw new Error(`gold "${gold.text}" is not in "${item.text}"`);
    from = start + gold.text.length;
    return { start, end: from };
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const closeEnough = (actual: number, expected: number): boolean =>
  Math.abs(actual - expected) <= Math.abs(expected) * 0.01 + 1e-9;

/** Scores one item: a gold figure is found when an overlapping figure has its unit and a value within 1%. */
export function scoreItem(item: CorpusItem, lang: CorpusLang): ItemScore {
  const found = extractFigures(item.text, { lang });
  const spans = locateGold(item);
  const missed = item.figures.filter((gold, index) => {
    const span = spans[index];
    return !found.some(
      (figure) =>
        span && overlaps(figure, span) && figure.unit === gold.unit && closeEnough(figure.value, gold.value),
    );
  });
  const spurious = found.filter((figure) => !spans.some((span) => overlaps(figure, span)));
  return { missed, spurious, found, matched: item.figures.length - missed.length };
}
