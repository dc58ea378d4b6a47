import { t } from '@/lib/i18n';
import type { FactSeries } from '@/lib/store/fact-series';
import { measureLabel, subjectLabel, unitFamilyLabel } from '@/lib/ui/measure-labels';
import { reportText } from '@/lib/ui/report-text';
import { safeLink } from '@/lib/ui/safe-link';
import { FactChart } from './FactChart';

/** Props of FactSeriesCard. */
export interface FactSeriesCardProps {
  series: FactSeries;
  /** The fact the view is focused on: its rows are marked and scrolled to. */
  focusedKey?: string;
}

/** One measure of one subject over periods: a chart, and every report in a table that links to its sentence. */
export function FactSeriesCard({ series, focusedKey }: FactSeriesCardProps) {
  const name = `${subjectLabel(series.subject)} · ${measureLabel(series.measure, series.subject)} (${unitFamilyLabel(series.unitFamily)})`;
  const headingId = `series-${series.id.replace(/[^\w-]/g, '_')}`;
  return (
    <article class="fact-series" aria-labelledby={headingId} data-series={series.id}>
      <h3 id={headingId} class="series-title">
        {name}
      </h3>
      <FactChart series={series} title={t('factsChartTitle', name)} focusedKey={focusedKey} />
      <table class="fact-table">
        <caption>{t('factsTableCaption', name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('factsColPeriod')}</th>
            <th scope="col">{t('factsColFigure')}</th>
            <th scope="col">{t('factsColSource')}</th>
          </tr>
        </thead>
        <tbody>
          {series.entries.flatMap((entry) =>
            entry.reports.map((report, index) => {
              const focused = entry.key === focusedKey;
              const differs = entry.disagreeing.includes(index);
              const href = safeLink(report.fragment);
              return (
                <tr
                  key={`${entry.key}#${report.fragment}|${report.value}`}
                  class={focused ? 'fact-row fact-focused' : 'fact-row'}
                  data-fact={entry.key}
                  aria-current={focused ? 'true' : undefined}
                >
                  <th scope="row">
                    {entry.period}
                    {focused && index === 0 ? <span class="focus-mark">{t('factsFocused')}</span> : null}
                  </th>
                  <td class={differs ? 'fact-value fact-value-differ' : 'fact-value'}>
                    {reportText(report)}
                    {differs ? <span class="differ-mark">{t('factsDiffersMark')}</span> : null}
                  </td>
                  <td>
                    {href ? (
                      <a
                        href={href}
                        target="_blank"
                        rel="noopener noreferrer"
                        lang={report.lang || undefined}
                      >
                        {report.title || report.source}
                      </a>
                    ) : (
                      <span lang={report.lang || undefined}>{report.title || report.source}</span>
                    )}
                    <span class="fact-source">
                      {' '}
                      {[report.source, report.publishedAt.slice(0, 10)].filter(Boolean).join(', ')}
                    </span>
                    {report.copyOf ? (
                      <span class="fact-reprint"> {t('factsReprintOf', report.copyOf)}</span>
                    ) : null}
                  </td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </article>
  );
}
