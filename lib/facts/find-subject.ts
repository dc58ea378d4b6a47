import { compileSubjectMatcher } from '../topic/currency-names';
import { OTHER_PARTNERS } from '../topic/gazetteer/other-partners';
import type { Span } from './find-cues';
import {
  collectSubjectMentions,
  isPlaceOnly,
  listPartnerCodes,
  resolveSubject,
  type SubjectMentions,
} from './subject-mentions';
import type { MeasureContext, Metric } from './types';

/** Words that point back to the article's pair: "the two countries", 双边, "двух стран". */
const RELATION_CUE =
  /two countries|both countries|bilateral|(?:two|both) sides|the region|两国|兩國|双边|雙邊|双方|雙方|двух стран|обеих стран|двусторонн|сторон(?:ами|ы)?(?![\p{L}])|стран(?:ам|ами)? региона|(?<![\p{L}])в регион(?![\p{L}])/iu;
/** Words that point back to the article's railway, pipeline or port. */
const FACILITY_CUE =
  /the (?:line|railway|pipeline|port|crossing|pass)(?![\p{L}])|该口岸|該口岸|管道|管线|管線|线路|線路|该线|該線|铁路|鐵路|трубопровод|газопровод|лини[яиюей]|переход|перевал|магистрал/iu;
/** Words that make a China-only sentence about China as a whole: its foreign trade, the whole country. */
const GLOBAL_CUE =
  /foreign trade|nationwide|(?:whole|all of) China|全国|全國|外贸|外貿|对外贸易|對外貿易|внешн\p{L}*\s+торгов/iu;
/** 自中亚进口, 对哈出口: a Chinese customs phrase whose other side is China. */
const CHINA_DIRECTION = /[自从從对對向]\s*$/u;
const TRADE_METRICS: readonly Metric[] = ['trade_volume', 'exports', 'imports'];

export interface SubjectFinding {
  subject?: string;
  evidence?: string;
}

/** The country of each currency the subjects name. */
export const CURRENCY_COUNTRIES: Readonly<Record<string, string>> = {
  CNY: 'CN',
  KZT: 'KZ',
  KGS: 'KG',
  TJS: 'TJ',
  TMT: 'TM',
  UZS: 'UZ',
};

/**
 * An exchange rate is the price of a currency, whoever the sentence names: "512.3 tenge per dollar" is
 * Kazakhstan's, in an article on China and Kazakhstan too. Other currencies' rates have no subject.
 */
export function findRateSubject(currency: string): SubjectFinding {
  const subject = CURRENCY_COUNTRIES[currency];
  return subject ? { subject, evidence: `the currency ${currency}` } : {};
}

/** Kazakhstan, Kyrgyzstan and Tajikistan by the one character Chinese news abbreviates them to. */
const ZH_SHORT_CODES: Readonly<Record<string, string>> = { 哈: 'KZ', 吉: 'KG', 塔: 'TJ' };
/**
 * China and a partner written with the partner's one character: first in a compound, as the partner's own statistics
 * are quoted ("吉中贸易额", "哈中双边贸易"), or after the preposition of a flow or a presence ("中国对吉直接投资", "对哈出口",
 * "在吉中资企业"). Not 吉林 or 哈尔滨: a word of trade or Chinese firms must follow.
 */
const ZH_SHORT_PARTNER =
  /(?<first>[哈吉塔])中(?=贸易|貿易|经贸|經貿|双边|雙邊|关系|關係|合作|两国|兩國)|[对對向自从從在赴](?<after>[哈吉塔])(?=直接投[资資]|投[资資]|出口|[进進]口|[贸貿]易|中[资資企])/u;

/** The partner a short form of the sentence names with China ("吉中贸易额", "对吉直接投资"), with its words. */
function readShortPartner(sentence: string, span: Span): { code: string; word: string } | undefined {
  const found = ZH_SHORT_PARTNER.exec(sentence.slice(span.start, span.end));
  const short = found?.groups?.first ?? found?.groups?.after;
  const code = short ? ZH_SHORT_CODES[short] : undefined;
  // "俄罗斯对哈出口": another side trades with the partner, as with its full name.
  if (!found || !code || namesOtherSide(sentence, span.start + found.index)) return undefined;
  return { code, word: found[0] };
}

function describeWords(mentions: SubjectMentions): string {
  return [...new Set(mentions.words)].map((word) => `"${word}"`).join(' + ');
}

/** Countries other than China, and Taiwan, that may stand before 对 or 向 as the side that trades. */
const otherPartners = compileSubjectMatcher(OTHER_PARTNERS);
const TAIWAN = /[台臺]灣|台湾/u;
/** The start of the clause that holds `at`. */
const CLAUSE_START = /[，,；;。：:]/gu;

