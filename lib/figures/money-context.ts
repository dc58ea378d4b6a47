// A scaled number with no unit ("trade surpassed 100 billion", "贸易额突破千亿") reads as money when its
// sentence talks about money. The window stops at line breaks, so later lines never change a figure.

const MONEY_WORDS =
  /trade|turnover|volume|invest|revenue|gdp|export|import|worth|valued|cost|fund|loan|budget|capital|sales|price|spend|financ|贸易|貿易|投资|投資|金额|金額|进出口|進出口|营收|營收|收入|销售|銷售|资金|資金|贷款|貸款|成交|产值|產值|经贸|經貿|товарооборот|торгов|инвестиц|экспорт|импорт|ввп|стоимост|бюджет|кредит|выручк|оборот/i;
const WINDOW = 160;

/** Index just after the last line break in [from, to), or `from` when there is none. */
function findLineStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return from;
}

/** Index of the first line break in [from, to), or `to`. */
function findLineEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return i;
  return to;
}

/** Whether the sentence around [start, end) is about money. */
export function isMoneyContext(text: string, start: number, end: number): boolean {
  const from = findLineStart(text, Math.max(0, start - WINDOW), start);
  const to = findLineEnd(text, end, Math.min(text.length, end + WINDOW));
  return MONEY_WORDS.test(text.slice(from, to));
}

/** Whether `from` and `to` sit on the same line and close enough to share a currency. */
export function isSameLineNear(text: string, from: number, to: number): boolean {
  return to - from <= 400 && findLineStart(text, from, to) === from;
}
