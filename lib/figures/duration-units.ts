// The units of a length of time, apart from their readers (durations.ts): the card and the panel format them
// without loading the figure readers into the content script.

export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const DURATION_UNITS: ReadonlySet<string> = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);

/** Whether a figure's unit is a duration's. */
export function isDurationUnit(unit: string): unit is DurationUnit {
  return DURATION_UNITS.has(unit);
}