/** Whether the clause before `at` names another trading side: "俄罗斯对哈萨克斯坦出口", "台灣去年對哈薩克出口". */
function namesOtherSide(sentence: string, at: number): boolean {
  let start = 0;
  CLAUSE_START.lastIndex = 0;
  for (
    let found = CLAUSE_START.exec(sentence);
    found && found.index < at;
    found = CLAUSE_START.exec(sentence)
  )
    start = found.index + 1;
  const before = sentence.slice(start, at);
  return TAIWAN.test(before) || otherPartners.findAll(before).length > 0;
}

/**
 * Who stands on the other side of 对/自/向 before a lone Central Asian subject: China (a Chinese import or export),
 * another side the clause names ("俄罗斯对哈萨克斯坦出口约150亿美元" is Russia's), or no one.
 */
function readDirectionSide(
  context: MeasureContext,
  mentions: SubjectMentions,
): 'china' | 'other' | undefined {
  if (mentions.chinaLocal) return undefined;
  const { sentence } = context;
  for (const word of mentions.words) {
    const at = sentence.indexOf(word);
    if (at < 0 || !CHINA_DIRECTION.test(sentence.slice(Math.max(0, at - 2), at))) continue;
    return namesOtherSide(sentence, at) ? 'other' : 'china';
  }
  return undefined;
}

/** The subject of the title, else of the lead, when either names exactly one. */
function readArticleSubject(context: MeasureContext): SubjectFinding | undefined {
  for (const [where, text] of [
    ['title', context.articleTitle],
    ['lead', context.articleLead],
  ] as const) {
    if (!text) continue;
    const mentions = collectSubjectMentions(text);
    const reading = resolveSubject(mentions);
    if (reading && 'subject' in reading && reading.subject !== 'CN')
      return { subject: reading.subject, evidence: `${describeWords(mentions)} (${where})` };
  }
  return undefined;
}

/** Whether the sentence allows reading its subject from the article: it refers back, or states trade. */
function mayUseArticle(sentence: string, articleSubject: string, metric: Metric | undefined): boolean {
  const isFacility = articleSubject.includes(':');
  if (isFacility) return FACILITY_CUE.test(sentence);
  return RELATION_CUE.test(sentence) || (metric !== undefined && TRADE_METRICS.includes(metric));
}

/** 分别 ("respectively"), and what separates the amounts after it. */
const RESPECTIVELY = /分[别別]/gu;
const LIST_SEPARATOR = /[和与與、及]/gu;
const CLAUSE_END = /[，,；;。]/u;

/**
 * "对哈萨克斯坦进出口1420.8亿元，对吉尔吉斯斯坦进出口1163.5亿元，分别增长9.6%和16.9%", "土库曼斯坦和塔吉克斯坦分别为
 * 138.5亿元和58.2亿元": the amounts after 分别 go with the partners named before it, in order, the last as many as
 * there are amounts.
 */
function readRespectiveSubject(context: MeasureContext): SubjectFinding | undefined {
  const { sentence, figureStart } = context;
  let at = -1;
  for (const match of sentence.matchAll(RESPECTIVELY)) if (match.index < figureStart) at = match.index;
  if (at < 0 || CLAUSE_END.test(sentence.slice(at, figureStart))) return undefined;
  const rest = sentence.slice(at);
  const clauseEnd = rest.search(CLAUSE_END);
  const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  const count = (clause.match(LIST_SEPARATOR) ?? []).length + 1;
  const index = (sentence.slice(at, figureStart).match(LIST_SEPARATOR) ?? []).length;
  const named = listPartnerCodes(sentence.slice(0, at));
  if (count < 2 || index >= count || named.length < count) return undefined;
  const partner = named[named.length - count + index];
  if (!partner) return undefined;
  const china =
    collectSubjectMentions(sentence).china ||
    CHINA_DIRECTION.test(sentence.slice(Math.max(0, partner.start - 2), partner.start));
  const written = sentence.slice(partner.start, partner.end);
  return {
    subject: china ? `CN-${partner.code}` : partner.code,
    evidence: `"${written}", named in order before "分别" (sentence)`,
  };
}

/** A later Chinese clause that singles out a part of the figure's whole: "…，其中对哈萨克斯坦…". */
const PART_CLAUSE = /[，,；;]\s*其中/gu;

/**
 * The sentence up to a later clause that opens with 其中 ("of which"): the partner named there has a part of the
 * figure, not the whole ("贸易额达1,021亿元，其中对哈萨克斯坦贸易额逾600亿元" is no China–Kazakhstan total).
 */
