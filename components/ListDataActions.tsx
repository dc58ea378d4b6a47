import { t } from '@/lib/i18n';
import { ImportFileInput } from './ImportFileInput';

/** The export formats of the reading list. */
export type ListExportFormat = 'md' | 'json' | 'csv';

/** Props of ListDataActions. */
export interface ListDataActionsProps {
  onExport: (format: ListExportFormat) => void;
  onImport: (file: File) => Promise<void>;
}

/** Export of the reading list as Markdown, JSON or CSV, and import of a JSON export. */
export function ListDataActions({ onExport, onImport }: ListDataActionsProps) {
  return (
    <section class="list-data" aria-labelledby="list-data-title">
      <h2 id="list-data-title" class="section-title">
        {t('listDataHeading')}
      </h2>
      <div class="data-actions">
        <button type="button" onClick={() => onExport('md')}>
          {t('listExportMarkdown')}
        </button>
        <button type="button" onClick={() => onExport('json')}>
          {t('listExportJson')}
        </button>
        <button type="button" onClick={() => onExport('csv')}>
          {t('listExportCsv')}
        </button>
        <ImportFileInput label={t('listImport')} class="list-import" onFile={onImport} />
      </div>
    </section>
  );
}
