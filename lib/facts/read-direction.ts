import { compileCueTable, findCues, type Span, WORD_START } from './find-cues';
import { COMPARED_AFTER } from './metric-terms';
import type { ChangeDirection, Cue } from './types';

const W = WORD_START;
/** The end of a Latin or Cyrillic word: no letter follows. */
const E = '(?![\\p{L}])';
/**
 * "Больше чем на 3%", "меньше чем на": a bound of the change, not its direction. ("More" and "less" are no cues
 * in English for the same reason: "fell more than 3.6%".)
 */
const NOT_THAN = '(?!,?\\s*чем)';

/**
 * Words that say which way a change went, in English, Chinese (both scripts) and Russian. Overlaps resolve to
 * the earlier, then longer, match: "negative growth" and 负增长 before the "growth" and 增长 inside them.
 * Words that say no direction (同比, "year on year", "change") are not here.
 */
const DIRECTION_CUES = compileCueTable<ChangeDirection>([
  [
    'fall',
    `${W}(?:negative growth|(?:a |an )?(?:decline|drop|fall|decrease|contraction|slump|loss) of|fell|fallen|falls?|falling|dipped|contraction|loss|dropp?(?:ed|ing|s)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|slid|slides?|sliding|slump(?:ed|s)?|contract(?:ed|ing|s)|shr[au]nk|shrinks?|shrinking|lost|loses|down|lower)${E}`,
  ],
  [
    'fall',
    '负增长|負增長|同比降|比上年少|比去年少|下降|下滑|下跌|减少|減少|回落|降低|萎缩|萎縮|降幅|跌幅|减|減|降|跌',
  ],
  [
    'fall',
    `${W}(?:сниз\\p{L}*|сократ\\p{L}*|сокращени\\p{L}*|упал\\p{L}*|упад\\p{L}*|уменьш\\p{L}*|падени\\p{L}*|спад\\p{L}*|снижени\\p{L}*|минус)${E}|${W}(?:меньше|ниже)${E}${NOT_THAN}`,
  ],
  [
    'rise',
    `${W}(?:up(?! to${E})|rose|rises?|risen|rising|grew|grown|grows|growth|increas\\p{L}*|jump\\p{L}*|surg\\p{L}*|climb\\p{L}*|gain\\p{L}*|higher|expand\\p{L}*|вырос\\p{L}*|рост\\p{L}*|прирост\\p{L}*|увелич\\p{L}*|плюс)${E}|${W}(?:больше|выше)${E}${NOT_THAN}`,
  ],
  [
    'rise',
    '增长|增長|增幅|增速|增加|上升|上涨|上漲|提高|扩大|擴大|翻番|增|按年升|按季升|按月升|升幅|攀升|回升',
  ],
]);

/**
 * What ends the words between a verb of falling and a level it fell to: "fell to", "fell from 5% to", 下降至,
 * "снизился до". The figure is where the measure fell to ("growth fell to 3.6%" is growth of 3.6%), not the size
 * of a fall.
 */
const TO_LEVEL_BEFORE = /(?:(?<![\p{L}])(?:to|до)|[至到])\s*$/iu;
/** Right before a figure: it is the level a change started from ("fell from 5%", "снизился с 5%", 由5%下降至). */
const FROM_LEVEL_BEFORE = /(?:(?<![\p{L}])(?:from|с|со)|[由从從])\s*$/iu;

/**
 * A fall said by a noun: what follows "to" is the fall's new size ("the decline narrowed to 3.6%", 降幅收窄至3.6%,
 * "падение замедлилось до 3,6%"), still a fall.
 */
const FALL_NOUN = /^(?:降幅|负增长|負增長|negative growth|падени|спад|снижени|сокращени)/iu;

/** What may stand between a figure and a direction word right after it: "3.6% lower", "3.6%的降幅". */
const RIGHT_AFTER = /^(?:\s|的)*$/u;

/** A direction read from the words around a growth, and the words that decided. */
export interface DirectionFinding {
  direction?: ChangeDirection;
  evidence: string[];
}

function finding(cue: Cue<ChangeDirection>): DirectionFinding {
  return { direction: cue.value, evidence: [`direction: ${cue.value}, "${cue.text}"`] };
}

/**
 * Which way a change went, from the words of its clause: a word right after the figure ("3.6% lower", "на 3,6%
 * меньше"), else the nearest word before it ("fell 3.6%", 同比下降3.6%, "снизился на 3,6%"), else the nearest word
 * after it ("a 3.6% year-on-year decline"). A word of falling that a level follows ("fell to 3.6%"), or a level a
 * change started from ("fell from 5%"), says no direction of the figure. Undefined when the clause says none.
 */
export function readDirection(sentence: string, figure: Span, clause: Span): DirectionFinding {
  if (FROM_LEVEL_BEFORE.test(sentence.slice(clause.start, figure.start)))
    return { evidence: ['direction: none, the level a change started from'] };
  const cues = findCues(sentence.slice(clause.start, clause.end), DIRECTION_CUES).map((cue) => ({
    ...cue,
    start: cue.start + clause.start,
    end: cue.end + clause.start,
  }));
  const compared = COMPARED_AFTER.exec(sentence.slice(figure.end));
  if (compared) {
    const direction = /^(?:more|greater)$/i.test(compared[1] ?? '') ? 'rise' : 'fall';
    return { direction, evidence: [`direction: ${direction}, "${compared[0].trim()}"`] };
  }
  const after = cues.filter((cue) => cue.start >= figure.end);
  const next = after[0];
  if (next && RIGHT_AFTER.test(sentence.slice(figure.end, next.start))) return finding(next);
  const before = cues.filter((cue) => cue.end <= figure.start).pop();
  if (before) {
    const gap = sentence.slice(before.end, figure.start);
    if (before.value === 'fall' && !FALL_NOUN.test(before.text) && TO_LEVEL_BEFORE.test(gap))
      return { evidence: [`direction: none, "${before.text}" a level follows`] };
    return finding(before);
  }
  return next ? finding(next) : { evidence: [] };
}

/**
 * The value of a change with its direction: a fall is negative, whether its words say so ("fell 3.6%") or its
 * printed minus does ("-3.6%", "минус 2%"), and a minus and a word of falling together are one fall, not a rise.
 * A rise, or no direction, keeps the value as printed ("增长-2.3%" stays a fall).
 */
export function signChange(value: number, direction: ChangeDirection | undefined): number {
  return direction === 'fall' ? -Math.abs(value) : value;
}
