import { readApproxAfterUnit, readApproxBefore } from './approximations';
import { detectScriptNear, isCjkCode, isLetterAt } from './char-classes';
import { readCurrencyBefore } from './currencies';
import { decideFigure, type ReadContext, type Reading } from './decide-figure';
import { isDurationUnit } from './duration-units';
import { readChineseDigitPair, readDurationAfter } from './durations';
import { readConnector, readRangeMarker } from './ranges';
import { isChineseUnitChar } from './read-chinese-numeral';
import { type NounReading, readNounAfter } from './read-noun';
import { type NumberToken, readNumber } from './read-number';
import { extendQuantity, findScaleOfQuantity, readMinusBefore } from './read-quantity';
import { readShortScale } from './read-scale';
import { readUnitAfter } from './read-unit';
import { endOfGluedRun, screenNumber } from './screen-number';
import type { Approx } from './types';

const CHINESE_VAGUE_BEFORE = /[数數几幾上]$/;
/** 破万, 过亿, 破千亿: "past ten thousand"; not 通过十项 (passed ten), 打破 (broke), 突破 (read as a bound). */
const CHINESE_PASSED_BEFORE = /(?<![通经經度越不难難错錯])[过過]$|(?<![打击擊突])破$/;
/** The units of money a Chinese amount ends in: 元, 圆, 块, 角, 分. */
const CHINESE_MONEY_UNIT = /^[元圆圓块塊角毛]$/;
/**
 * After a bare 万 or 亿 that a "passed" word precedes (销量破万, 过亿元), what may follow: a unit, a counter, a
 * bound, or no Chinese at all. Any other Chinese character makes the 万 part of a word: 路过万达, 穿过万里长城.
 */
const AFTER_PASSED_SCALE =
  /^[元圆圓美欧歐日港英人次辆輛吨噸家个個台臺件户戶名座套项項条條列班只隻头頭张張亩畝平千公度标標箱桶立方米位例所款部艘架多余餘以大关關]/;

function continuesChineseWord(text: string, end: number): boolean {
  return isCjkCode(text.charCodeAt(end)) && !AFTER_PASSED_SCALE.test(text.charAt(end));
}

/** 成千上万, 成百上千: "thousands upon thousands", an idiom rather than "over ten thousand". */
const CHINESE_IDIOM_BEFORE = /成[十百千万萬亿億]上$/;

/** The regional and major currency codes written beside a number: "87,45 KGS", "1 USD = 87,45 KGS". */
const CODES = '(?:USD|EUR|RUB|CNY|RMB|KZT|KGS|UZS|TJS|TMT)(?![A-Za-z])';
/**
 * A currency code after the number says nothing of the language it is written in: "87,45 KGS" in a Russian
 * sentence keeps its decimal comma.
 */
const CODE_AFTER = new RegExp(`[0-9]*[ \\u00a0]?${CODES}`, 'y');
/** "1 USD = 87,45 KGS": a code before the number is skipped as well. */
const CODE_BEFORE = new RegExp(`${CODES}[ \\u00a0]*(?:=|＝)?[ \\u00a0]*$`);

/**
 * Whether a comma after the number at `start` is a decimal mark: yes when the nearest letters are Cyrillic
 * ("66,2 млрд"); the page's language only decides when no letter is near (a page's lang attribute can lie).
 */
function needsDecimalComma(text: string, start: number, lang: ReadContext['lang']): boolean {
  const limit = Math.min(text.length, start + 12);
  for (let i = start; i < limit; i++) {
    if (text.charAt(i) !== ',') continue;
    CODE_AFTER.lastIndex = i + 1;
    const from = CODE_AFTER.test(text) ? CODE_AFTER.lastIndex : i;
    const script = detectScriptNear(text, from === i ? start : skipCodeBefore(text, start), from);
    return script === 'cyrillic' || (script === 'none' && lang === 'ru');
  }
  return false;
}

function skipCodeBefore(text: string, start: number): number {
  const before = CODE_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  return before ? start - before[0].length : start;
}

function readHighEnd(text: string, at: number, decimalComma: boolean): NumberToken | null {
  const high = readNumber(text, at, decimalComma);
  return high && !high.malformed ? extendQuantity(text, high) : null;
}

