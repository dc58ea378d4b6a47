import { readReportedUnit, reportedUnit } from '../figures/reported-unit';
import type { FigureSummary } from '../messages';

const SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

const APPROX_MARK: Record<string, string> = { over: '>', under: '<', about: '≈' };

/** Short unit labels; currencies keep their ISO code, counts need none. */
const UNIT_LABEL: Record<string, string> = {
  percent: '%',
  percentage_point: 'pp',
  basis_point: 'bp',
  km_per_hour: 'km/h',
  cubic_metre: 'm³',
  square_metre: 'm²',
  tonne: 't',
  tonne_per_hectare: 't/ha',
  barrel_per_day: 'b/d',
  litre: 'L',
  teu: 'TEU',
  times: '×',
  count: '',
};

/** A length of time reads in words, as the page says it: "≈ 12 days", "< 2 hours", "25 years", "1 day". */
const DURATION_WORDS: Readonly<Record<string, readonly [one: string, many: string]>> = {
  minute: ['minute', 'minutes'],
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

/** A compact normalized reading of a figure: "> 100B USD", "37.3 %", "−3.6 %", "≈ 20", "1.85K USD/t". */
export function formatReading(figure: Pick<FigureSummary, 'value' | 'unit' | 'approx'>): string {
  if (figure.unit === 'm' && Math.abs(figure.value) >= 1000)
    return formatReading({ ...figure, value: figure.value / 1000, unit: 'km' });
  const mark = APPROX_MARK[figure.approx];
  const abs = Math.abs(figure.value);
  const scale = SCALES.find(([size]) => abs >= size);
  const number = scale
    ? `${Number((figure.value / scale[0]).toPrecision(4))}${scale[1]}`
    : `${Number(figure.value.toPrecision(6))}`;
  // A price's unit names what it prices: "USD/tonne" reads "USD/t".
  const { unit: base, per } = readReportedUnit(figure.unit);
  const words = DURATION_WORDS[figure.unit];
  const label = (part: string) =>
    UNIT_LABEL[part] ?? (words && part === figure.unit ? words[abs === 1 ? 0 : 1] : part);
  const unit = reportedUnit({ unit: label(base), ...(per === undefined ? {} : { per: label(per) }) });
  // A fall reads with a minus sign, not a hyphen: "−3.6 %".
  return [mark, number.replace(/^-/, '\u2212'), unit].filter(Boolean).join(' ');
}
