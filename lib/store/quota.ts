/** A full disk surfaces as QuotaExceededError, possibly wrapped by Dexie. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error; current; current = (current as { inner?: unknown }).inner) {
    const name = (current as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
  }
  return false;
}
