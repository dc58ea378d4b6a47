import { isLetterAt } from './char-classes';
import { readDoubling, readKilowattHourDu } from './chinese-units';
import { readCurrencyAfter } from './currencies';
import { chineseDigit } from './read-chinese-numeral';
import type { NumberToken } from './read-number';
import { matchAt } from './sticky-match';
import { readSubunitAfter } from './subunits';
import type { Approx, FigureKind } from './types';
import { readMeasureUnit, readMultipleUnit, readPercentUnit } from './units';

/** The unit that follows a quantity, with how to scale the value into it. */
export interface UnitReading {
  end: number;
  unit: string;
  kind: FigureKind;
  factor: number;
  stated?: string;
  /** A bound the unit's own context adds: "почти в 2 раза". */
  approx?: Approx;
  /** Where the highlight starts when the unit's words begin before the number: 翻一番. */
  start?: number;
}

/** "в 2 раза", "почти в 1,5 раза": a Russian multiple. */
const RAZ = /[ \u00a0]?раз[а]?(?![А-Яа-яЁё])/iy;
const V_BEFORE =
  /(?<![А-Яа-яЁё])(?:(более чем|почти|примерно|около|свыше|не менее чем)[ \u00a0]+)?во?[ \u00a0]+$/i;
const RU_APPROX: Record<string, Approx> = {
  'более чем': 'over',
  почти: 'under',
  примерно: 'about',
  около: 'about',
  свыше: 'over',
  'не менее чем': 'over',
};
/**
 * "three times larger", "100 times the size", "six times Kyrgyzstan's own figure": a multiple; "visited seven
 * times" stays a count of times.
 */
