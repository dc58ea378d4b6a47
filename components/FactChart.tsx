import { t } from '@/lib/i18n';
import { formatReading } from '@/lib/popup/format-figure';
import type { FactSeries } from '@/lib/store/fact-series';
import { chartRange } from '@/lib/ui/chart-range';
import { reportText } from '@/lib/ui/report-text';
import { safeLink } from '@/lib/ui/safe-link';

/** Props of FactChart. */
export interface FactChartProps {
  series: FactSeries;
  /** The chart's name, e.g. "China–Kazakhstan · Trade, by period". */
  title: string;
  /** The fact the view is focused on; its points are drawn larger. */
  focusedKey?: string;
}

const WIDTH = 340;
const HEIGHT = 150;
const LEFT = 56;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 28;

/**
 * A measure over periods as an inline SVG: one point per report, each a link to the sentence it stands in; the
 * first report of each period joined by a line. Reports that disagree are drawn as hollow red diamonds. The
 * table under it (FactSeriesCard) lists the same reports for readers who do not see the chart.
 */
export function FactChart({ series, title, focusedKey }: FactChartProps) {
  const values = series.entries.flatMap((entry) => entry.reports.map((report) => report.value));
  const unit = series.entries[0]?.reports[0]?.unit ?? '';
  const { low, high } = chartRange(values, unit);
  const x = (at: number) =>
    series.entries.length === 1
      ? (LEFT + WIDTH - RIGHT) / 2
      : LEFT + (at * (WIDTH - LEFT - RIGHT)) / (series.entries.length - 1);
  const y = (value: number) => TOP + ((high - value) * (HEIGHT - TOP - BOTTOM)) / (high - low);
  const reading = (value: number) => formatReading({ value, unit, approx: 'none' });
  const id = `chart-${series.id.replace(/[^\w-]/g, '_')}`;
  const labelled = new Set([0, series.entries.length - 1]);
  if (series.entries.length <= 5) for (let at = 0; at < series.entries.length; at++) labelled.add(at);
  const line = series.entries.map((entry, at) => `${x(at)},${y(entry.reports[0]?.value ?? 0)}`).join(' ');
  return (
    <svg
      class="fact-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>
        {t('factsChartDesc', [
          String(values.length),
          String(series.entries.length),
          series.entries[0]?.period ?? '',
          series.entries[series.entries.length - 1]?.period ?? '',
        ])}
      </desc>
      <line class="chart-axis" x1={LEFT} x2={WIDTH - RIGHT} y1={y(low)} y2={y(low)} />
      {low < 0 ? <line class="chart-zero" x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} /> : null}
      <text class="chart-label" x={LEFT - 4} y={y(high) + 4} text-anchor="end">
        {reading(high)}
      </text>
      <text class="chart-label" x={LEFT - 4} y={y(low) + 4} text-anchor="end">
        {reading(low)}
      </text>
      {series.entries.length > 1 ? <polyline class="chart-line" points={line} /> : null}
      {series.entries.map((entry, at) => (
        <g key={entry.key} class={entry.key === focusedKey ? 'chart-period chart-focused' : 'chart-period'}>
          {labelled.has(at) ? (
            <text class="chart-label" x={x(at)} y={HEIGHT - 8} text-anchor="middle">
              {entry.period}
            </text>
          ) : null}
          {entry.reports.map((report, index) => {
            const differs = entry.disagreeing.includes(index);
            const cx = x(at) + (index - (entry.reports.length - 1) / 2) * 7;
            const cy = y(report.value);
            const r = entry.key === focusedKey ? 6 : 4.5;
            const key = `${report.fragment}|${report.value}`;
            const shape = differs ? (
              <polygon
                key={key}
                class="chart-point chart-point-differ"
                points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}
              />
            ) : (
              <circle key={key} class="chart-point" cx={cx} cy={cy} r={r} />
            );
            const label = t('factsPointLabel', [
              entry.period,
              differs ? `${reportText(report)} (${t('factsDiffersMark')})` : reportText(report),
              report.source,
            ]);
            const href = safeLink(report.fragment);
            return href ? (
              <a key={key} href={href} target="_blank" rel="noopener noreferrer" aria-label={label}>
                {shape}
              </a>
            ) : (
              <g key={key}>
                <title>{label}</title>
                {shape}
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
