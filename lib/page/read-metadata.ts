import { pageAddress } from './page-address';

/** What a page says about itself: where it really lives, who published it and when. */
export interface PageMetadata {
  canonicalUrl: string;
  siteName: string;
  publishedAt: string;
}

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'time[datetime]',
];

function isoDate(value: string | null | undefined): string {
  const text = value?.trim() ?? '';
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  return match ? text : '';
}

/** The outlet's name as a title often ends: "Headline — Steppe Daily", "标题_丝路财经网", "Заголовок | Вестник". */
export function siteNameFromTitle(title: string, headline = ''): string {
  const parts = title
    .split(/\s+[—|–-]\s+|[_｜]|\s+\|\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const last = parts.length > 1 ? (parts[parts.length - 1] ?? '') : '';
  return last.length > 0 && last.length <= 40 && !headline.includes(last) ? last : '';
}

/** Reads the canonical link, the outlet's name and the publication date from the page's own markup. */
export function readMetadata(doc: Document = document): PageMetadata {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  let canonicalUrl = pageAddress(doc.location.href);
  try {
    const resolved = canonical ? new URL(canonical, doc.location.href) : null;
    // A site-wide canonical (the home page, on every article) names no article: it is ignored.
    if (
      resolved &&
      /^https?:$/.test(resolved.protocol) &&
      (resolved.pathname.length > 1 || resolved.search)
    ) {
      canonicalUrl = pageAddress(resolved.href);
    }
  } catch {
    // A malformed canonical link is ignored.
  }
  const declared = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() ?? '';
  const headline = doc.querySelector('h1')?.textContent ?? '';
  const siteName = declared || siteNameFromTitle(doc.title, headline);
  let publishedAt = '';
  for (const selector of PUBLISHED_SELECTORS) {
    const element = doc.querySelector(selector);
    publishedAt = isoDate(element?.getAttribute('content') ?? element?.getAttribute('datetime'));
    if (publishedAt) break;
  }
  return { canonicalUrl, siteName: siteName.slice(0, 200), publishedAt };
}
