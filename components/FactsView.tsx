import { t } from '@/lib/i18n';
import { StatusMessage } from './StatusMessage';

/** The panel's Facts view: the fact store, searchable, grouped by subject and metric. */
export function FactsView() {
  return <StatusMessage title={t('factsComingSoon')} />;
}
