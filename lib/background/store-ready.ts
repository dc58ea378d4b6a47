/** Resolves once the store may be used: at once, or when a new install's first facts are written. */
export type StoreReady = () => Promise<unknown>;

/** The store of a background that seeds nothing: ready at once. */
export const storeAlwaysReady: StoreReady = async () => {};

/** Runs a store handler only once the store is ready, so a new install's first reads see its first facts. */
export function afterStoreReady<A extends unknown[], R>(
  storeReady: StoreReady,
  handler: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    await storeReady();
    return handler(...args);
  };
}
