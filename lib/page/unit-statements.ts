// The places a table states its unit, as text: "单位：亿美元", "(in millions of US dollars)", "出口额（亿元）",
// "Exports, US$ bn", "Экспорт, млн долл.", "同比%". This side only cuts out what could be a unit; the figure
// reader (lib/figures/table-unit.ts, in the background) decides which of them reads as one. Kept free of the
// readers so the content script stays small.

/** "单位：万吨", "Unit: US$ million", "Единица измерения: тыс. т" anywhere in a caption or a line. */
const UNIT_LABEL =
  /(?:单位|單位|units?|единиц[аы](?: измерения)?|ед\.? ?изм\.?)[ \u00a0]*[:：][ \u00a0]*([^;；,，)）\]]+)/i;
/** A bracket's content: "（亿美元）", "(US$ million)", "(в млн долл. США)". */
const BRACKETED = /[(（]([^()（）]{1,30})[)）]/g;
/** What may open a bracketed unit and is not part of it: "in millions", "в млн", "单位：". */
const UNIT_PREFIX = /^(?:in|в|во|单位[:：]?|單位[:：]?|units?:)[ \u00a0]*/i;
/** A statement ends in a percent sign: "同比%", "增长（%）". */
const PERCENT_END = /[%％][ \u00a0]*$/;
/** A header that names a year-on-year change states a percent even without the sign: "同比", "YoY", "y/y". */
const YEAR_ON_YEAR = /同比|增速|增幅|\byoy\b|\by-?o-?y\b|\by\/y\b|г\/г|в % к/i;
/**
 * So does a header that names growth in words alone: "Growth", "Export growth", "Рост", "Прирост", "增长", "涨幅".
 * "增长额" and "增长量" name an amount; a header with a unit of its own ("Рост, млн долл.") states it first.
 */
const GROWTH = /\bgrowth\b|(?<![а-яё])(?:при)?рост(?:а|ом)?(?![а-яё])|增[长長](?!額|额|量)|[涨漲降]幅/i;
/**
 * And a header that names a share or a rate: "占比", "比重", "Share", "Доля", "Inflation", "Ставка ЦБ", "利率". An
 * exchange rate is a price, not a percent.
 */
const SHARE_OR_RATE =
  /占比|比重|份[额額]|利率|[税稅]率|通[胀脹膨]|\bshare\b|\binflation\b|\b(?:interest|policy|base|tax|tariff) rates?\b|(?<![а-яё])(?:дол[яеи]|удельный вес|инфляци[яи]|ставк[аи])(?![а-яё])/i;
const DIGIT = /\d/;
/** Statements longer than this are prose, not a unit. */
const MAX_STATEMENT = 30;

function clean(statement: string): string {
  return statement
    .replace(UNIT_PREFIX, '')
    .trim()
    .replace(/[。:：]$/, '')
    .trim();
}

function add(found: string[], statement: string | undefined): void {
  if (statement === undefined) return;
  const cleaned = clean(statement);
  // A year or a period ("2024", "1-10月") is never a unit; neither is a sentence.
  if (!cleaned || cleaned.length > MAX_STATEMENT || DIGIT.test(cleaned)) return;
  if (!found.includes(cleaned)) found.push(cleaned);
}

/**
 * What a table's caption, header or a line before it may state as its unit, most likely first: a labelled
 * unit, the last bracket's content, the part after the last comma, a closing percent sign; with `whole`, also
 * the whole text when it is short (a header that is only "亿美元" or "%"); `ofTable` for a caption or a line that
 * speaks of the whole table.
 */
export function findUnitStatements(
  text: string,
  options: { whole?: boolean; ofTable?: boolean } = {},
): string[] {
  const found: string[] = [];
  const trimmed = text.trim();
  add(found, UNIT_LABEL.exec(trimmed)?.[1]);
  const brackets = [...trimmed.matchAll(BRACKETED)];
  for (let i = brackets.length - 1; i >= 0; i--) add(found, brackets[i]?.[1]);
  const comma = Math.max(trimmed.lastIndexOf(','), trimmed.lastIndexOf('，'));
  if (comma >= 0) add(found, trimmed.slice(comma + 1));
  // A caption that names a year-on-year change ("出口额及同比增速") names one of the table's columns, not its unit.
  const namesChange = YEAR_ON_YEAR.test(trimmed) || GROWTH.test(trimmed) || SHARE_OR_RATE.test(trimmed);
  if (PERCENT_END.test(trimmed) || (!options.ofTable && namesChange)) add(found, '%');
  if (options.whole) add(found, trimmed);
  return found;
}

