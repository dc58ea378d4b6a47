/**
 * The address that names an article: the page's URL without a fragment that only points inside the page
 * (`#part-2`, a jump from a table of contents). A fragment that routes a client-side app (`#/news/42`,
 * `#!/news/42`) names another article and is kept.
 */
export function pageAddress(url: string): string {
  const hash = url.indexOf('#');
  if (hash < 0) return url;
  const fragment = url.slice(hash + 1);
  return fragment.startsWith('/') || fragment.startsWith('!') ? url : url.slice(0, hash);
}
