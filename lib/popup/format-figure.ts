import { isDurationUnit } from '../figures/duration-units';
import { readReportedUnit, reportedUnit } from '../figures/reported-unit';
import { uiLanguage } from '../i18n';
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

/** A fall reads with a minus sign, not a hyphen: "−3.6 %". */
function withMinusSign(text: string): string {
  return text.replace(/^-/, '\u2212');
}

/** Number formats of lengths of time, by language and unit: making one costs more than using it. */
const durationFormats = new Map<string, Intl.NumberFormat>();

/**
 * A length of time in words of the reader's language, with its plural: "12 days", "12 дней", "12天"; English
 * where the language is unknown to the browser's Intl.
 */
function formatDuration(value: number, unit: string, language: string): string {
  const key = `${language}|${unit}`;
  let format = durationFormats.get(key);
  if (!format) {
    const options = { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 2 } as const;
    try {
      format = new Intl.NumberFormat(language || 'en', options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    durationFormats.set(key, format);
  }
  return withMinusSign(format.format(value));
}

/**
 * A compact normalized reading of a figure: "> 100B USD", "37.3 %", "−3.6 %", "≈ 20", "1.85K USD/t"; a length of
 * time in words of `language` (the browser's by default): "≈ 12 days", "< 2 часа".
 */
export function formatReading(
  figure: Pick<FigureSummary, 'value' | 'unit' | 'approx'>,
  language = uiLanguage(),
): string {
  if (figure.unit === 'm' && Math.abs(figure.value) >= 1000)
    return formatReading({ ...figure, value: figure.value / 1000, unit: 'km' }, language);
  const mark = APPROX_MARK[figure.approx];
  if (isDurationUnit(figure.unit))
    return [mark, formatDuration(figure.value, figure.unit, language)].filter(Boolean).join(' ');
  const abs = Math.abs(figure.value);
  const scale = SCALES.find(([size]) => abs >= size);
  const number = scale
    ? `${Number((figure.value / scale[0]).toPrecision(4))}${scale[1]}`
    : `${Number(figure.value.toPrecision(6))}`;
  // A price's unit names what it prices: "USD/tonne" reads "USD/t".
  const { unit: base, per } = readReportedUnit(figure.unit);
  const label = (part: string) => UNIT_LABEL[part] ?? part;
  const unit = reportedUnit({ unit: label(base), ...(per === undefined ? {} : { per: label(per) }) });
  return [mark, withMinusSign(number), unit].filter(Boolean).join(' ');
}
