import { expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { FigureLinks } from '@/lib/store/link-figures';
import { factLines } from '@/lib/ui/fact-lines';

// The message shows its substitutions: the fake browser has no messages.
vi.spyOn(browser.i18n, 'getMessage').mockImplementation(
  (key: string, substitutions?: string | string[]) => `[${key}] ${[substitutions].flat().join(' | ')}`,
);

const noLinks: FigureLinks = {
  index: 0,
  others: [],
  agreement: 'none',
  spread: null,
  conversion: null,
  growthCheck: null,
};

test('a stated conversion implies a rate between currencies, a price per tonne too', () => {
  const price = { value: 245, unit: 'USD/tonne', approx: 'none' as const };
  const conversion = { text: 'about 1,750 yuan', unit: 'CNY/tonne', rate: 1750 / 245 };
  const [line] = factLines(price, { ...noLinks, conversion });
  expect(line?.text).toBe('[factsConversion] about 1,750 yuan | 1 USD = 7.143 CNY');
});

test('an amount converted states the rate of its currency', () => {
  const amount = { value: 94.8e9, unit: 'USD', approx: 'none' as const };
  const conversion = { text: '680 billion yuan', unit: 'CNY', rate: 680 / 94.8 };
  const [line] = factLines(amount, { ...noLinks, conversion });
  expect(line?.text).toBe('[factsConversion] 680 billion yuan | 1 USD = 7.173 CNY');
});

test('a growth check implying a fall writes it with a minus sign', () => {
  const growth = { value: -4.2, unit: 'percent', approx: 'none' as const };
  const growthCheck = { previous: 100, current: 95.6, impliedPercent: -4.4, agrees: true };
  const [line] = factLines(growth, { ...noLinks, growthCheck });
  expect(line?.text).toBe('[growthAgrees] \u22124.4');
});
