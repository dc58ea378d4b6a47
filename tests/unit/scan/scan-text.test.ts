import { expect, test } from 'vitest';
import { scanText } from '@/lib/scan';

const page = [
  'China–Central Asia trade tops $100 billion',
  'Home | Markets | 2025-01-20 07:26',
  'Trade between China and the five Central Asian countries reached $94.8 billion in 2024, up 5.4 percent.',
  'Kazakhstan remained China’s largest partner in the region, with more than 16,400 freight trains via Khorgos.',
].join('\n');

test('finds figures with offsets into the whole text, line after line', () => {
  const scan = scanText(page);
  expect(scan.topic.isTopic).toBe(true);
  expect(scan.figures.length).toBeGreaterThan(0);
  for (const figure of scan.figures) expect(page.slice(figure.start, figure.end)).toBe(figure.text);
  expect(scan.figures.map((figure) => figure.text)).toEqual(
    expect.arrayContaining(['$94.8 billion', '5.4 percent']),
  );
  expect(scan.figures.map((figure) => figure.text)).not.toContain('07:26');
});

test('an off-topic text yields no figures at all', () => {
  const scan = scanText(
    'Quarterly results\nThe retailer sold 2.4 million phones, up 12 percent, in Germany and France.',
  );
  expect(scan.topic.isTopic).toBe(false);
  expect(scan.figures).toEqual([]);
});
