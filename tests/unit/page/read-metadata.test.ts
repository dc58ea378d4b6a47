import { expect, test } from 'vitest';
import { readMetadata, siteNameFromTitle } from '@/lib/page/read-metadata';

test('the outlet name is the last part of a title, whatever the separator', () => {
  expect(siteNameFromTitle('China–Central Asia trade up 37.3 percent | Steppe Daily')).toBe('Steppe Daily');
  expect(siteNameFromTitle('中国与中亚国家货物贸易首破千亿美元_丝路财经网')).toBe('丝路财经网');
  expect(siteNameFromTitle('Саммит в Астане — Евразия Сегодня')).toBe('Евразия Сегодня');
  expect(siteNameFromTitle('A title with no outlet')).toBe('');
  expect(
    siteNameFromTitle('Part one | Part two of the headline', 'Part one | Part two of the headline'),
  ).toBe('');
});

test('canonical link, outlet and publication date come from the page markup; bad values are ignored', () => {
  document.documentElement.innerHTML = `<head><title>Trade tops $100 billion — Steppe Daily</title>
    <link rel="canonical" href="/business/trade">
    <meta property="article:published_time" content="2025-06-18T14:05:00+05:00"></head><body><h1>Trade tops $100 billion</h1></body>`;
  expect(readMetadata(document)).toEqual({
    canonicalUrl: new URL('/business/trade', document.location.href).href,
    siteName: 'Steppe Daily',
    publishedAt: '2025-06-18T14:05:00+05:00',
  });
  document.documentElement.innerHTML = `<head><meta property="article:published_time" content="yesterday"></head><body></body>`;
  expect(readMetadata(document)).toMatchObject({ canonicalUrl: document.location.href, publishedAt: '' });
});

test('a canonical link to the home page, or to something that is not a web page, is ignored', () => {
  for (const href of ['/', 'https://news.example/', 'javascript:alert(1)']) {
    document.documentElement.innerHTML = `<head><link rel="canonical" href="${href}"></head><body></body>`;
    expect(readMetadata(document).canonicalUrl).toBe(document.location.href);
  }
});
