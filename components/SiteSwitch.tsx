import { t } from '@/lib/i18n';

/** Props of SiteSwitch. */
export interface SiteSwitchProps {
  /** Whether highlights are on for this site (its own choice, whatever the global setting). */
  on: boolean;
  /** Highlights are off everywhere in the options, so this site's choice has no effect now. */
  offEverywhere: boolean;
  onChange: (on: boolean) => void;
}

/** The "Highlights on this site" switch of the This page view: a real checkbox. */
export function SiteSwitch({ on, offEverywhere, onChange }: SiteSwitchProps) {
  return (
    <div class="site-switch">
      <label>
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('highlightsOnSite')}
      </label>
      {offEverywhere ? <p class="status-detail">{t('highlightsOffEverywhere')}</p> : null}
    </div>
  );
}
