import { FIRST_ID, readAhead, type Page } from './read-ahead';

/** Three pages of two letters; every step is logged so the order can be checked. */
function pages(log: string[], failRead?: string): (after: string) => Promise<Page<string[]>> {
  const book: Record<string, Page<string[]>> = {
    [FIRST_ID]: { value: ['a', 'b'], last: 'b' },
    b: { value: ['c', 'd'], last: 'd' },
    d: { value: ['e'], last: null },
  };
  return async (after) => {
    log.push(`read after ${after === FIRST_ID ? 'start' : after}`);
    await new Promise((r) => setImmediate(r));
    if (after === failRead) throw new Error(`read after ${after} failed`);
    return book[after]!;
  };
}

describe('readAhead', () => {
  it('handles every page once, in order, reading the next page before the current one is handled', async () => {
    const log: string[] = [];
    await readAhead(pages(log), async (value) => {
      log.push(`handle ${value.join('')}`);
      await new Promise((r) => setImmediate(r));
    });
    expect(log).toEqual(['read after start', 'read after b', 'handle ab', 'read after d', 'handle cd', 'handle e']);
  });

  it('stops at the first failed handle, and the read already in flight is not an unhandled rejection', async () => {
    const log: string[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(
        readAhead(pages(log, 'b'), async (value) => {
          log.push(`handle ${value.join('')}`);
          throw new Error('Redis is down');
        }),
      ).rejects.toThrow('Redis is down');
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(log).toEqual(['read after start', 'read after b', 'handle ab']);
    expect(unhandled).toEqual([]);
  });

  it('passes a failed read on to the caller', async () => {
    const handled: string[] = [];
    await expect(readAhead(pages([], 'd'), async (value) => void handled.push(value.join('')))).rejects.toThrow('read after d failed');
    // The page read before the failure is still handled: its read had succeeded.
    expect(handled).toEqual(['ab', 'cd']);
  });
});
