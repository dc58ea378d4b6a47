import { describe, expect, it } from 'vitest';
import { initialView } from '@/components/PopupPanel';
import { DEFAULT_SETTINGS, highlightsOn, normalizeSettings } from '@/lib/settings';

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
