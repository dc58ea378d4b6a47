import { t } from '@/lib/i18n';
import type { PageReport } from '@/lib/messages';

/** Props of PageVerdict. */
export interface PageVerdictProps {
  report: PageReport;
}

/** Whether the page is a China–Central Asia article, and the evidence for that verdict. */
export function PageVerdict({ report }: PageVerdictProps) {
  const terms = [...new Set(report.evidence.map((item) => item.term))].slice(0, 8);
  return (
    <section class="verdict" aria-labelledby="verdict-title">
      <h2 id="verdict-title" class="verdict-title">
        {report.isTopic ? t('verdictOnTopic') : t('verdictOffTopic')}
      </h2>
      <p class="page-title">{report.title}</p>
      {terms.length > 0 ? (
        <p class="evidence">
          {t('evidenceLabel')} {terms.join(' · ')}
        </p>
      ) : null}
    </section>
  );
}