function beforePartClause(sentence: string, clause: Span): Span {
  PART_CLAUSE.lastIndex = clause.end;
  const part = PART_CLAUSE.exec(sentence);
  return { start: 0, end: part ? part.index : sentence.length };
}

/**
 * Who the figure is about: the amounts after 分别 by the partners named before it; the figure's clause, then its
 * sentence, then the article's title or lead when the sentence names no one (or only China) and refers back to
 * the article's subject. Never a guess among several.
 */
/** Words that tie an amount to the name right before it: "Russia with $9.6 billion", "Россия — 9,6 млрд", "俄罗斯（96亿美元）". */
const TIED_TO_NAME =
  /^\s*(?:with|at|—|–|:|\(|（)\s*(?:(?:about|some|nearly|almost|around|over|more than|около|почти|более|свыше|порядка|约|近|超过?)\s*)?$/iu;

/** Another country or bloc the amount is tied to ("followed by Russia with $9.6 billion"), or undefined. */
function readOtherOwner(context: MeasureContext): string | undefined {
  const before = context.sentence.slice(Math.max(0, context.figureStart - 40), context.figureStart);
  const last = otherPartners.findAll(before).at(-1);
  return last && TIED_TO_NAME.test(before.slice(last.end)) ? last.text : undefined;
}

export function findSubject(
  context: MeasureContext,
  clause: Span,
  metric: Metric | undefined,
): SubjectFinding {
  const respective = readRespectiveSubject(context);
  if (respective) return respective;
  const owner = readOtherOwner(context);
  if (owner) return { evidence: `"${owner}" owns the amount: left open` };
  const inClause = collectSubjectMentions(context.sentence, clause);
  const whole = beforePartClause(context.sentence, clause);
  const inSentence = collectSubjectMentions(context.sentence, whole);
  let reading = resolveSubject(inClause);
  let mentions = inClause;
  const listsAllFive = inSentence.countries.size === 5;
  const pointedBack = reading && 'subject' in reading && reading.subject === 'CN' && !listsAllFive;
  const backCue = pointedBack ? RELATION_CUE.exec(context.sentence.slice(clause.start, clause.end)) : null;
  if (backCue) {
    // "China's investment in the region exceeded $40 billion, and 3,500 firms are registered in Uzbekistan": the
    // clause points back to the article's pair; a partner of a later clause does not own its figure.
    const article = readArticleSubject(context);
    if (article?.subject?.startsWith('CN-'))
      return {
        subject: article.subject,
        evidence: `${describeWords(inClause)} + "${backCue[0]}" (clause) + ${article.evidence}`,
      };
  }
  if (!reading || 'ambiguous' in reading || reading.subject === 'CN' || listsAllFive) {
    reading = resolveSubject(inSentence);
    mentions = inSentence;
  }
  if (reading && 'ambiguous' in reading)
    return { evidence: `several subjects ${describeWords(inSentence)}: left open` };
  let subject = reading?.subject;
  const short = readShortPartner(context.sentence, whole);
  if (short && (!subject || subject === 'CN' || subject === short.code))
    return { subject: `CN-${short.code}`, evidence: `"${short.word}" (sentence)` };
  if (subject && /^[A-Z]{2}$/.test(subject) && subject !== 'CN' && !isPlaceOnly(mentions)) {
    const side = inSentence.china ? 'china' : readDirectionSide(context, mentions);
    if (side === 'other')
      return { evidence: `${describeWords(mentions)} traded with another side: left open` };
    if (side === 'china') subject = `CN-${subject}`;
  }
  const said = `${describeWords(mentions)} (sentence)`;
  if (subject && subject !== 'CN') return { subject, evidence: said };
  const isGlobal = GLOBAL_CUE.exec(context.sentence);
  if (subject === 'CN' && isGlobal) return { subject, evidence: `${said}, "${isGlobal[0]}"` };
  // "新疆外贸进出口总值3892.6亿元", "Foreign trade turnover reached $140 billion": a whole foreign trade, with no partner
  // named, is no bilateral figure of the article's pair.
  if (isGlobal) return { evidence: `"${isGlobal[0]}" with no partner named: not the article's pair` };
  const article = readArticleSubject(context);
  if (article?.subject && mayUseArticle(context.sentence, article.subject, metric)) {
    if (!subject) return article;
    if (article.subject.startsWith('CN-'))
      return { subject: article.subject, evidence: `${said} + ${article.evidence}` };
  }
  return subject ? { evidence: `${said}: China only, partner not named` } : {};
}
