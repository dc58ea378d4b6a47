/** A short article page on China–Tajikistan trade: an outlet's own, or a reprint of another's under its own title. */
export interface ArticleVariant {
  outlet: string;
  title: string;
  date: string;
  /** The paragraph that prints the figure. */
  lead: string;
  /** A reprint's credit line ("Source: …"), or nothing. */
  credit?: string;
}

/** The dispatch's paragraph, word for word in every copy of it. */
export const DISPATCH_LEAD =
  'DUSHANBE, Oct. 21 — Trade between China and Tajikistan reached $3.12 billion in the first nine months of 2025, the Tajik statistics agency said on Tuesday, as shipments through the Karamik border crossing kept rising.';

/** The page's HTML; every string is the test's own, so nothing needs escaping. */
export function articlePage({ outlet, title, date, lead, credit }: ArticleVariant): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} — ${outlet}</title>
<meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${date}">
</head>
<body>
<header><a href="/">${outlet}</a> <nav><a href="/economy">Economy</a> <a href="/region">Region</a></nav></header>
<main>
<article>
<h1>${title}</h1>
${credit ? `<p class="credit">${credit}</p>` : ''}
<p>${lead}</p>
<p>Chinese machinery, vehicles and building materials made up most of the goods that crossed into Tajikistan, while Tajik exports to China were mainly ores, concentrates and cotton fibre.</p>
<p>Officials in Dushanbe said the new road through the Pamirs and a second lane at the crossing had shortened waiting times for lorries, and that both governments expect trade with China to keep growing next year.</p>
</article>
</main>
<footer>${outlet}</footer>
</body>
</html>`;
}
