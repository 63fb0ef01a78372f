import { join } from 'node:path';
import type { createDataSource as CreateDataSource } from '../libs/persistence/src/data-source';
import type * as Prepared from '../libs/persistence/src/prepared-query';
import { Stack } from './support/stack';

// The built module, as the api and the worker run it (the persistence index pulls in NestJS, which jest cannot load).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDataSource } = require(join(__dirname, '..', 'dist', 'libs', 'persistence', 'src', 'data-source.js')) as { createDataSource: typeof CreateDataSource };
/** The built prepared-query module, loaded afresh: each test starts with no text named. */
function freshPrepared(): typeof Prepared {
  let mod: typeof Prepared | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(join(__dirname, '..', 'dist', 'libs', 'persistence', 'src', 'prepared-query.js')) as typeof Prepared;
  });
  return mod!;
}

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

  // A claims page without filters is a statement without parameters, parsed and planned once per connection (change 24).
  it('runs a statement without parameters as a named one, the same rows every time, for at most MAX_PREPARED_TEXTS texts', async () => {
    const { MAX_PREPARED_TEXTS, queryPrepared } = freshPrepared();
    const ds = createDataSource(stack.databaseUrl, 1);
    await ds.initialize();
    try {
      const prepared = async (): Promise<string[]> => (await ds.query<{ statement: string }[]>('SELECT statement FROM pg_prepared_statements ORDER BY prepare_time')).map((r) => r.statement);
      const sql = "SELECT n, 'x' || n AS label FROM generate_series(1, 3) n ORDER BY n";
      const unnamed = await ds.query<unknown[]>(sql);
      expect(await queryPrepared(ds, sql)).toEqual(unnamed);
      expect(await queryPrepared(ds, sql)).toEqual(unnamed);
      expect(await prepared()).toEqual([sql]);
      // A failing statement fails as ds.query does, and the connection goes on serving.
      const failing = 'SELECT 1 / 0';
      await expect(queryPrepared(ds, failing)).rejects.toThrow(/division by zero/);
      await expect(queryPrepared(ds, failing)).rejects.toMatchObject({ name: 'QueryFailedError' });
      expect(await queryPrepared(ds, sql)).toEqual(unnamed);
      // Past the cap, texts still run, unnamed: Postgres keeps no more of them.
      const texts = Array.from({ length: MAX_PREPARED_TEXTS + 3 }, (_, i) => `SELECT ${i} AS i`);
      for (const [i, text] of texts.entries()) expect(await queryPrepared(ds, text)).toEqual([{ i }]);
      const kept = await prepared();
      expect(kept).toHaveLength(MAX_PREPARED_TEXTS);
      expect(kept).toEqual([sql, failing, ...texts.slice(0, MAX_PREPARED_TEXTS - 2)]);
    } finally {
      await ds.destroy();
    }
  });

  it('runs a prepared text unnamed once a migration changed the type of a column it returns, instead of failing', async () => {
    const { queryPrepared } = freshPrepared();
    const ds = createDataSource(stack.databaseUrl, 1);
    await ds.initialize();
    try {
      await ds.query('CREATE TABLE prepared_probe (n integer)');
      await ds.query('INSERT INTO prepared_probe VALUES (1), (2)');
      const sql = 'SELECT n FROM prepared_probe ORDER BY n';
      expect(await queryPrepared(ds, sql)).toEqual([{ n: 1 }, { n: 2 }]);
      expect((await ds.query<unknown[]>('SELECT 1 FROM pg_prepared_statements')).length).toBe(1);
      await ds.query('ALTER TABLE prepared_probe ALTER COLUMN n TYPE text');
      expect(await queryPrepared(ds, sql)).toEqual([{ n: '1' }, { n: '2' }]);
      expect(await queryPrepared(ds, sql)).toEqual([{ n: '1' }, { n: '2' }]);
    } finally {
      await ds.query('DROP TABLE IF EXISTS prepared_probe');
      await ds.destroy();
    }
  });
});
