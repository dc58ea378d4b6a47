import { beforeAll, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { measureLabel, measureRows, subjectLabel, unitFamilyLabel } from '@/lib/ui/measure-labels';
import { safeLink } from '@/lib/ui/safe-link';
import english from '@/public/_locales/en/messages.json';

// The English messages, with $1-style substitutions, as the browser would give them.
beforeAll(() => {
  const messages = english as Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  >;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string, substitutions?: string | (string | number)[]) => {
      const entry = messages[key];
      if (!entry) return '';
      const values = [substitutions ?? []].flat();
      return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
        return String(values[Number(content.slice(1)) - 1] ?? '');
      });
    },
  );
});

test('subjects and measures read as words, not codes', () => {
  expect(subjectLabel('CN-KZ')).toBe('China–Kazakhstan');
  expect(subjectLabel('CA')).toBe('Central Asia');
  expect(subjectLabel('railway:cku-railway')).toBe('China–Kyrgyzstan–Uzbekistan railway');
  expect(measureLabel('trade_volume')).toBe('Trade volume');
  expect(measureLabel('growth:exports')).toBe('Exports: growth');
  expect(measureLabel('unknown_measure')).toBe('unknown_measure');
});

test('between China and a partner, exports and imports say which way the goods go', () => {
  expect(measureLabel('exports', 'CN-UZ')).toBe('Exports from China');
  expect(measureLabel('growth:imports', 'CN-KZ')).toBe('Imports into China: growth');
  expect(
    measureRows({ subject: 'CN-UZ', metric: 'imports', growthOf: '', period: '2024', status: '' }),
  ).toEqual([
    { label: 'About', value: 'China–Uzbekistan' },
    { label: 'Measures', value: 'Imports into China' },
    { label: 'Period', value: '2024' },
  ]);
  // A country's own total keeps the plain word.
  expect(measureLabel('exports', 'KZ')).toBe('Exports');
});

test('a change that fell says so; a rise and a series keep the words of growth', () => {
  const growth = { subject: 'CN-UZ', metric: 'growth', growthOf: 'trade_volume', period: '2025', status: '' };
  expect(measureRows({ ...growth, value: -4.2 })[1]).toEqual({
    label: 'Measures',
    value: 'Trade volume: a fall',
  });
  expect(measureRows({ ...growth, value: 4.2 })[1]).toEqual({
    label: 'Measures',
    value: 'Trade volume: growth',
  });
  expect(measureRows({ ...growth, growthOf: '', value: -4.2 })[1]?.value).toBe('A fall');
  // A level below zero (a trade deficit printed with a minus) is no fall.
  expect(measureRows({ ...growth, metric: 'trade_balance', growthOf: '', value: -2e9 })[1]?.value).toBe(
    'Trade balance',
  );
});

test('only web addresses become links: a stored javascript: or data: address never does', () => {
  expect(safeLink('https://news.example/a#:~:text=948')).toBe('https://news.example/a#:~:text=948');
  expect(safeLink('javascript:alert(1)')).toBeUndefined();
  expect(safeLink('data:text/html,<b>x</b>')).toBeUndefined();
  expect(safeLink('not a url')).toBeUndefined();
});

test("a series' unit reads as words in the reader's language; an exchange rate names its two currencies", () => {
  expect(unitFamilyLabel('mass')).toBe('tonnes');
  expect(unitFamilyLabel('percent')).toBe('percent');
  // A currency keeps its code, as every reading does.
  expect(unitFamilyLabel('USD')).toBe('USD');
  expect(unitFamilyLabel('KZT/USD', 'en')).toBe('Kazakhstani Tenge per US Dollar');
  expect(unitFamilyLabel('CNY/USD', 'en')).toBe('Chinese Yuan per US Dollar');
  expect(unitFamilyLabel('unknown_family')).toBe('unknown_family');
});
