/**
 * An address that is safe to link to from an extension page: http(s) only. Stored addresses come from pages and
 * imported files, so a `javascript:` or `data:` address must never become a link.
 */
export function safeLink(address: string): string | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
