import { join } from 'node:path';
import type { createDataSource as CreateDataSource } from '../libs/persistence/src/data-source';
import { Stack } from './support/stack';

// The built module, as the api and the worker run it (the persistence index pulls in NestJS, which jest cannot load).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDataSource } = require(join(__dirname, '..', 'dist', 'libs', 'persistence', 'src', 'data-source.js')) as { createDataSource: typeof CreateDataSource };

describe('data source: how the api and the worker talk to Postgres', () => {
  const stack = new Stack();
  beforeAll(async () => {
    await stack.start({ worker: false });
  });
  afterAll(async () => {
    await stack.stop();
  });

  // JIT starts at a planner cost, not a run time: a 21-row claims page estimated past jit_above_cost on stale
  // statistics spent 14.5 ms compiling to run 0.9 ms (docs/benchmarks.md, change 18).
  it('every connection of the pool runs with JIT off, whatever the server default is', async () => {
    expect((await stack.pg.query<{ jit: string }>('SHOW jit')).rows[0]!.jit).toBe('on');
    const ds = createDataSource(stack.databaseUrl, 3);
    await ds.initialize();
    try {
      // Three at once: each is a connection of its own, not the first one reused.
      const rows = await Promise.all([0, 1, 2].map(() => ds.transaction((em) => em.query<{ jit: string; pid: number }[]>('SELECT current_setting($1) AS jit, pg_backend_pid() AS pid', ['jit']))));
      expect(new Set(rows.map((r) => r[0]!.pid)).size).toBe(3);
      expect(rows.map((r) => r[0]!.jit)).toEqual(['off', 'off', 'off']);
    } finally {
      await ds.destroy();
    }
  });
});
