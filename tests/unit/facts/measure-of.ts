import { describeMeasure, type Measure, type MeasureContext } from '../../../lib/facts';
import { extractFigures } from '../../../lib/figures';

/** Article context a test may add around its sentence. */
export type ArticleContext = Pick<MeasureContext, 'articleTitle' | 'articleLead' | 'publishedAt'>;

/** The measure of the figure whose text contains `figureText` in a sentence written for the test. */
export function measureOf(sentence: string, figureText: string, article: ArticleContext = {}): Measure {
  const figure = extractFigures(sentence).find((item) => item.text.includes(figureText));
  if (!figure) throw new Error(`no figure "${figureText}" in: ${sentence}`);
  return describeMeasure({ sentence, figureStart: figure.start, figureEnd: figure.end, figure, ...article });
}
