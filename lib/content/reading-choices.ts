import { type ArticleLanguage, DEFAULT_SETTINGS, readSettings, type Settings } from '../settings';

/** What the reader's settings decide for a scanned page's language. */
export interface ReadingChoices {
  languages: readonly ArticleLanguage[];
}

/**
 * The reader's settings as a scan reads them once (the paint follows them from there); the defaults when storage
 * cannot be read (a page must not break).
 */
export async function readReadingChoices(): Promise<Settings> {
  try {
    return await readSettings();
  } catch {
    return DEFAULT_SETTINGS;
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