/** Reads the figure whose number starts at `start`, or says where to resume when there is none. */
export function readFigureAt(text: string, start: number, context: ReadContext): Reading {
  const decimalComma = needsDecimalComma(text, start, context.lang);
  const token = readNumber(text, start, decimalComma);
  if (!token) return { resume: start + 1 };
  const rejected = screenNumber(text, token);
  if (rejected) return rejected;
  const rawEnd = token.end;
  extendQuantity(text, token);

  // "美元一度贬值", "人民币一直": a lone Chinese digit after a currency starts a word, not an amount; "港币一元"
  // is one, its unit right after the digit.
  const isLoneChineseDigit =
    token.source === 'chinese' &&
    !token.scaled &&
    token.value < 10 &&
    !CHINESE_MONEY_UNIT.test(text.charAt(token.end));
  const currency = isLoneChineseDigit ? null : readCurrencyBefore(text, token.start);
  const before = readApproxBefore(text, currency ? currency.at : token.start);
  let spanStart = Math.min(before?.start ?? token.start, currency?.at ?? token.start);
  const minusAt = before ? -1 : readMinusBefore(text, currency?.at ?? token.start);
  const negative = minusAt >= 0;
  if (negative) spanStart = minusAt;
  let approx: Approx =
    token.approx !== 'none' ? token.approx : (before?.approx ?? (token.vague ? 'over' : 'none'));
  let vagueChinese = false;
  if (
    token.source === 'chinese' &&
    isChineseUnitChar(text.charAt(token.start)) &&
    (CHINESE_VAGUE_BEFORE.test(text.slice(token.start - 1, token.start)) ||
      (token.unitsOnly &&
        CHINESE_PASSED_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start)) &&
        !continuesChineseWord(text, token.end)))
  ) {
    if (CHINESE_IDIOM_BEFORE.test(text.slice(Math.max(0, token.start - 3), token.start)))
      return { resume: token.end };
    vagueChinese = true;
    approx = 'over';
    spanStart = Math.min(spanStart, token.start - 1);
  }
  const scaleAt = token.factor === 1 ? (currency ? token.end : findScaleOfQuantity(text, token)) : -1;
  if (scaleAt >= 0) {
    const short = readShortScale(text, scaleAt);
    if (short) {
      token.value *= short.factor;
      token.factor = short.factor;
      token.scaled = true;
      token.end = short.end;
    }
  }
  if (
    token.source === 'digits' &&
    isLetterAt(text, rawEnd) &&
    token.end === rawEnd &&
    !readUnitAfter(text, rawEnd, token)
  ) {
    return { resume: endOfGluedRun(text, rawEnd) };
  }

  const marker = readRangeMarker(text, spanStart);
  let value = token.value;
  let unitAt = token.end;
  let changeEnd = -1;
  let range: { low: number; high: number } | undefined;
  // A fraction is never a range's end: "почти треть — 34,6%" restates the share as a figure of its own; after a
  // verb that multiplies, "to" opens the new level: "doubled to 400,000 TEU".
  const standsAlone = token.source === 'words' && (token.percent || token.multiple === 'verb');
  const connector = standsAlone
    ? null
    : readConnector(text, token.end, marker, currency ? 'currency' : 'bare');
  const high = connector ? readHighEnd(text, connector.end, decimalComma) : null;
  if (connector && high) {
    const low = token.factor === 1 && high.factor > 1 ? token.value * high.factor : token.value;
    if (high.value > low) {
      value = low;
      unitAt = high.end;
      if (connector.mode === 'range') range = { low, high: high.value };
      else changeEnd = token.end;
      if (high.approx !== 'none' && approx === 'none') approx = high.approx;
    }
  }

  if (!range && token.rangeHigh !== undefined && value === token.value)
    range = { low: value, high: token.rangeHigh };
  // A length of time that measures something reads as a unit of its own: "5 days", "2小时以内", "сроком на 25 лет".
  const unit =
    readUnitAfter(text, unitAt, token) ??
    (currency ? null : readDurationAfter(text, unitAt, token, spanStart));
  const pair = unit && isDurationUnit(unit.unit) ? readChineseDigitPair(text, token) : null;
  if (pair && !range) {
    value = pair.low;
    range = pair;
    if (approx === 'none') approx = 'about';
  }
  if (unit?.start !== undefined) spanStart = Math.min(spanStart, unit.start);
  const noun: NounReading = unit || currency ? { kind: 'none' } : readNounAfter(text, unitAt);
  let end = unit?.end ?? (noun.kind === 'noun' || noun.kind === 'time' ? noun.end : unitAt);
  const after = readApproxAfterUnit(text, end);
  if (after && (unit || noun.kind === 'noun' || currency)) {
    if (approx === 'none') approx = after.approx;
    end = after.end;
  }
  if (unit && !range && changeEnd < 0 && !standsAlone) {
    const second = readConnector(text, end, marker, unit.kind === 'percent' ? 'percent' : 'unit');
    const secondHigh = second?.mode === 'range' ? readHighEnd(text, second.end, decimalComma) : null;
    const secondUnit = secondHigh ? readUnitAfter(text, secondHigh.end, secondHigh) : null;
    if (
      secondHigh &&
      secondUnit?.unit === unit.unit &&
      secondHigh.value * secondUnit.factor > value * unit.factor
    ) {
      range = { low: value, high: secondHigh.value };
      end = secondUnit.end;
    }
  }
  if (changeEnd >= 0) end = changeEnd;
  if (negative) {
    value = -value;
    if (range) range = { low: -range.low, high: range.high };
  }
  if (spanStart < context.minStart) spanStart = Math.max(token.start, context.minStart);
  return decideFigure(text, context, {
    token,
    spanStart,
    end,
    value,
    approx,
    vagueChinese,
    currencyBefore: currency?.code,
    unit,
    noun,
    range,
  });
}
