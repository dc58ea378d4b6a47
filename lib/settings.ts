import { browser } from 'wxt/browser';

/** The languages Caravan reads articles in. */
export type ArticleLanguage = 'zh' | 'en' | 'ru';

/** What the reader chose in the options page and the panel; kept in `storage.local`, on this machine only. */
export interface Settings {
  /** Paint figures on article pages at all. */
  highlights: boolean;
  /** Sites (host names without "www.") where the reader turned highlights off. */
  highlightsOffSites: string[];
  /** Record the figures of every article read into the fact store; off keeps the store as it is. */
  autoCollect: boolean;
  /** Article languages Caravan acts on. */
  languages: ArticleLanguage[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  highlights: true,
  highlightsOffSites: [],
  autoCollect: true,
  languages: ['zh', 'en', 'ru'],
};

const KEY = 'settings';

/** Keeps only known fields of the right type; anything else falls back to the default. */
export function normalizeSettings(value: unknown): Settings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const strings = (item: unknown): string[] =>
    Array.isArray(item) ? item.filter((entry): entry is string => typeof entry === 'string') : [];
  const languages = strings(raw.languages).filter((lang): lang is ArticleLanguage =>
    (DEFAULT_SETTINGS.languages as string[]).includes(lang),
  );
  return {
    highlights: typeof raw.highlights === 'boolean' ? raw.highlights : DEFAULT_SETTINGS.highlights,
    highlightsOffSites: Array.isArray(raw.highlightsOffSites) ? strings(raw.highlightsOffSites) : [],
    autoCollect: typeof raw.autoCollect === 'boolean' ? raw.autoCollect : DEFAULT_SETTINGS.autoCollect,
    languages: Array.isArray(raw.languages) ? languages : [...DEFAULT_SETTINGS.languages],
  };
}

/** The reader's settings, with defaults for anything not set. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normalizeSettings(stored[KEY]);
}

/** Changes some settings and keeps the rest. */
export async function writeSettings(
  change: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  const current = await readSettings();
  const next = normalizeSettings({
    ...current,
    ...(typeof change === 'function' ? change(current) : change),
  });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(normalizeSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Whether figures are painted on a page of this site. */
export function highlightsOn(settings: Settings, site: string): boolean {
  return settings.highlights && !settings.highlightsOffSites.includes(site.replace(/^www\./, ''));
}

/**
 * The site a page address belongs to, as `highlightsOffSites` and the store's sources name it: host name without
 * "www.".
 */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Turns highlights on or off for one site, keeping the other sites' choices. */
export async function setSiteHighlights(site: string, on: boolean): Promise<Settings> {
  return writeSettings(({ highlightsOffSites }) => {
    const others = highlightsOffSites.filter((entry) => entry !== site);
    return { highlightsOffSites: on ? others : [...others, site] };
  });
}
