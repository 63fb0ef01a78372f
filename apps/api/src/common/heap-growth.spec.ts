import { limitHeapGrowth } from './heap-growth';

describe('limitHeapGrowth', () => {
  it('leaves a growth factor given on the command line alone', () => {
    expect(limitHeapGrowth(['--heap-growing-percent=100'])).toBe(false);
    expect(limitHeapGrowth(['--expose-gc', '--heap_growing_percent', '50'])).toBe(false);
  });

  it('sets its own otherwise, other node flags notwithstanding', () => {
    expect(limitHeapGrowth(['--expose-gc', '--max-old-space-size=512'])).toBe(true);
    expect(limitHeapGrowth([])).toBe(true);
  });
});
