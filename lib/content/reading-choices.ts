import { type ArticleLanguage, DEFAULT_SETTINGS, highlightsOn, readSettings } from '../settings';

/** What the reader's settings decide for a scanned page: whether to paint it, store it, and in which languages. */
export interface ReadingChoices {
  /** Highlights are on, globally and for this page's site. */
  paint: boolean;
  autoCollect: boolean;
  languages: readonly ArticleLanguage[];
}

/** The reader's choices for a page of `site`; the defaults when storage cannot be read (a page must not break). */
export async function readReadingChoices(site: string): Promise<ReadingChoices> {
  try {
    const settings = await readSettings();
    return {
      paint: highlightsOn(settings, site),
      autoCollect: settings.autoCollect,
      languages: settings.languages,
    };
  } catch {
    return { paint: true, autoCollect: DEFAULT_SETTINGS.autoCollect, languages: DEFAULT_SETTINGS.languages };
  }
}

/**
 * Whether Caravan acts on a page in this language: not when the reader turned the language off. Languages
 * Caravan does not read are left to the topic scan, as before.
 */
export function isLanguageChosen(choices: ReadingChoices, lang: string): boolean {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const known = (DEFAULT_SETTINGS.languages as readonly string[]).includes(base);
  return !known || (choices.languages as readonly string[]).includes(base);
}

/** The scan of a page in a chosen language; null (not an article) for a page in a language turned off. */
export function keepChosenLanguage<T extends { lang: string }>(
  scan: T | null,
  choices: ReadingChoices,
): T | null {
  return scan && isLanguageChosen(choices, scan.lang) ? scan : null;
}
