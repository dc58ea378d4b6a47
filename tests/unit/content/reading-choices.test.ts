import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isLanguageChosen, keepChosenLanguage, readReadingChoices } from '@/lib/content/reading-choices';
import { writeSettings } from '@/lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

test('by default Caravan paints, collects, and reads all three languages', async () => {
  expect(await readReadingChoices('news.example')).toEqual({
    paint: true,
    autoCollect: true,
    languages: ['zh', 'en', 'ru'],
  });
});

test('the options decide painting (globally and per site), collecting and languages', async () => {
  await writeSettings({ autoCollect: false, languages: ['zh', 'en'], highlightsOffSites: ['kz.example'] });
  expect(await readReadingChoices('www.kz.example')).toEqual({
    paint: false,
    autoCollect: false,
    languages: ['zh', 'en'],
  });
  expect((await readReadingChoices('other.example')).paint).toBe(true);
  await writeSettings({ highlights: false });
  expect((await readReadingChoices('other.example')).paint).toBe(false);
});

test('a page in a language turned off is not an article; languages Caravan does not read are left as they were', () => {
  const choices = { paint: true, autoCollect: true, languages: ['zh', 'en'] as const };
  expect(keepChosenLanguage({ lang: 'ru' }, choices)).toBeNull();
  expect(keepChosenLanguage({ lang: 'zh' }, choices)).toEqual({ lang: 'zh' });
  expect(isLanguageChosen(choices, 'zh-Hant')).toBe(true);
  expect(isLanguageChosen(choices, 'kk')).toBe(true);
  expect(keepChosenLanguage(null, choices)).toBeNull();
});
