import { readApproxAfterUnit } from './approximations';
import type { Approx, Figure } from './types';

// "增速为5.2%，高于3%的目标", "inflation was 4.1%, below 5%": a comparative before a figure may bound an unknown
// quantity ("增速高于5%": more than 5%) or compare a stated one with a reference ("高于3%的目标": the target is
// exactly 3%). The reference is an exact figure; the comparison belongs to the figure it compares, so the
// comparative leaves the reference's highlight and its bound.

/** The comparatives that read as a bound before a figure; "over", "超过", "более" measure and are left alone. */
const COMPARATIVE_OPENING = /^(?:高于|高於|低于|低於|above|below)[ \u00a0]?/i;
/** "…的目标", "…的市场预期", "…的警戒线": a reference the figure is the value of, after 的 in the same clause. */
const REFERENCE_NOUN_AFTER =
  /^的[^\s，,。；;！？!?、]{0,4}?(?:目标|目標|预期|預期|预测|預測|预估|預估|水平|平均|均值|标准|標準|基准|基準|门槛|門檻|红线|紅線|警戒线|警戒線|上限|下限|指引|共识|共識)/;
/** What may stand between a stated figure and the comparative after it: "，", ", far", "，明显". */
const CLAUSE_GAP = /^[ \u00a0]*[,，][ \u00a0]*(?:[A-Za-z]+[ \u00a0]+|[\u4e00-\u9fff]{1,2})?$/;

/** Whether `figure`, opening with a comparative, compares the same kind of figure stated just before it. */
function followsComparedFigure(
  text: string,
  previous: Figure | undefined,
  figure: Figure,
  at: number,
): boolean {
  if (!previous || previous.unit !== figure.unit) return false;
  return CLAUSE_GAP.test(text.slice(previous.end, at));
}

/** The bound written after the reference's unit ("3%左右"), which stays its own. */
function approxAtEnd(text: string, figure: Figure): Approx {
  for (let at = figure.start + 1; at < figure.end; at++) {
    const after = readApproxAfterUnit(text, at);
    if (after?.end === figure.end) return after.approx;
  }
  return 'none';
}

/** Turns each comparative-bounded figure that is a reference value into the exact figure it is. */
export function readReferenceValues(text: string, figures: Figure[]): void {
  figures.forEach((figure, index) => {
    if (figure.approx === 'none') return;
    const opening = COMPARATIVE_OPENING.exec(figure.text);
    if (!opening) return;
    const isReference =
      REFERENCE_NOUN_AFTER.test(text.slice(figure.end, figure.end + 12)) ||
      followsComparedFigure(text, figures[index - 1], figure, figure.start);
    if (!isReference) return;
    figure.start += opening[0].length;
    figure.text = figure.text.slice(opening[0].length);
    figure.approx = approxAtEnd(text, figure);
  });
}
