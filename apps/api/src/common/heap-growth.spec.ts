import { limitHeapGrowth } from './heap-growth';

/** The V8 flags limitHeapGrowth sets for a process started with `execArgv` (V8 cannot be asked for a flag's value). */
function flagsSetFor(execArgv: string[]): string[] {
  const set: string[] = [];
  limitHeapGrowth(execArgv, (flags) => set.push(flags));
  return set;
}

describe('limitHeapGrowth', () => {
  it('leaves a growth factor given on the command line alone', () => {
    expect(flagsSetFor(['--heap-growing-percent=100'])).toEqual([]);
    expect(flagsSetFor(['--expose-gc', '--heap_growing_percent', '50'])).toEqual([]);
  });

  it('sets its own otherwise, other node flags notwithstanding', () => {
    expect(flagsSetFor(['--expose-gc', '--max-old-space-size=512'])).toEqual(['--heap-growing-percent=30']);
    expect(flagsSetFor([])).toEqual(['--heap-growing-percent=30']);
  });
});
