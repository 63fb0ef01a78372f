import { loadNow, settledLoader, thenNow } from './settled-cache';

interface Article {
  id: string;
  title: string;
}

const article: Article = { id: 'a1', title: 'A title' };
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

/** A loader whose every read fails (what it holds then comes from priming alone), counting its batches. */
function failingLoader(cache?: boolean) {
  const batches: string[][] = [];
  const loader = settledLoader<Article | null>(async (ids) => {
    batches.push([...ids]);
    throw new Error('no database here');
  }, cache === undefined ? {} : { cache });
  return { loader, batches };
}

describe('loadNow', () => {
  it('answers with the value itself once the loader holds it (primed), the same value load() gives', async () => {
    const { loader, batches } = failingLoader();
    loader.prime('a1', article);
    await tick();
    const now = loadNow(loader, 'a1');
    expect(now).not.toBeInstanceOf(Promise);
    expect(now).toBe(article);
    await expect(loader.load('a1')).resolves.toBe(article);
    // A primed "not found" is a value too.
    loader.prime('missing', null);
    await tick();
    expect(loadNow(loader, 'missing')).toBeNull();
    expect(batches).toEqual([]);
  });

  it('is the load promise while the loader does not hold the value, and keeps no failure', async () => {
    const { loader, batches } = failingLoader();
    const first = loadNow(loader, 'a1');
    expect(first).toBeInstanceOf(Promise);
    await expect(first).rejects.toThrow('no database here');
    await tick();
    const again = loadNow(loader, 'a1');
    expect(again).toBeInstanceOf(Promise);
    await expect(again).rejects.toThrow('no database here');
    expect(batches).toEqual([['a1'], ['a1']]);
  });

  it('forgets a value the loader forgets', async () => {
    const { loader } = failingLoader();
    loader.prime('a1', article);
    await tick();
    loader.clear('a1');
    const after = loadNow(loader, 'a1');
    expect(after).toBeInstanceOf(Promise);
    await expect(after).rejects.toThrow('no database here');
  });

  it('never answers from a loader without a cache (a subscription must read fresh rows)', async () => {
    const { loader } = failingLoader(false);
    loader.prime('a1', article);
    await tick();
    const now = loadNow(loader, 'a1');
    expect(now).toBeInstanceOf(Promise);
    await expect(now).rejects.toThrow('no database here');
  });
});

describe('thenNow', () => {
  it('maps a value at once and a promise when it settles', async () => {
    expect(thenNow(2, (n: number) => n * 3)).toBe(6);
    await expect(thenNow(Promise.resolve(2), (n: number) => n * 3)).resolves.toBe(6);
  });
});
