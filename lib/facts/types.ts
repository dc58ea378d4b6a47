import type { Figure } from '../figures/types';

/** What a figure counts or amounts to. `other` is never produced by guessing: unknown stays undefined. */
export type Metric =
  | 'trade_volume'
  /** A surplus or deficit of trade: never a trade volume, which it would contradict. */
  | 'trade_balance'
  | 'exports'
  | 'imports'
  | 'growth'
  | 'share'
  | 'train_trips'
  | 'freight'
  | 'investment'
  | 'companies'
  | 'distance'
  | 'gas_volume'
  | 'capacity'
  | 'production'
  | 'loans'
  | 'aid'
  | 'projects'
  | 'agreements'
  | 'visitors'
  /** Money per unit of measure ($245/t): what is priced is not read, so a price is never linked. */
  | 'price'
  /** Money per unit of another currency (512.3 tenge per dollar). */
  | 'exchange_rate'
  /** How long goods or a train take on the way: "the journey takes 5 days", 全程运行时间12天, "7 суток в пути". */
  | 'transit_time'
  /** How long customs or a border crossing takes: "clearance in 2 hours", 通关时间2小时. */
  | 'clearance_time'
  /** How long a contract, loan, lease, concession or visa-free stay runs: "a 25-year contract", 期限20年. */
  | 'term'
  /** How long building takes: "construction took 3 years", 工期3年, "строительство займёт 2 года". */
  | 'construction_time'
  | 'other';

/** Whether the figure states what happened, what someone aims for, or what someone expects. */
export type FactStatus = 'actual' | 'target' | 'forecast';

/** Which way a change went: "fell 3.6%" is a fall, "rose 3.6%" a rise. */
export type ChangeDirection = 'rise' | 'fall';

/** The span of time a figure covers; `label` is canonical: "2024", "2023 M1–M4", "2025 H1", "2024 Q1–Q3", "2023 M4". */
export interface Period {
  kind: 'year' | 'months' | 'half' | 'quarters' | 'month' | 'range';
  /** Absent when the text gives a span ("first five months") but no year, and no publication date resolves it. */
  year?: number;
  fromMonth?: number;
  toMonth?: number;
  label: string;
}

/** What one figure measures; each field is undefined when the text does not say. */
export interface Measure {
  /** "CN-CA", "CN-KZ", "KZ", "CA", "CN", or a facility: "port:khorgos", "railway:cku-railway", "pipeline:ca-china-pipeline". */
  subject?: string;
  metric?: Metric;
  /** For `metric: 'growth'`: what grew ("trade_volume" for "trade up 37%"). */
  growthOf?: Metric;
  /** For a change (`metric: 'growth'`) in percent or in an amount: which way it went, when its words say. */
  direction?: ChangeDirection;
  period?: Period;
  status?: FactStatus;
  /** The words that decided each field, one line per field: `metric: "进出口总值"`. */
  evidence: string[];
}

/** A figure with its sentence and the article it sits in. */
export interface MeasureContext {
  sentence: string;
  /** Offsets of the figure in `sentence` (UTF-16). */
  figureStart: number;
  figureEnd: number;
  figure: Figure;
  articleTitle?: string;
  articleLead?: string;
  /**
   * What the figure before this one in the same sentence measures, when it is a level: "hit 8.5 million tonnes,
   * up 11%" is the growth of that freight, whatever other word stands nearer.
   */
  levelBefore?: Metric;
  /** What grew in the growth just before this figure, joined to it by "to": "rose 45% to 120,000". */
  grownBefore?: Metric;
  /**
   * The period of the last figure of the sentence before, for a sentence that opens by taking a part of that
   * figure's whole ("其中，出口2,045亿元", "Of the total, exports…", "Из них…"): the part covers the same time.
   */
  periodBefore?: Period;
  /** ISO date or date-time of publication; resolves "last year", "今年", "в этом году". */
  publishedAt?: string;
  lang?: string;
}

/** One cue found in a text: what it decides and where it stands. */
export interface Cue<T> {
  value: T;
  start: number;
  end: number;
  text: string;
}
