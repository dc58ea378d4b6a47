import { t } from '@/lib/i18n';
import { NEWS_SITE_MATCHES } from '@/lib/sites';
import { ClearStoreSection } from './ClearStoreSection';
import { DataSection } from './DataSection';
import { SettingsSection } from './SettingsSection';

/** The options page: where Caravan runs, the reader's switches, the store's data, and privacy. */
export function OptionsPage() {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t('sitesHeading')}</h2>
        <p>{t('sitesExplain')}</p>
        <ul class="site-list">
          {NEWS_SITE_MATCHES.map((pattern) => (
            <li key={pattern}>
              <code>{pattern.replace('*://*.', '').replace('/*', '')}</code>
            </li>
          ))}
        </ul>
      </section>
      <SettingsSection />
      <DataSection />
      <ClearStoreSection />
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('privacyHeading')}</h2>
        <p>{t('privacyExplain')}</p>
      </section>
    </main>
  );
}