const TIMES_COMPARED =
  /[ \u00a0]?times(?=[ \u00a0]+(?:(?:more|larger|higher|greater|bigger|faster|as|than|that|the|over|less|smaller|lower|what|its|their|bigger)(?![A-Za-z])|[A-Z][A-Za-z-]*['’]s(?![A-Za-z])))/iy;
const GROWTH_BEFORE =
  /(?:increas|grow|grew|rose|risen|expand|multipli|jump|surg|soar)[a-z]*[ \u00a0]+(?:by[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?$/i;
const TIMES = /[ \u00a0]?times(?![A-Za-z])/iy;
/** "a 2.5x jump", "3×": a multiple written as a sign glued to its number; "4x4", "1920x1080" are not. */
const X_SIGN = /[x×](?![A-Za-z0-9])/y;
/**
 * "a 3x champion", "3x world champion", "2x Olympian": how many titles a person holds, no multiple of a quantity;
 * "rose 3x as the winner…" still is one.
 */
const TITLE_AFTER =
  /[ \u00a0]+(?:(?!(?:as|the|an?|to|in|for|of|and|by|from|over|than)[ \u00a0])[A-Za-z-]+[ \u00a0]+){0,3}?(?:champion|olympian|winner|medall?ist|all-star|mvp|finalist|laureate|title-?holder)s?(?![A-Za-z])/iy;
/** "three times oversubscribed", "five times cheaper": a comparative or an over- participle after "times". */
const TIMES_BEFORE_COMPARATIVE =
  /[ \u00a0]?times(?=[ \u00a0]+(?:over[a-z]{4,}|(?!(?:aft|oth|nev|und|ev|lat|earli|togeth|ord|numb|summ|wint|quart|oct|nov|dec|memb)er)[a-z]{2,}er)(?![A-Za-z]))/iy;
/** "时速120公里", "每小时120公里": a distance per hour is a speed. */
const SPEED_BEFORE =
  /(?:时速|時速|每小时|每小時|速度)(?:为|為|达|達|可达|可達|超过|超過|约|約|近|最高)?[ \u00a0]?$/;
const KMH = { unit: 'km_per_hour', kind: 'measure', factor: 1, stated: 'km/h' } as const;
/** "150-километровой дороги": a Russian adjective of length. */
const KM_ADJECTIVE = /-километров[а-яё]+/iy;
/** 三成 = 30%; 成 also starts 成为, 成员, 成立… */
const CHENG = /成(?![为為员員立功果本绩績都交长長熟就型品分套年效片千万萬群])/y;
/** 一成五 = 15%, 两成半 = 25%: a digit after 成 is the next place down, in percent. */
const CHENG_TENTHS = /[一二三四五六七八九半](?![成倍年月日天个個位名家项項])/y;

/** "2,000-km pipeline", "a 10-percent rise": a unit joined to its number by a hyphen. */
function readHyphenated(text: string, at: number): ReturnType<typeof readMeasureUnit> {
  if (text.charAt(at) !== '-' || text.charAt(at + 1) === ' ') return null;
  const km = matchAt(KM_ADJECTIVE, text, at);
  if (km >= 0) return { end: km, spec: { unit: 'm', kind: 'measure', factor: 1000, stated: 'km' } };
  return readMeasureUnit(text, at + 1) ?? readPercentUnit(text, at + 1);
}

/** "a 4.7-billion-dollar railway", "a 500-million-yuan park": a currency word joined to its amount by a hyphen. */
function readHyphenatedCurrency(text: string, at: number): ReturnType<typeof readCurrencyAfter> {
  if (text.charAt(at) !== '-' || !isLetterAt(text, at + 1)) return null;
  return readCurrencyAfter(text, at + 1);
}

/** Reads the unit after a quantity ending at `at`: currency, percent, multiple or measure. */
export function readUnitAfter(text: string, at: number, token: NumberToken): UnitReading | null {
  if (token.percent) return { end: at, unit: 'percent', kind: 'percent', factor: 1 };
  if (token.multiple) return { end: at, unit: 'times', kind: 'multiple', factor: 1 };
  // Before the currency: "25 euro cents" is a quarter of a euro.
  const cent = readSubunitAfter(text, at, token.start);
  if (cent) return { end: cent.end, unit: cent.code, kind: 'money', factor: 0.01 };
  const currency = readCurrencyAfter(text, at) ?? readHyphenatedCurrency(text, at);
  if (currency) return { end: currency.at, unit: currency.code, kind: 'money', factor: 1 };
  const unit = readPercentUnit(text, at) ?? readMultipleUnit(text, at);
  if (unit) return { end: unit.end, ...unit.spec };
  const raz = matchAt(RAZ, text, at);
  if (raz >= 0) {
    const v = V_BEFORE.exec(text.slice(Math.max(0, token.start - 20), token.start));
    if (v) {
      const approx = v[1] ? RU_APPROX[v[1].toLowerCase()] : undefined;
      return { end: raz, unit: 'times', kind: 'multiple', factor: 1, ...(approx ? { approx } : {}) };
    }
    // "рост составил 2,5 раза": nothing happens two and a half times, so a fraction before "раза" is a multiple.
    if (!Number.isInteger(token.value)) return { end: raz, unit: 'times', kind: 'multiple', factor: 1 };
  }
  const sign = token.source === 'digits' && !token.scaled ? matchAt(X_SIGN, text, at) : -1;
  if (sign >= 0 && matchAt(TITLE_AFTER, text, sign) < 0)
    return { end: sign, unit: 'times', kind: 'multiple', factor: 1 };
  const compared = Math.max(matchAt(TIMES_COMPARED, text, at), matchAt(TIMES_BEFORE_COMPARATIVE, text, at));
  if (compared >= 0) return { end: compared, unit: 'times', kind: 'multiple', factor: 1 };
  const times = matchAt(TIMES, text, at);
  // "up 2.5 times": nothing happens two and a half times, so a fraction before "times" is always a multiple.
  const isFractional = !Number.isInteger(token.value);
  if (
    times >= 0 &&
    (isFractional || GROWTH_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start)))
  ) {
    return { end: times, unit: 'times', kind: 'multiple', factor: 1 };
  }
  const measure = readMeasureUnit(text, at, token.scaled) ?? readHyphenated(text, at);
  if (
    measure?.spec.stated === 'km' &&
    SPEED_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start))
  )
    return { end: measure.end, ...KMH };
  if (measure) return { end: measure.end, ...measure.spec };
  const du = readKilowattHourDu(text, at, token);
  if (du >= 0) return { end: du, unit: 'watt_hour', kind: 'measure', factor: 1e3, stated: 'kWh' };
  const isSmallWhole = Number.isInteger(token.value) && token.value >= 1 && token.value <= 9 && !token.scaled;
  if (isSmallWhole && token.source === 'chinese') {
    const doubling = readDoubling(text, at, token);
    if (doubling) return { ...doubling, unit: 'times', kind: 'multiple' };
  }
  // 三成 and 3成 alike: Hong Kong, Taiwan and many mainland pages write tenths in digits.
  if (isSmallWhole && token.source !== 'words') {
    const cheng = matchAt(CHENG, text, at);
    if (cheng >= 0) {
      const tenths = matchAt(CHENG_TENTHS, text, cheng);
      if (tenths < 0) return { end: cheng, unit: 'percent', kind: 'percent', factor: 10 };
      // 一成五 reads as 1 × 10 + 5: the factor that turns the number read (1) into 15.
      const tenth = text.charAt(cheng);
      const factor = 10 + (tenth === '半' ? 5 : (chineseDigit(tenth) ?? 0)) / token.value;
      return { end: tenths, unit: 'percent', kind: 'percent', factor };
    }
  }
  return null;
}
