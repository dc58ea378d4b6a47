import { reportedUnit } from '../figures/reported-unit';
import type { Figure } from '../figures/types';
import type { MentionMeasure } from '../store/rows';
import { describeMeasure } from './describe-measure';
import { factKey } from './fact-key';
import type { Metric } from './types';

/** What the measure of a figure needs to know of its article. */
export interface ArticleContext {
  title: string;
  /** The article's first substantial paragraph. */
  lead: string;
  /** ISO date of publication, or empty. */
  publishedAt: string;
  lang: string;
}

/** One figure in its sentence: the figure's offsets are within `sentence`. */
export interface FigureInSentence {
  sentence: string;
  figure: Figure;
}

/** The figures of one article whose measure is wanted: what the content script asks the background. */
export interface MeasureRequest {
  article: ArticleContext;
  figures: FigureInSentence[];
}

/** A figure's measure as the store keeps it: every part a string, empty when the text does not tell. */
export function measureFigure(
  { sentence, figure }: FigureInSentence,
  article: ArticleContext,
  levelBefore?: Metric,
): MentionMeasure {
  const measure = describeMeasure({
    sentence,
    figureStart: figure.start,
    figureEnd: figure.end,
    figure,
    articleTitle: article.title,
    articleLead: article.lead,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    ...(levelBefore ? { levelBefore } : {}),
    lang: article.lang,
  });
  return {
    subject: measure.subject ?? '',
    metric: measure.metric ?? '',
    growthOf: measure.growthOf ?? '',
    period: measure.period?.label ?? '',
    status: measure.status ?? '',
    factKey: factKey(measure, reportedUnit(figure)) ?? '',
  };
}

/**
 * The measures of a request's figures, in its order. A figure is told what the level before it in the same
 * sentence measures, for a growth that follows it ("hit 8.5 million tonnes, up 11%").
 */
export function measureFigures(request: MeasureRequest): MentionMeasure[] {
  let level: { sentence: string; end: number; metric: Metric } | undefined;
  return request.figures.map((item) => {
    const before =
      level && level.sentence === item.sentence && level.end <= item.figure.start ? level.metric : undefined;
    const measure = measureFigure(item, request.article, before);
    if (measure.metric && measure.metric !== 'growth')
      level = { sentence: item.sentence, end: item.figure.end, metric: measure.metric as Metric };
    return measure;
  });
}
