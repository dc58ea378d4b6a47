import { applyMeasures } from '@/lib/content/build-report';
import { measureFigures } from '@/lib/facts/measure-figures';
import { extractFigures } from '@/lib/figures';
import { reportedUnit } from '@/lib/figures/reported-unit';
import { figureSummary, pageReport } from './page-report';

/** A page of one sentence, its figures reported and measured as the content script and the background do. */
export function measuredPage(url: string, sentence: string, publishedAt = '2026-01-20') {
  const figures = extractFigures(sentence);
  const report = pageReport(
    figures.map((figure, index) =>
      figureSummary(index, figure.text, {
        value: figure.value,
        unit: reportedUnit(figure),
        kind: figure.kind,
        approx: figure.approx,
        context: sentence,
      }),
    ),
    { url, publishedAt },
  );
  const article = { title: '', lead: '', publishedAt, lang: '' };
  applyMeasures(
    report,
    measureFigures({ article, figures: figures.map((figure) => ({ sentence, figure })) }),
  );
  return report;
}
