import DataLoader from 'dataloader';

/**
 * A loader's cache that also keeps each value once its promise has settled, so
 * that a field resolver can answer with a value already in hand (`loadNow`):
 * a claims page primes its articles, verdicts and sources, and ~60 field calls
 * per page then each made a `load` promise for them, which graphql-jit awaits.
 */
class SettledCache<V> implements DataLoader.CacheMap<string, Promise<V>> {
  private readonly promises = new Map<string, Promise<V>>();
  readonly values = new Map<string, V>();

  get(key: string): Promise<V> | undefined {
    return this.promises.get(key);
  }

  set(key: string, promise: Promise<V>): void {
    this.promises.set(key, promise);
    // A failed load is dropped from the cache by DataLoader itself (delete); only what the cache still holds is kept.
    promise.then(
      (value) => {
        if (this.promises.get(key) === promise) this.values.set(key, value);
      },
      () => undefined,
    );
  }

  delete(key: string): void {
    this.promises.delete(key);
    this.values.delete(key);
  }

  clear(): void {
    this.promises.clear();
    this.values.clear();
  }
}

const settledCaches = new WeakMap<object, SettledCache<unknown>>();

/**
 * A DataLoader over `batch`; with `cache` (the default) its cache is a
 * SettledCache that `loadNow` reads. Without one (a subscription's loaders,
 * which must read fresh rows) it keeps nothing and `loadNow` always loads.
 */
export function settledLoader<V>(batch: DataLoader.BatchLoadFn<string, V>, opts: { cache?: boolean }): DataLoader<string, V> {
  if (opts.cache === false) return new DataLoader(batch, { cache: false });
  const cacheMap = new SettledCache<V>();
  const loader = new DataLoader(batch, { cacheMap });
  settledCaches.set(loader, cacheMap as SettledCache<unknown>);
  return loader;
}

/**
 * What `loader.load(key)` resolves to, as a value when the loader already
 * holds it (primed, or loaded earlier in the request), as its promise
 * otherwise: the same answer, without a promise for graphql-jit to wait on.
 */
export function loadNow<V>(loader: DataLoader<string, V>, key: string): V | Promise<V> {
  const values = settledCaches.get(loader)?.values;
  return values?.has(key) ? (values.get(key) as V) : loader.load(key);
}

/** `f` of a value, or of a promise's value once it comes: keeps a value in hand off the promise path. */
export function thenNow<T, R>(value: T | Promise<T>, f: (v: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}
