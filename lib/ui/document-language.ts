import { browser } from 'wxt/browser';
import { t } from '../i18n';

/** Sets the page's `lang` and title from the UI language, so screen readers pronounce it right. */
export function applyDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = browser.i18n.getUILanguage();
  doc.title = t('extName');
}
