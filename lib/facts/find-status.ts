import { isInLaterChineseClause } from '../figures/char-classes';
import type { FigureKind } from '../figures/types';
import { compileCueTable, findCues, pickNearestCue, type Span, WORD_START as W } from './find-cues';
import type { Cue, FactStatus } from './types';

export interface StatusFinding {
  status?: FactStatus;
  evidence: string[];
}

/** Words that make a figure a forecast, a target or a plan, or a fact; a forecast word outranks the others. */
const STATUS_CUES = compileCueTable<FactStatus>([
  [
    'forecast',
    `${W}(?:expect\\p{L}*|projected|projection|forecast\\p{L}*|estimated to|likely|could|may (?:reach|exceed|top)|set to|on track|anticipat\\p{L}*)`,
  ],
  // 料 is Hong Kong's and Taiwan's "expected to" before a verb or bound ("全年料逾400億", "料將增長"), not 材料 or 不料.
  [
    'forecast',
    '有望|预计|預計|预测|預測|预期|預期|可望|估计|估計|预估|預估|预料|預料|(?<![材原饲飼资資燃塑肥布不照香涂塗染颜顏预預])料(?=[将將会會可逾超达達增升跌减減降为為在])',
  ],
  ['forecast', `${W}(?:ожида\\p{L}*|прогноз\\p{L}*|может|могут|вероятно|рассчитыва\\p{L}*)`],
  [
    'target',
    `${W}(?:aim\\p{L}*|target\\p{L}*|goal|plan(?:s|ned|ning)?|intend\\p{L}*|seek\\p{L}* to|strive\\p{L}*|pledg\\p{L}*|commit\\p{L}*|will|would|designed to|by 20\\d\\d(?!\\d))(?![\\p{L}])`,
  ],
  ['target', '力争|力爭|目标|目標|计划|計劃|规划|規劃|将|將|拟|擬|承诺|承諾|宣布|设计|設計'],
  [
    'target',
    `${W}(?:планир\\p{L}*|план\\p{L}*|намер\\p{L}*|цел(?:ь|и|ью|евой)|к 20\\d\\d году|будет|будут|составит|достигнет|превысит|пройд[её]т|выделит|предостав(?:ит|ят)|предложит|обеща\\p{L}*|проектн\\p{L}*)`,
  ],
  [
    'actual',
    `${W}(?:reached|stood at|totall?ed|hit|came (?:to|in at)|rose|grew|increased|jumped|fell|dropped|declined|amounted|recorded|handled|put the total|topped|exceeded|surpassed|crossed|signed|delivered|up|has (?:grown|risen|reached|been)|was|were)(?![\\p{L}])`,
  ],
  [
    'actual',
    '达到|達到|达|達|实现|實現|额为|額為|值为|值為|量为|量為|增长|增長|突破|完成|共|累计|累計|首破|已|超过|超過|创|創|录得|錄得|签署|簽署',
  ],
  [
    'actual',
    `${W}(?:составил\\p{L}*|составля\\p{L}*|достиг(?:ла|ло|ли)?(?![\\p{L}])|вырос\\p{L}*|превысил\\p{L}*|увеличил\\p{L}*|поставлено|поступило|подписали|приблизил\\p{L}*|сократил\\p{L}*|снизил\\p{L}*)`,
  ],
]);

/** A forecast or target word outranks a fact word ("expected to reach"); between those two, the nearer wins. */
const RANK: readonly (readonly FactStatus[])[] = [['forecast', 'target'], ['actual']];

/** Plain future tense says only that the figure is not yet a fact; a forecast or plan word elsewhere says which. */
const FUTURE_TENSE = /^(?:will|would|将|將|будет|будут|составит|достигнет|превысит|пройд[её]т)$/iu;

/** A forecast or target word (not plain future tense) earlier in the sentence: "Ожидается, что … превысит". */
function findStrongerCue(
  cues: readonly Cue<FactStatus>[],
  future: Cue<FactStatus>,
): Cue<FactStatus> | undefined {
  return cues.find(
    (cue) => cue.end <= future.start && cue.value !== 'actual' && !FUTURE_TENSE.test(cue.text),
  );
}

/**
 * Last year's value written onto the figure ("可望超越去年創下的948億美元紀錄", "高于上年的120亿元") is a fact of that
 * year, whatever the sentence forecasts about this one.
 */
const PAST_VALUE_BEFORE = /(?:去年|上年|前年|上一年)(?:[创創]下|[录錄]得|实现|實現|达到|達到)?的\s*$/u;

/**
 * Whether the figure is a fact, a target or a forecast: the strongest cue of its clause, then of its sentence.
 * `kind` is the figure's: a share or a multiple of last year's value ("将达到去年的1.5倍") is no value of last year.
 */
export function findStatus(sentence: string, figure: Span, clause: Span, kind?: FigureKind): StatusFinding {
  const pastValue =
    kind !== 'percent' && kind !== 'multiple'
      ? PAST_VALUE_BEFORE.exec(sentence.slice(Math.max(0, figure.start - 12), figure.start))
      : null;
  if (pastValue)
    return { status: 'actual', evidence: [`status: "${pastValue[0].trim()}": last year's value`] };
  const cues = findCues(sentence, STATUS_CUES).filter(
    (cue) =>
      (cue.end <= figure.start || cue.start >= figure.end) &&
      // A forecast or plan of a later Chinese clause is its own ("…，第三条铁路预计2027年通车"); "同比增长" after a
      // level still tells that the level was counted.
      (cue.value === 'actual' || !isInLaterChineseClause(sentence, figure, cue)),
  );
  for (const scope of [clause, { start: 0, end: sentence.length }]) {
    const inScope = cues.filter((cue) => cue.start >= scope.start && cue.end <= scope.end);
    for (const statuses of RANK) {
      const cue = pickNearestCue(
        inScope.filter((item) => statuses.includes(item.value)),
        figure,
        scope,
      );
      if (!cue) continue;
      const stronger = FUTURE_TENSE.test(cue.text) ? findStrongerCue(cues, cue) : undefined;
      const decided = stronger ?? cue;
      return { status: decided.value, evidence: [`status: "${decided.text}"`] };
    }
  }
  return { evidence: [] };
}
