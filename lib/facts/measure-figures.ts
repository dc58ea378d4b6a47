import { reportedUnit } from '../figures/reported-unit';
import type { Figure } from '../figures/types';
import type { MentionMeasure } from '../store/rows';
import { describeMeasure } from './describe-measure';
import { factKey } from './fact-key';
import { signChange } from './read-direction';
import type { MeasureContext, Metric, Period } from './types';

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

/**
 * A figure's measure as the store keeps it (every part a string, empty when the text does not tell), and the
 * figure's value as a fact: a change that fell is negative, whatever its printed text (docs/adr/0013).
 */
export interface FigureMeasure extends MentionMeasure {
  value: number;
}

/** A figure's measure, and its value with the direction its words give a change ("fell 3.6%" is -3.6). */
export function measureFigure(
  item: FigureInSentence,
  article: ArticleContext,
  before: Pick<MeasureContext, 'levelBefore' | 'grownBefore' | 'periodBefore'> = {},
): FigureMeasure {
  return measureWithPeriod(item, article, before).stored;
}

function measureWithPeriod(
  { sentence, figure }: FigureInSentence,
  article: ArticleContext,
  before: Pick<MeasureContext, 'levelBefore' | 'grownBefore' | 'periodBefore'>,
): { stored: FigureMeasure; period?: Period } {
  const measure = describeMeasure({
    sentence,
    figureStart: figure.start,
    figureEnd: figure.end,
    figure,
    articleTitle: article.title,
    articleLead: article.lead,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    ...before,
    lang: article.lang,
  });
  const stored = {
    subject: measure.subject ?? '',
    metric: measure.metric ?? '',
    growthOf: measure.growthOf ?? '',
    period: measure.period?.label ?? '',
    status: measure.status ?? '',
    factKey: factKey(measure, reportedUnit(figure)) ?? '',
    value: signChange(figure.value, measure.direction),
  };
  return measure.period ? { stored, period: measure.period } : { stored };
}

/** Between a growth and the level it reached: "rose 45% to 120,000", "выросло на 45% до", "增长45%至". */
const TO_LEVEL = /^\s*(?:to|до|至|达到|達到|达|達)\s*$/iu;

/**
 * The measures of a request's figures, in its order. A figure is told what the figures before it in the same
 * sentence measure: the level a growth follows ("hit 8.5 million tonnes, up 11%"), and what grew in the growth
 * it is the level of ("rose 45% to 120,000").
 */
export function measureFigures(request: MeasureRequest): FigureMeasure[] {
  let level: { sentence: string; end: number; metric: Metric } | undefined;
  let growth: { sentence: string; end: number; of: Metric } | undefined;
  // The period of the last figure of each sentence, and of the sentence before the current one.
  let dated: { sentence: string; period: Period | undefined } | undefined;
  let periodBefore: Period | undefined;
  return request.figures.map((item) => {
    const { sentence, figure } = item;
    if (dated && dated.sentence !== sentence) periodBefore = dated.period;
    const levelBefore = level?.sentence === sentence && level.end <= figure.start ? level.metric : undefined;
    const grownBefore =
      growth?.sentence === sentence && TO_LEVEL.test(sentence.slice(growth.end, figure.start))
        ? growth.of
        : undefined;
    const { stored: measure, period } = measureWithPeriod(item, request.article, {
      ...(levelBefore ? { levelBefore } : {}),
      ...(grownBefore ? { grownBefore } : {}),
      ...(periodBefore ? { periodBefore } : {}),
    });
    dated = { sentence, period };
    const metric = measure.metric as Metric;
    if (metric && metric !== 'growth') level = { sentence, end: figure.end, metric };
    growth =
      metric === 'growth' && measure.growthOf
        ? { sentence, end: figure.end, of: measure.growthOf as Metric }
        : undefined;
    return measure;
  });
}
