/** Builders of values not built yet: matchers and tables that are costly to compile. */
const pending = new Set<() => unknown>();

/**
 * A value built at its first use instead of when its module loads. A content script's evaluation is one task of
 * the page: the gazetteer matchers and word tables compiled there made it long. `buildDeferred` builds every
 * value not built yet, in slices, before a scan needs them.
 */
export function deferred<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  const get = (): T => {
    if (!built) {
      value = build();
      built = true;
      pending.delete(get);
    }
    return value;
  };
  pending.add(get);
  return get;
}

/** Builds the deferred values not built yet, calling `checkpoint` after each (a scan slice yields there). */
export async function buildDeferred(checkpoint: () => Promise<void>): Promise<void> {
  for (const get of [...pending]) {
    get();
    await checkpoint();
  }
}
