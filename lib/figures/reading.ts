import type { NounReading } from './read-noun';
import type { NumberToken } from './read-number';
import type { UnitReading } from './read-unit';
import type { Rejection } from './screen-number';
import type { Approx, Figure, TableUnit } from './types';

/** What the extractor knows while reading one candidate. */
export interface ReadContext {
  lang?: 'zh' | 'en' | 'ru';
  /** The highlight may not start before this: the end of the previous figure. */
  minStart: number;
  /** The currency of the latest money figure, to give a bare "100 billion" on the same line its unit. */
  lastMoney?: { code: string; end: number };
  /** The unit of the latest measure written in a base unit (tonnes, m³, TEU), for a bare "85 млрд" after it. */
  lastMeasure?: { unit: string; end: number };
  /** The unit a table declares for this cell: bare digit numbers read in it. */
  tableUnit?: TableUnit;
}

export type Reading = { figure: Figure; resume: number } | (Rejection & { figure?: undefined });

/** Everything read around one number, handed to the decision. */
export interface ReadingParts {
  token: NumberToken;
  spanStart: number;
  end: number;
  value: number;
  approx: Approx;
  vagueChinese: boolean;
  currencyBefore: string | undefined;
  unit: UnitReading | null;
  noun: NounReading;
  range: { low: number; high: number } | undefined;
}
