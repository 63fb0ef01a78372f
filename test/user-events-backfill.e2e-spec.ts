import { join } from 'node:path';
import type { MigrationInterface } from 'typeorm';
import type { createDataSource as CreateDataSource } from '../libs/persistence/src/data-source';
import { adminClient, userWithRole } from './support/factories';
import type { GqlClient } from './support/gql-client';
import { Stack } from './support/stack';

// The built modules, as migrate.js runs them (the persistence index pulls in NestJS, which jest cannot load).
/* eslint-disable @typescript-eslint/no-require-imports */
const dist = join(__dirname, '..', 'dist', 'libs', 'persistence', 'src');
const { createDataSource } = require(join(dist, 'data-source.js')) as { createDataSource: typeof CreateDataSource };
const { BackfillUserCreatedEvents1795924437701: Backfill } = require(join(dist, 'migrations', '1795924437701-BackfillUserCreatedEvents.js')) as {
  BackfillUserCreatedEvents1795924437701: new () => MigrationInterface;
};
/* eslint-enable @typescript-eslint/no-require-imports */

interface EventRow {
  type: string;
  actor_id: string | null;
  data: Record<string, unknown> | null;
  at: Date;
}

/** Accounts made before user_events existed have rows in users and none in user_events: the backfill gives them their CREATED. */
describe('migration BackfillUserCreatedEvents: accounts older than the audit get their CREATED event', () => {
  const stack = new Stack();
  let admin: GqlClient;

  beforeAll(async () => {
    await stack.start({ worker: false });
    admin = await adminClient(stack);
  });
  afterAll(async () => {
    await stack.stop();
  });

  /** A users row as it was before the audit: written straight into the table, with no event. */
  async function preAuditUser(name: string, role: string, createdAt: string): Promise<{ id: string; email: string; createdAt: Date }> {
    const email = `${name.toLowerCase().replace(/\W/g, '-')}-${stack.id}@test.local`;
    const r = await stack.pg.query<{ id: string; created_at: Date }>(
      `INSERT INTO users (email, name, password_hash, role, created_at) VALUES ($1, $2, 'not-a-hash', $3, $4) RETURNING id, created_at`,
      [email, name, role, createdAt],
    );
    return { id: r.rows[0]!.id, email, createdAt: r.rows[0]!.created_at };
  }
  const events = async (userId: string): Promise<EventRow[]> =>
    (await stack.pg.query<EventRow>(`SELECT type, actor_id, data, at FROM user_events WHERE user_id = $1 ORDER BY id`, [userId])).rows;
  async function migrate(): Promise<void> {
    const ds = createDataSource(stack.databaseUrl, 1);
    await ds.initialize();
    const runner = ds.createQueryRunner();
    try {
      await new Backfill().up(runner);
    } finally {
      await runner.release();
      await ds.destroy();
    }
  }

  it('adds one CREATED per account without one: at its created_at, actor null, its email, name and role as when the audit began; nothing else changes', async () => {
    const old = await preAuditUser('Olga Old', 'REVIEWER', '2021-03-04T05:06:07.123456Z');
    // Created as an editor before the audit, renamed and demoted since through the api: the audit has that change.
    const changed = await preAuditUser('Carl Before', 'EDITOR', '2022-01-02T03:04:05Z');
    await admin.ok(`mutation($id: ID!) { updateUser(id: $id, input: { name: "Carl After", role: REVIEWER }) { id } }`, { id: changed.id });
    const recent = await userWithRole(stack, 'EDITOR');
    const adminId = (await admin.ok<{ me: { id: string } }>(`query { me { id } }`)).me.id;
    const before = { recent: await events(recent.id), admin: await events(adminId), changed: await events(changed.id) };
    expect(await events(old.id)).toEqual([]);

    await migrate();

    expect(await events(old.id)).toEqual([{ type: 'CREATED', actor_id: null, data: { email: old.email, name: 'Olga Old', role: 'REVIEWER' }, at: old.createdAt }]);
    // Its CREATED says what the UPDATED event's `before` says: the history reads without a jump.
    expect(await events(changed.id)).toEqual([...before.changed, { type: 'CREATED', actor_id: null, data: { email: changed.email, name: 'Carl Before', role: 'EDITOR' }, at: changed.createdAt }]);
    // Microseconds kept: the event is at the very instant the row was created.
    expect((await stack.pg.query(`SELECT 1 FROM user_events e JOIN users u ON u.id = e.user_id WHERE e.user_id = $1 AND e.type = 'CREATED' AND e.at = u.created_at`, [old.id])).rowCount).toBe(1);
    // Accounts with their CREATED already are left as they were.
    expect(await events(recent.id)).toEqual(before.recent);
    expect(await events(adminId)).toEqual(before.admin);
    const perUser = await stack.pg.query<{ n: string }>(`SELECT count(*) AS n FROM users u WHERE (SELECT count(*) FROM user_events e WHERE e.user_id = u.id AND e.type = 'CREATED') <> 1`);
    expect(perUser.rows[0]!.n).toBe('0');

    // Run again, it adds nothing.
    const total = await stack.count('user_events');
    await migrate();
    expect(await stack.count('user_events')).toBe(total);

    // Admins read it first in User.events, with no actor, though its id is the newest.
    const { users } = await admin.ok<{ users: { id: string; createdAt: string; events: { type: string; actor: { id: string } | null; at: string; data: unknown }[] }[] }>(
      `query { users(includeDeactivated: true) { id createdAt events { type actor { id } at data } } }`,
    );
    const read = (id: string) => users.find((u) => u.id === id)!;
    expect(read(old.id).events).toEqual([{ type: 'CREATED', actor: null, at: read(old.id).createdAt, data: { email: old.email, name: 'Olga Old', role: 'REVIEWER' } }]);
    expect(read(changed.id).events.map((e) => [e.type, e.actor?.id ?? null])).toEqual([
      ['CREATED', null],
      ['UPDATED', adminId],
    ]);
  });
});
