import { findLineStart } from './char-classes';
import { readCurrencyAfter } from './currencies';

// A row that states its unit once, in brackets before a colon: "Exports (USD million): 2022 – 1,800;
// 2023 – 2,100", "Экспорт (млн долл. США): 2024 г. – 2 100", "出口（亿美元）：2024年 – 26". Bare numbers after
// it on the same line are amounts in that unit. The search never looks past a line break.

/** The money unit a row declares: its currency and the scale its numbers are written in. */
export interface DeclaredUnit {
  code: string;
  factor: number;
}

const DECLARATION = /[(（]([^()（）\n]{2,30})[)）][ \u00a0]*[:：]/g;
const SCALE =
  /(?<![A-Za-zА-Яа-яЁё])(thousand|million|billion|trillion|mln|mn|bn|bln|trln|mlrd|тыс|млн|млрд|трлн)(?![A-Za-zА-Яа-яЁё])|(万亿|百万|千万|万|萬|亿|億)/i;
// biome-ignore format: a word table reads best packed
const FACTORS: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, mn: 1e6, bn: 1e9, bln: 1e9, trln: 1e12, mlrd: 1e9, тыс: 1e3,
  млн: 1e6, млрд: 1e9, трлн: 1e12, 万亿: 1e12, 百万: 1e6, 千万: 1e7, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8,
};
const WORD_LETTER = /[A-Za-zА-Яа-яЁё]/;
const LOOK_BACK = 200;

function readDeclaration(inner: string): DeclaredUnit | null {
  for (let i = 0; i < inner.length; i++) {
    if (i > 0 && WORD_LETTER.test(inner.charAt(i - 1))) continue;
    const currency = readCurrencyAfter(inner, i);
    if (!currency) continue;
    const scale = SCALE.exec(inner);
    const word = (scale?.[1] ?? scale?.[2] ?? '').toLowerCase();
    return { code: currency.code, factor: FACTORS[word] ?? 1 };
  }
  return null;
}

/** The unit declared earlier on the line of `at`, if any. */
export function findDeclaredUnit(text: string, at: number): DeclaredUnit | null {
  const from = findLineStart(text, Math.max(0, at - LOOK_BACK), at);
  const line = text.slice(from, at);
  if (!line.includes(':') && !line.includes('：')) return null;
  let inner: string | undefined;
  for (const match of line.matchAll(DECLARATION)) inner = match[1];
  return inner ? readDeclaration(inner) : null;
}
