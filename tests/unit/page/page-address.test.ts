import { expect, test } from 'vitest';
import { pageAddress } from '@/lib/page/page-address';
import { readMetadata } from '@/lib/page/read-metadata';

test('a jump to an anchor or a text fragment is the same article', () => {
  expect(pageAddress('https://news.example/a?id=1#part-2')).toBe('https://news.example/a?id=1');
  expect(pageAddress('https://news.example/a#:~:text=94.8%20billion')).toBe('https://news.example/a');
  expect(pageAddress('https://news.example/a#')).toBe('https://news.example/a');
  expect(pageAddress('https://news.example/a')).toBe('https://news.example/a');
});

test('a fragment that routes a client-side app names another article', () => {
  expect(pageAddress('https://news.example/#/trade/42')).toBe('https://news.example/#/trade/42');
  expect(pageAddress('https://news.example/#!/trade/42')).toBe('https://news.example/#!/trade/42');
});

test('the canonical address of a page drops an anchor, from the address bar or from the canonical link', () => {
  const here = document.location.href;
  document.documentElement.innerHTML = '<head></head><body><h1>Trade</h1></body>';
  history.replaceState(null, '', '#section-3');
  expect(readMetadata(document).canonicalUrl).toBe(pageAddress(here));
  document.documentElement.innerHTML =
    '<head><link rel="canonical" href="/business/trade#top"></head><body></body>';
  expect(readMetadata(document).canonicalUrl).toBe(new URL('/business/trade', here).href);
  history.replaceState(null, '', here);
});
