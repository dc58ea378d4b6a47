import { findClause, findCues, type Span } from './find-cues';
import { METRIC_CUES } from './metric-terms';
import { listSideMentions, type SideMention } from './subject-mentions';

/**
 * Which way goods go, told from China's side as Chinese customs tell it: `exports` leave China for the partner,
 * `imports` come into China from it. "Uzbekistan's exports to China" and 中国自乌进口 are one fact, China's
 * imports from Uzbekistan; read as written, they would be stored as Uzbekistan's "exports" and contradict
 * China's exports to Uzbekistan, a different fact.
 */
export type ChinaFlow = 'exports' | 'imports';

/** A destination: "to China", "into Kazakhstan", "в Китай" (not "в Китае"), 对乌, 输往. */
const TO_BEFORE =
  /(?:(?<![\p{L}])(?:to|into)\s+(?:the\s+)?|(?<![\p{L}])во?\s+|[对對向]|(?:输往|輸往|运往|運往|销往|銷往))$/iu;
/** A source: "from Uzbekistan", "из Китая", 自乌, 从中国. */
const FROM_BEFORE = /(?:(?<![\p{L}])from\s+(?:the\s+)?|(?<![\p{L}])изо?\s+|[自从從])$/iu;
/** Russian locatives ("в Китае", "в Киргизии") say where, not where to. */
const RUSSIAN_LOCATIVE_END = /[а-яё][еи]$/iu;
/** Between a trader and its cue word: "Uzbekistan's exports", "China exported", 乌出口, 中方对…出口 aside. */
const TRADER_GAP = /^(?:['’]s\s*|\s+|的)?$/u;
/** Between a Russian cue word and its trader in the genitive: "экспорт Узбекистана". */
const GENITIVE_GAP = /^\s+$/u;

function isDestination(sentence: string, mention: SideMention): boolean {
  const before = sentence.slice(Math.max(0, mention.start - 8), mention.start);
  if (!TO_BEFORE.test(before)) return false;
  return !(/во?\s+$/iu.test(before) && RUSSIAN_LOCATIVE_END.test(mention.text));
}

function isSource(sentence: string, mention: SideMention): boolean {
  return FROM_BEFORE.test(sentence.slice(Math.max(0, mention.start - 8), mention.start));
}

/** How far a mention stands from a cue word, in characters between them. */
function gap(mention: SideMention, cue: Span): number {
  return mention.end <= cue.start ? cue.start - mention.end : Math.max(0, mention.start - cue.end);
}

/**
 * The mentions that go with this cue word rather than with another word of exports or imports in the clause: each
 * goes with the nearest. In "exports to Kazakhstan fell and imports rose", "to Kazakhstan" is where the exports
 * went, not where the imports came from.
 */
function mentionsOfCue(
  sentence: string,
  cue: Span,
  clause: Span,
  mentions: readonly SideMention[],
): SideMention[] {
  const flows = findCues(sentence.slice(clause.start, clause.end), METRIC_CUES)
    .filter((other) => other.value === 'exports' || other.value === 'imports')
    .map((other) => ({ start: other.start + clause.start, end: other.end + clause.start }));
  return mentions.filter(
    (mention) =>
      !isPhraseOfEarlierCue(sentence, mention, cue, flows) &&
      flows.every((other) => gap(mention, cue) <= gap(mention, other)),
  );
}

/** "to China", "из Китая": a destination or source written as a word after its verb, not as 对/自 before it. */
const WORD_PREPOSITION_BEFORE = /(?<![\p{L}])(?:to|into|from|во?|изо?)\s+(?:the\s+)?$/iu;

/**
 * Whether a mention before the cue, after another word of exports or imports, is where that earlier flow went or
 * came from: in "Uzbekistan exported $2.9 billion to China and imported $10.6 billion", "to China" goes with
 * "exported", however near "imported" stands.
 */
function isPhraseOfEarlierCue(
  sentence: string,
  mention: SideMention,
  cue: Span,
  flows: readonly Span[],
): boolean {
  if (mention.end > cue.start) return false;
  if (!WORD_PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, mention.start - 8), mention.start)))
    return false;
  return flows.some((other) => other.start !== cue.start && other.end <= mention.start);
}

