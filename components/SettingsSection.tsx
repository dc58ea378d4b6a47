import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/error-message';
import { type MessageKey, t } from '@/lib/i18n';
import {
  type ArticleLanguage,
  readSettings,
  type Settings,
  watchSettings,
  writeSettings,
} from '@/lib/settings';
import { SettingSwitch } from './SettingSwitch';
import { StatusMessage } from './StatusMessage';

const LANGUAGES: readonly { id: ArticleLanguage; label: MessageKey }[] = [
  { id: 'zh', label: 'langZh' },
  { id: 'en', label: 'langEn' },
  { id: 'ru', label: 'langRu' },
];

/** The reader's switches: highlights (everywhere, and the sites where they are off), collecting, languages. */
export function SettingsSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    const stop = new AbortController();
    readSettings().then(setSettings, (reason: unknown) => setError(String(reason)));
    // A switch flipped in the panel or another options tab shows here at once.
    watchSettings(setSettings, stop.signal);
    return () => stop.abort();
  }, []);

  const change = (next: Partial<Settings>) => {
    setError('');
    writeSettings(next).then(setSettings, (reason: unknown) => setError(errorMessage(reason)));
  };

  if (!settings) return error ? <StatusMessage tone="error" title={t('settingsError', error)} /> : null;
  return (
    <>
      <section aria-labelledby="highlights-title">
        <h2 id="highlights-title">{t('highlightsHeading')}</h2>
        <SettingSwitch
          name="highlights"
          label={t('highlightsToggle')}
          checked={settings.highlights}
          onChange={(highlights) => change({ highlights })}
        />
        <h3 id="off-sites-title">{t('offSitesHeading')}</h3>
        {settings.highlightsOffSites.length === 0 ? (
          <p>{t('offSitesNone')}</p>
        ) : (
          <ul class="off-sites" aria-labelledby="off-sites-title">
            {settings.highlightsOffSites.map((site) => (
              <li key={site}>
                <code>{site}</code>{' '}
                <button
                  type="button"
                  onClick={() =>
                    change({
                      highlightsOffSites: settings.highlightsOffSites.filter((other) => other !== site),
                    })
                  }
                >
                  {t('offSiteTurnOn', site)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="collect-title">
        <h2 id="collect-title">{t('collectHeading')}</h2>
        <SettingSwitch
          name="autoCollect"
          label={t('collectToggle')}
          checked={settings.autoCollect}
          describedBy="collect-explain"
          onChange={(autoCollect) => change({ autoCollect })}
        />
        <p id="collect-explain">{t('collectExplain')}</p>
      </section>
      <section aria-labelledby="languages-title">
        <h2 id="languages-title">{t('languagesHeading')}</h2>
        <fieldset>
          <legend>{t('languagesExplain')}</legend>
          {LANGUAGES.map((language) => (
            <label key={language.id}>
              <input
                type="checkbox"
                name="languages"
                value={language.id}
                checked={settings.languages.includes(language.id)}
                onChange={(event) => {
                  const on = (event.currentTarget as HTMLInputElement).checked;
                  const others = settings.languages.filter((id) => id !== language.id);
                  change({ languages: on ? [...others, language.id] : others });
                }}
              />
              {t(language.label)}
            </label>
          ))}
        </fieldset>
      </section>
      {error ? <StatusMessage tone="error" title={t('settingsError', error)} /> : null}
    </>
  );
}
