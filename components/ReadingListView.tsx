import { t } from '@/lib/i18n';
import { StatusMessage } from './StatusMessage';

/** The panel's Reading list view: saved articles, kept with their text. */
export function ReadingListView() {
  return <StatusMessage title={t('listComingSoon')} />;
}
