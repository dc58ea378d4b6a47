/** What kind of quantity a figure is; decides its highlight colour. */
export type FigureKind = 'money' | 'percent' | 'count' | 'measure' | 'multiple';

/** How the article qualifies the number: "over 20", "nearly 100", "约", "около". */
export type Approx = 'over' | 'under' | 'about' | 'none';

/** One figure found in a text. Offsets are UTF-16 code units into the text given to the extractor. */
export interface Figure {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  /** Fully scaled value: "94.8 billion" is 94_800_000_000; a range reports its low end here. */
  value: number;
  /** ISO 4217 code (USD, CNY, KZT…), or percent, percentage_point, count, times, km, tonne, cubic_metre, teu… */
  unit: string;
  kind: FigureKind;
  approx: Approx;
  /** The counted noun when there is one: "trains", "companies", "家", "вагонов". */
  noun?: string;
  /** Present when the figure is a range ("20–22%", "10至15亿"). */
  range?: { low: number; high: number };
  /** Index (in the same result array) of the amount this figure is a stated conversion of. */
  conversionOf?: number;
  /**
   * The time reference the figure belongs to when its sentence states one ("first five months", "1-5月",
   * "за 10 месяцев", "2024"). Periods are never highlighted themselves.
   */
  period?: string;
  /** The unit as written when `value` was converted to a base unit: "km" for "3000多公里" (value in metres). */
  statedUnit?: string;
  /** The unit a price is for: "tonne" for "$245/t" and "每吨245美元", "barrel" for "$80 a barrel". */
  per?: string;
}

/** The unit a table declares for a cell ("单位：亿美元" is USD at 1e8): its bare numbers read in it. */
export interface TableUnit {
  unit: string;
  kind: FigureKind;
  /** What a bare number is multiplied by: 1e8 for 亿美元, 1000 for km in metres. */
  factor: number;
  noun?: string;
  /** The unit as written, when `factor` converts to a base unit (see `Figure.statedUnit`). */
  stated?: string;
}

export interface ExtractOptions {
  /** Language hint; the extractor also works without one. */
  lang?: 'zh' | 'en' | 'ru';
  /** The unit the text's table declares for it (lib/figures/table-unit.ts); none for running text. */
  tableUnit?: TableUnit;
}
