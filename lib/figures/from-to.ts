import { readRangeMarker } from './ranges';
import type { Figure } from './types';

// A change from one level to another: "с 12,5 млрд долларов до 15 млрд долларов", "from 55 billion cubic metres
// to 85 billion". A change right after its first number is read where the number is ("с 5 до 7%"); when the first
// level brings its own unit, the second is a figure of its own, and what stands before it says only "to": "до" is
// no "up to" there, and a bare second level ("85 billion", "85 млрд") is in the first one's unit.

/** "до" opening the second level's highlight. */
const DO_OPENING = /^до[ \u00a0]+/i;
/** What may stand between the two levels: words and abbreviations, then "to" or "до"; no number, no clause end. */
const GAP_TO = /^[^0-9;:!?()\n]{0,40}(?:(?<![A-Za-zА-Яа-яЁё])(?:to|до)[ \u00a0]+)$/i;

/** Reads the second level of each "from A to B" as the exact level it is, in A's unit when it states none. */
export function readLevelsOfChange(text: string, figures: Figure[]): void {
  figures.forEach((figure, index) => {
    const previous = figures[index - 1];
    if (!previous || previous.range || figure.range) return;
    const sameUnit = previous.unit === figure.unit;
    const bare = figure.kind === 'count' && !figure.noun && previous.kind === 'measure';
    if (!sameUnit && !bare) return;
    if (
      !GAP_TO.test(text.slice(previous.end, figure.start + (DO_OPENING.exec(figure.text)?.[0].length ?? 0)))
    )
      return;
    const marker = readRangeMarker(text, previous.start);
    if (marker !== 'from' && marker !== 'between') return;
    const opening = DO_OPENING.exec(figure.text);
    if (opening) {
      figure.start += opening[0].length;
      figure.text = figure.text.slice(opening[0].length);
      if (figure.approx === 'under') figure.approx = 'none';
    }
    if (bare) {
      figure.unit = previous.unit;
      figure.kind = previous.kind;
    }
  });
}