/** The mention nearest to the cue word. */
function nearest(mentions: readonly SideMention[], cue: Span): SideMention | undefined {
  return [...mentions].sort((a, b) => gap(a, cue) - gap(b, cue))[0];
}

/**
 * The flow, from China's side, that an exports or imports cue word states in its clause: by the destination or
 * source it names, else by the trader written at the cue word; undefined when the clause does not tell.
 */
export function readChinaFlow(
  sentence: string,
  cue: Span & { metric: ChinaFlow },
  clause: Span,
): ChinaFlow | undefined {
  const mentions = listSideMentions(sentence).filter(
    (mention) => mention.start >= clause.start && mention.end <= clause.end,
  );
  const ownMentions = mentionsOfCue(sentence, cue, clause, mentions);
  const destination = nearest(
    ownMentions.filter((mention) => isDestination(sentence, mention)),
    cue,
  );
  if (destination) return destination.side === 'china' ? 'imports' : 'exports';
  const source = nearest(
    ownMentions.filter((mention) => isSource(sentence, mention)),
    cue,
  );
  if (source) return source.side === 'china' ? 'exports' : 'imports';
  const trader = mentions.find(
    (mention) =>
      (mention.end <= cue.start && TRADER_GAP.test(sentence.slice(mention.end, cue.start))) ||
      (mention.start >= cue.end && GENITIVE_GAP.test(sentence.slice(cue.end, mention.start))),
  );
  if (!trader) return undefined;
  return (cue.metric === 'exports') === (trader.side === 'china') ? 'exports' : 'imports';
}

/** A Chinese cue word: 出口, 进口额. */
const CJK_CUE = /^[\u3400-\u9fff]/u;

/**
 * The flow a Chinese cue word carries over from the same word in an earlier clause of its sentence, when its own
 * clause names neither side (a clause that names one, "中国对哈出口额", is left as written): in "哈萨克斯坦向中国出口小麦约120万吨，出口额约合2.9亿美元" the second 出口 is the same
 * flow into China as the first.
 */
export function readCarriedFlow(
  sentence: string,
  cue: Span & { metric: ChinaFlow },
  clause: Span,
): ChinaFlow | undefined {
  if (!CJK_CUE.test(sentence.slice(cue.start, cue.end))) return undefined;
  const named = listSideMentions(sentence).some(
    (mention) => mention.start >= clause.start && mention.end <= clause.end,
  );
  if (named) return undefined;
  const earlier = findCues(sentence.slice(0, clause.start), METRIC_CUES).filter(
    (other) => other.value === cue.metric,
  );
  for (let i = earlier.length - 1; i >= 0; i--) {
    const other = earlier[i] as (typeof earlier)[number];
    const flow = readChinaFlow(sentence, { ...other, metric: cue.metric }, findClause(sentence, other));
    if (flow) return flow;
  }
  return undefined;
}

const OPPOSITE: Readonly<Record<ChinaFlow, ChinaFlow>> = { exports: 'imports', imports: 'exports' };

/**
 * The flow of a word of exports or imports that shares its trader with an earlier one of its sentence, when
 * neither its clause nor its own words tell: in "Uzbekistan exported $2.9 billion to China and imported $10.6
 * billion" Uzbekistan imported, so China exported; in "exports to Kazakhstan fell and imports rose" China's
 * imports rose. The same word is the same flow, the other word the other. Chinese clauses are
 * `readCarriedFlow`'s.
 */
export function readCoordinatedFlow(
  sentence: string,
  cue: Span & { metric: ChinaFlow },
): ChinaFlow | undefined {
  if (CJK_CUE.test(sentence.slice(cue.start, cue.end))) return undefined;
  const earlier = findCues(sentence.slice(0, cue.start), METRIC_CUES).filter(
    (other) => other.value === 'exports' || other.value === 'imports',
  );
  const other = earlier.at(-1);
  if (!other || other.end > cue.start) return undefined;
  const metric = other.value as ChinaFlow;
  const flow = readChinaFlow(sentence, { ...other, metric }, findClause(sentence, other));
  if (!flow) return undefined;
  return metric === cue.metric ? flow : OPPOSITE[flow];
}
