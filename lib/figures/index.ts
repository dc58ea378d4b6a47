import type { ReadContext } from './decide-figure';
import { linkConversions } from './link-conversions';
import { attachPeriods, findPeriods } from './periods';
import { readFigureAt } from './read-figure';
import { EN_NUMBER_WORD_SOURCE, RU_NUMBER_WORD_SOURCE } from './read-number-words';
import type { TimeRef } from './screen-number';
import type { ExtractOptions, Figure } from './types';

export type { Approx, ExtractOptions, Figure, FigureKind } from './types';

/** Where a number may start: a digit, a Chinese numeral, or an English or Russian number word. */
const NUMBER_START = new RegExp(
  [
    '[0-9０-９]',
    '[〇零一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]',
    `(?<![A-Za-z'’-])(?:${EN_NUMBER_WORD_SOURCE})(?=fold|[^A-Za-z]|$)`,
    `(?<![А-Яа-яЁё-])(?:${RU_NUMBER_WORD_SOURCE})(?![А-Яа-яЁё])`,
  ].join('|'),
  'gi',
);

/**
 * Finds the figures of a text: money, percentages, counts, measures and multiples, with their values fully
 * scaled. Offsets are UTF-16 code units into `text`; figures come in order and never overlap.
 *
 * One pass: periods are found first (never highlighted); then each place a number may start is read outward
 * (screen the number, read its scale, bounds, range, unit or counted noun, then decide); finally stated
 * conversions are linked and each figure gets the time reference of its sentence. Nothing looks past a line
 * break to the right, so text appended after one never changes the figures before it.
 */
export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
  const periods = findPeriods(text);
  const timeRefs: TimeRef[] = [...periods];
  const figures: Figure[] = [];
  const context: ReadContext = { minStart: 0, ...(options.lang ? { lang: options.lang } : {}) };
  const pattern = NUMBER_START;
  pattern.lastIndex = 0;
  let periodIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const at = match.index;
    while (periodIndex < periods.length && (periods[periodIndex]?.end ?? 0) <= at) periodIndex++;
    const period = periods[periodIndex];
    if (period && period.start <= at) {
      pattern.lastIndex = period.end;
      continue;
    }
    const reading = readFigureAt(text, at, context);
    const figure = reading.figure;
    if (figure) {
      figures.push(figure);
      context.minStart = figure.end;
      if (figure.kind === 'money' && figure.unit !== 'XXX')
        context.lastMoney = { code: figure.unit, end: figure.end };
    } else if (reading.timeRef) timeRefs.push(reading.timeRef);
    pattern.lastIndex = Math.max(reading.resume, at + 1);
  }
  linkConversions(text, figures);
  attachPeriods(text, figures, timeRefs);
  return figures;
}