/** A line that is nothing but a unit statement: "单位：万吨", "(in millions of US dollars)", "（亿美元）". */
const UNIT_LINE = new RegExp(
  String.raw`^(?:(?:单位|單位|units?|единиц[аы](?: измерения)?)[ \u00a0]*[:：][^:：]{1,${MAX_STATEMENT}}|[(（][^()（）]{1,${MAX_STATEMENT}}[)）])$`,
  'i',
);

/** Lines before a table that are only a unit statement: at most this long. */
const MAX_LINE_CHARS = 40;
/**
 * A line that opens what follows ends in a colon ("Основные товары импорта из Китая (млн долл. США):", "Top
 * exports to China (January–September, US$ million):"): it states the unit of the table or list under it as a
 * caption does. At most this long: a longer one is a paragraph.
 */
const INTRO_LINE = /[:：][ \u00a0]*$/;
export const MAX_INTRO_CHARS = 160;
/** The unit after a bracket's last comma: "(январь–сентябрь, млн долл.)" states "млн долл.". */
const AFTER_LAST_COMMA = /,[ \u00a0]*([^,()]+)\)[^()]*$/;

/**
 * The statements of a line standing right before a table or a list: a short line that is only a unit statement,
 * or a line that opens what follows with a colon.
 */
export function findUnitLineStatements(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_LINE_CHARS && UNIT_LINE.test(trimmed))
    return findUnitStatements(trimmed, { ofTable: true });
  if (trimmed.length > MAX_INTRO_CHARS || !INTRO_LINE.test(trimmed)) return [];
  const intro = trimmed.replace(INTRO_LINE, '');
  const statements = findUnitStatements(intro, { ofTable: true });
  const last = AFTER_LAST_COMMA.exec(intro)?.[1]?.trim();
  if (last && !DIGIT.test(last) && !statements.includes(last)) statements.push(last);
  return statements;
}

/** A column or row of keys rather than amounts: years, periods, ranks, row numbers. */
const KEY_HEADER =
  /^(?:年份?|年度|时间|時間|日期|月份?|期间|排名|排序|名次|位次|序号|序號|years?|period|months?|date|rank(?:ing)?|position|pos\.?|place|no\.?|#|№|№ ?п\/п|п\/п|год|период|месяц|дата|место|позиция|ранг)$/i;
/**
 * A column or row that counts things ("Number of firms", "企业家数", "Количество компаний") holds counts whatever
 * the table states for its amounts: a "%" or "US$ million" caption says nothing about it, unless the header
 * states a unit of its own ("Количество, тыс. т"). "数量" and "quantity" are left out: in a customs table they
 * are the weight beside the value.
 */
const COUNT_HEADER =
  /^(?:(?:the )?(?:number|no\.) of\b|count\b|количество\b|кол-во\b|число\b)|(?:个数|個數|家数|家數|户数|戶數|人数|人數|次数|次數|列数|列數)$/i;
/** A column header this short may be a unit on its own ("万吨", "%"); a row header names a thing. */
const MAX_WHOLE_HEADER = 8;

/** What a column or row header states, or null when it heads keys (years, ranks) or counts rather than amounts. */
export function findHeaderStatements(header: string, asColumn: boolean): string[] | null {
  const text = header.trim();
  const whole = asColumn && text.length <= MAX_WHOLE_HEADER;
  const counts = COUNT_HEADER.test(text) && findUnitStatements(text).length === 0;
  return KEY_HEADER.test(text) || counts ? null : findUnitStatements(text, { whole });
}

/**
 * A cell's statements, nearest first: its column's, its row's, then the table's. A growth row ("同比（%）") under
 * amount columns ("出口额（亿美元）") holds percents, and the other way round.
 */
export function combineCellStatements(
  fromColumn: readonly string[],
  fromRow: readonly string[],
  ofTable: readonly string[],
): string[] {
  const rowFirst = fromRow.includes('%') && !fromColumn.includes('%');
  const found = rowFirst ? [...fromRow, ...fromColumn] : [...fromColumn, ...fromRow];
  return [...new Set([...found, ...ofTable])];
}
