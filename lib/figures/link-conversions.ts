import { UNKNOWN_CURRENCY } from './money-context';
import type { Figure } from './types';

// A stated conversion follows its amount: "173.05 billion yuan ($24.8 billion)", "948亿美元（约合6800亿元人民币）",
// "50 млрд рублей (около $600 млн)", "10 billion tenge, or about $21 million".

/**
 * The Chinese words that state a conversion ("约合6800亿元", "折合约420亿美元"), here and in exchange rates
 * ("1美元约合495坚戈"). 折合约 is 折合 ("converted into") and 约 ("about"), whose guard would read 合约 as "contract".
 */
export const CONVERSION_WORDS = '折合约|折合約|约合|約合|折合';
/** A currency named between a conversion word and its amount: "折合人民币约10.9亿元". */
const CURRENCY_NAME = '人民币|人民幣|美元|港元|港币|港幣|新台币|新台幣|欧元|歐元|卢布|盧布|坚戈|堅戈';

const IN_BRACKETS = new RegExp(
  `^[ \\u00a0]*[(（][ \\u00a0]*(?:(?:about|approximately|around|roughly|some|nearly|or|(?:${CONVERSION_WORDS})(?:${CURRENCY_NAME})?|约|約|合|相当于|相當於|около|примерно|почти|порядка|или)[ \\u00a0]*)?$`,
  'i',
);
const IN_WORDS = new RegExp(
  `^[ \\u00a0]*[,，]?[ \\u00a0]*(?:or(?: about| around| roughly| some)?|equivalent to|equal to|worth|(?:${CONVERSION_WORDS})(?:${CURRENCY_NAME})?|相当于|相當於|что эквивалентно|что составляет|или около|или примерно|или)[ \\u00a0]*$`,
  'i',
);

/** A conversion word that opens the stated amount's own highlight ("约合6800亿元"): it is part of the gap. */
const LEADING_WORD = new RegExp(`^(?:${CONVERSION_WORDS})`);

function isMoney(figure: Figure): boolean {
  return figure.kind === 'money' && figure.unit !== UNKNOWN_CURRENCY;
}

/** The text between two amounts of different currencies, with a conversion word the second one opens with. */
export function gapBetweenCurrencies(text: string, first: Figure, second: Figure): string | null {
  if (!isMoney(first) || !isMoney(second) || first.unit === second.unit) return null;
  return text.slice(first.end, second.start) + (LEADING_WORD.exec(second.text)?.[0] ?? '');
}

/**
 * Marks each amount that states another one in a different currency as its conversion; the conversion of a price
 * per unit prices the same unit.
 */
export function linkConversions(text: string, figures: Figure[]): void {
  for (let i = 1; i < figures.length; i++) {
    const amount = figures[i - 1];
    const stated = figures[i];
    if (!amount || !stated || amount.conversionOf !== undefined) continue;
    const gap = gapBetweenCurrencies(text, amount, stated);
    if (gap === null || gap.length > 24 || !(IN_BRACKETS.test(gap) || IN_WORDS.test(gap))) continue;
    stated.conversionOf = i - 1;
    // "每吨245美元（约合1750元）": the conversion of a price is the same price, per the same unit, never a total.
    if (amount.per && !stated.per) stated.per = amount.per;
  }
}
