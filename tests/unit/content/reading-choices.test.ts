import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isLanguageChosen, keepChosenLanguage, readReadingChoices } from '@/lib/content/reading-choices';
import { writeSettings } from '@/lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

test('by default Caravan paints, collects, and reads all three languages', async () => {
  expect(await readReadingChoices()).toMatchObject({
    highlights: true,
    highlightsOffSites: [],
    autoCollect: true,
    languages: ['zh', 'en', 'ru'],
  });
});

test('a scan reads the options as the reader left them', async () => {
  await writeSettings({ autoCollect: false, languages: ['zh', 'en'], highlightsOffSites: ['kz.example'] });
  expect(await readReadingChoices()).toMatchObject({
    autoCollect: false,
    languages: ['zh', 'en'],
    highlightsOffSites: ['kz.example'],
  });
});

test('a page in a language turned off is not an article; languages Caravan does not read are left as they were', () => {
  const choices = { languages: ['zh', 'en'] as const };
  expect(keepChosenLanguage({ lang: 'ru' }, choices)).toBeNull();
  expect(keepChosenLanguage({ lang: 'zh' }, choices)).toEqual({ lang: 'zh' });
  expect(isLanguageChosen(choices, 'zh-Hant')).toBe(true);
  expect(isLanguageChosen(choices, 'kk')).toBe(true);
  expect(keepChosenLanguage(null, choices)).toBeNull();
});
