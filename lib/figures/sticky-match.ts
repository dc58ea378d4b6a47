/** Where a sticky pattern's match starting at `at` ends, or -1 when it does not match there. */
export function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}
