import { useEffect, useMemo, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/error-message';
import { t } from '@/lib/i18n';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { exportStore, figuresCsv } from '@/lib/store/export-store';
import { runMarkedImport, takeInterruptedImport } from '@/lib/store/import-progress';
import { importStore } from '@/lib/store/import-store';
import { isQuotaError } from '@/lib/store/quota';
import { saveFile } from '@/lib/ui/save-file';
import { ImportFileInput } from './ImportFileInput';

/** Props of DataSection. */
export interface DataSectionProps {
  /** The store to export from and import into; the extension's own by default. */
  db?: CaravanDb;
}

type Status = { tone: 'info' | 'error'; text: string } | null;

const today = () => new Date().toISOString().slice(0, 10);

/** Export of the whole fact store (JSON) and of its figures (CSV), and import of an export. */
export function DataSection({ db }: DataSectionProps) {
  const store = useMemo(() => db ?? openDb(), [db]);
  useEffect(() => () => (db ? undefined : store.close()), [db, store]);
  const [status, setStatus] = useState<Status>(null);
  // An import the last options page could not finish (closed, crashed) was rolled back: say so once.
  useEffect(() => {
    void takeInterruptedImport().then((name) => {
      if (name) setStatus({ tone: 'error', text: t('importInterrupted', name) });
    });
  }, []);
  const run = async (work: () => Promise<string>) => {
    try {
      setStatus({ tone: 'info', text: await work() });
    } catch (error) {
      setStatus({ tone: 'error', text: errorMessage(error) });
    }
  };
  const exportJson = () =>
    run(async () => {
      const data = await exportStore(store);
      saveFile(`caravan-facts-${today()}.json`, 'application/json', JSON.stringify(data));
      return t('exportDone', [String(data.tables.mentions.length), String(data.tables.articles.length)]);
    });
  const exportCsv = () =>
    run(async () => {
      saveFile(`caravan-figures-${today()}.csv`, 'text/csv', await figuresCsv(store));
      return t('exportCsvDone');
    });
  const importFile = (file: File | undefined) =>
    run(async () => {
      if (!file) return '';
      const text = await file.text();
      const summary = await runMarkedImport(file.name, () => importStore(store, text)).catch((error) => {
        throw isQuotaError(error) ? new Error(t('importDiskFull')) : error;
      });
      return t('importDone', [String(summary.mentions), String(summary.articles)]);
    });
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('dataHeading')}</h2>
      <p>{t('dataExplain')}</p>
      <div class="data-actions">
        <button type="button" class="primary" onClick={() => void exportJson()}>
          {t('exportJson')}
        </button>
        <button type="button" class="primary" onClick={() => void exportCsv()}>
          {t('exportCsv')}
        </button>
        <ImportFileInput label={t('importJson')} onFile={importFile} />
      </div>
      {status?.text ? (
        <p class={`data-status data-${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
