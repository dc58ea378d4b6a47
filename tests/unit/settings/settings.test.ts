import { describe, expect, it } from 'vitest';
import { initialView } from '@/components/PopupPanel';
import {
  DEFAULT_SETTINGS,
  highlightsOn,
  normalizeSettings,
  readSettings,
  setSiteHighlights,
  siteOf,
  writeSettings,
} from '@/lib/settings';

describe('settings', () => {
  it('falls back to the defaults for a missing or damaged value', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ highlights: 'no', autoCollect: 0 })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps known fields and drops unknown languages and non-strings', () => {
    const settings = normalizeSettings({
      highlights: false,
      highlightsOffSites: ['kz.example', 7],
      autoCollect: false,
      languages: ['ru', 'de', 'zh'],
      extra: true,
    });
    expect(settings).toEqual({
      highlights: false,
      highlightsOffSites: ['kz.example'],
      autoCollect: false,
      languages: ['ru', 'zh'],
    });
  });

  it('turns highlights off for a listed site, with or without www', () => {
    const settings = normalizeSettings({ highlightsOffSites: ['news.example'] });
    expect(highlightsOn(settings, 'www.news.example')).toBe(false);
    expect(highlightsOn(settings, 'other.example')).toBe(true);
    expect(highlightsOn({ ...settings, highlights: false }, 'other.example')).toBe(false);
  });
});

describe('the panel view named in the address', () => {
  it('opens a named view and falls back to This page', () => {
    expect(initialView('?view=facts&fact=x')).toBe('facts');
    expect(initialView('?view=list')).toBe('list');
    expect(initialView('?view=<b>')).toBe('page');
    expect(initialView('')).toBe('page');
  });
});

describe('the per-site highlight switch', () => {
  it('names a page by its site, without www', () => {
    expect(siteOf('https://www.news.example/a/b?c=1')).toBe('news.example');
    expect(siteOf('http://127.0.0.1:4173/page/')).toBe('127.0.0.1');
    expect(siteOf('not a url')).toBe('');
  });

  it('turns one site off and on again, keeping the other sites and settings', async () => {
    await writeSettings({ highlightsOffSites: ['other.example'], autoCollect: false });
    const off = await setSiteHighlights('news.example', false);
    expect(off.highlightsOffSites).toEqual(['other.example', 'news.example']);
    expect(highlightsOn(off, 'www.news.example')).toBe(false);
    expect((await setSiteHighlights('news.example', false)).highlightsOffSites).toEqual([
      'other.example',
      'news.example',
    ]);
    const on = await setSiteHighlights('news.example', true);
    expect(on.highlightsOffSites).toEqual(['other.example']);
    expect(on.autoCollect).toBe(false);
    expect(highlightsOn(await readSettings(), 'news.example')).toBe(true);
  });
});
