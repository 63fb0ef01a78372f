import type { DataSource, EntityManager } from 'typeorm';
import type * as Prepared from './prepared-query';

/** The module loaded afresh: each test starts with no text named. */
function fresh(): typeof Prepared {
  let mod: typeof Prepared | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('./prepared-query') as typeof Prepared;
  });
  return mod!;
}

interface Sent {
  name?: string;
  text: string;
  values: unknown[];
}

/** A data source whose connections record what they are sent; `fail` answers a statement with an error instead. */
function fakeDataSource(fail: (q: Sent) => Error | null = () => null) {
  const sent: Sent[] = [];
  let released = 0;
  const client = {
    query: jest.fn(async (q: Sent) => {
      sent.push(q);
      const err = fail(q);
      if (err) throw err;
      return { rows: [{ text: q.text }], command: 'UPDATE', rowCount: 1 };
    }),
  };
  const ds = {
    logger: { logQuery: jest.fn(), logQueryError: jest.fn() },
    manager: {},
    createQueryRunner: () => {
      const runner = { connect: async () => client, release: async () => void released++, isTransactionActive: false, manager: {} as EntityManager };
      (runner.manager as { connection: unknown; queryRunner: unknown }) = { connection: ds, queryRunner: runner };
      return runner;
    },
  };
  /** A manager inside a transaction on its own connection. */
  const inTransaction = (): EntityManager => {
    const runner = { connect: async () => client, release: async () => void released++, isTransactionActive: true };
    return { connection: ds, queryRunner: runner } as unknown as EntityManager;
  };
  return { ds: ds as unknown as DataSource, sent, released: () => released, inTransaction };
}

const resultTypeChanged = () => Object.assign(new Error('cached plan must not change result type'), { code: '0A000' });

describe('queryPrepared', () => {
  it('runs a statement with parameters under the name it is given, and answers rows whatever the command', async () => {
    const { queryPrepared } = fresh();
    const { ds, sent, released } = fakeDataSource();
    expect(await queryPrepared(ds, 'UPDATE t SET x = $1', [1], 'cc_t_update')).toEqual([{ text: 'UPDATE t SET x = $1' }]);
    expect(sent).toEqual([{ name: 'cc_t_update', text: 'UPDATE t SET x = $1', values: [1] }]);
    expect(released()).toBe(1);
  });

  it('does not count statements given a name against MAX_PREPARED_TEXTS', async () => {
    const { queryPrepared, MAX_PREPARED_TEXTS } = fresh();
    const { ds, sent } = fakeDataSource();
    for (let i = 0; i <= MAX_PREPARED_TEXTS; i++) await queryPrepared(ds, `SELECT ${i}`);
    await queryPrepared(ds, 'SELECT $1', [1], 'cc_fixed');
    expect(sent.map((q) => q.name)).toEqual([...Array.from({ length: MAX_PREPARED_TEXTS }, (_, i) => `cc_prepared_${i}`), undefined, 'cc_fixed']);
  });

  it('refuses a name given two texts: node-postgres would fail only on the connections that prepared the first', async () => {
    const { queryPrepared } = fresh();
    const { ds, sent } = fakeDataSource();
    await queryPrepared(ds, 'SELECT 1', [], 'cc_one');
    await expect(queryPrepared(ds, 'SELECT 2', [], 'cc_one')).rejects.toThrow(/cc_one was given two texts/);
    expect(sent).toHaveLength(1);
  });

  it('in a transaction, runs on its connection, keeps it, and fails on a changed result type; the text runs unnamed after', async () => {
    const { queryPrepared } = fresh();
    let changed = true;
    const { sent, released, inTransaction } = fakeDataSource((q) => (q.name && changed ? resultTypeChanged() : null));
    const em = inTransaction();
    await expect(queryPrepared(em, 'SELECT a FROM t WHERE id = $1', [7], 'cc_t')).rejects.toMatchObject({ name: 'QueryFailedError', code: '0A000' });
    changed = false;
    expect(await queryPrepared(em, 'SELECT a FROM t WHERE id = $1', [7], 'cc_t')).toEqual([{ text: 'SELECT a FROM t WHERE id = $1' }]);
    expect(sent.map((q) => q.name)).toEqual(['cc_t', undefined]);
    expect(released()).toBe(0);
  });

  it('outside a transaction, answers a changed result type by running the text unnamed on the same connection', async () => {
    const { queryPrepared } = fresh();
    const { ds, sent, released } = fakeDataSource((q) => (q.name ? resultTypeChanged() : null));
    expect(await queryPrepared(ds, 'SELECT a FROM t WHERE id = $1', [7], 'cc_t')).toEqual([{ text: 'SELECT a FROM t WHERE id = $1' }]);
    expect(sent.map((q) => [q.name, q.values])).toEqual([
      ['cc_t', [7]],
      [undefined, [7]],
    ]);
    expect(released()).toBe(1);
  });
});

describe('transactionPrepared', () => {
  const fakeTransactions = (fail: unknown[]) => {
    const ds = { transaction: jest.fn(async (work: (em: EntityManager) => Promise<unknown>) => (fail.length ? Promise.reject(fail.shift()) : work({} as EntityManager))) };
    return ds as unknown as DataSource & { transaction: jest.Mock };
  };

  it('runs the work once more after a changed result type, and only then', async () => {
    const { transactionPrepared } = fresh();
    const retried = fakeTransactions([resultTypeChanged()]);
    expect(await transactionPrepared(retried, async () => 'done')).toBe('done');
    expect(retried.transaction).toHaveBeenCalledTimes(2);
    const other = fakeTransactions([Object.assign(new Error('duplicate key'), { code: '23505' })]);
    await expect(transactionPrepared(other, async () => 'done')).rejects.toThrow('duplicate key');
    expect(other.transaction).toHaveBeenCalledTimes(1);
  });
});
