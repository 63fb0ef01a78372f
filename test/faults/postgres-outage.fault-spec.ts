import { Client } from 'pg';
import { Q, userWithRole, type TestUser } from '../support/factories';
import { eventually, sleep, Stack } from '../support/stack';
import { invariantViolations, queuedClaimsMissingFromQueue, seedQueuedClaims } from './support/checks';
import { reviewers, verdict } from './support/reviewers';
import { PgServer, RedisServer } from './support/servers';

interface Outcome {
  op: string;
  ok: boolean;
  code?: string;
  id?: string;
  at: number;
}

/**
 * Postgres goes away for 10 s while editors submit, reviewers review and
 * readers read. Requests fail with SERVICE_UNAVAILABLE (never an internal
 * error), nothing is half-written, and the service comes back by itself.
 */
describe('fault: Postgres stops for 10 s under load', () => {
  let pg: PgServer;
  let redis: RedisServer;
  const stack = new Stack();
  let editor: TestUser;
  let team: TestUser[];

  beforeAll(async () => {
    [pg, redis] = await Promise.all([new PgServer().init(), RedisServer.start()]);
    await stack.start({ pgBaseUrl: pg.baseUrl, redisUrl: redis.url, worker: false });
    await seedQueuedClaims(stack.pg, 300);
    // Seeded straight into Postgres: the worker's start-up reconciliation enqueues them.
    stack.worker = stack.spawn('worker', 'apps/worker/src/main.js');
    await eventually(async () => (await queuedClaimsMissingFromQueue(stack)).length === 0, 30000, 'the seeded claims to be enqueued');
    editor = await userWithRole(stack, 'EDITOR');
    team = await reviewers(stack, 6);
  });
  afterAll(async () => {
    await stack.stop();
    await Promise.all([pg?.destroy(), redis?.destroy()]);
  });

  it('fails clearly while it is away, writes nothing by halves, and recovers on its own', async () => {
    const outcomes: Outcome[] = [];
    let stop = false;
    let n = 0;
    const record = (op: string, r: { data: unknown; errors?: { extensions?: { code?: string } }[] }, id?: string): boolean => {
      const ok = !r.errors?.length && r.data !== null;
      outcomes.push({ op, ok, code: r.errors?.[0]?.extensions?.code, id, at: Date.now() });
      return ok;
    };

    const submitter = async (): Promise<void> => {
      while (!stop) {
        const body = `The agency said unemployment fell to ${++n}.${Date.now() % 1000} percent in the quarter ending in ${Math.random()}.`;
        const r = await editor.client.raw<{ submitArticle: { id: string } }>(Q.submitArticle, { input: { title: `Outage ${n}`, body } });
        record('submitArticle', r, r.data?.submitArticle?.id);
        await sleep(100);
      }
    };
    const reviewer = async (r: TestUser): Promise<void> => {
      while (!stop) {
        const t = await r.client.raw<{ takeNextClaim: { id: string } | null }>(`mutation { takeNextClaim { id claim { id } } }`);
        if (!record('takeNextClaim', t) || !t.data?.takeNextClaim) {
          await sleep(200);
          continue;
        }
        // A real client retries a verdict that met an outage, on the same lease.
        for (;;) {
          const v = await verdict(r, t.data.takeNextClaim.id);
          record('submitVerdict', v, v.data?.submitVerdict?.id);
          if (v.data || v.errors?.[0]?.extensions?.code !== 'SERVICE_UNAVAILABLE') break;
          await sleep(300);
        }
      }
    };
    const reader = async (): Promise<void> => {
      while (!stop) {
        record('claims', await editor.client.raw(`query { claims(first: 5) { totalCount edges { node { id status } } } }`));
        await sleep(100);
      }
    };

    const load = Promise.all([submitter(), submitter(), ...team.map(reviewer), reader()]);
    await sleep(3000);
    await stack.pg.end();
    const downAt = Date.now();
    await pg.stop('fast');
    await sleep(10000);
    await pg.start();
    const upAt = Date.now();
    // The service must find its feet without help: keep the load on and wait for writes to succeed again.
    await eventually(async () => outcomes.some((o) => o.op === 'submitArticle' && o.ok && o.at > upAt), 30000, 'a submitArticle to succeed after Postgres is back');
    await eventually(async () => outcomes.some((o) => o.op === 'submitVerdict' && o.ok && o.at > upAt), 30000, 'a verdict to succeed after Postgres is back');
    stop = true;
    await load;

    expect(stack.api?.exitCode).toBeNull();
    expect(stack.worker?.exitCode).toBeNull();
    const during = outcomes.filter((o) => o.at > downAt && o.at < upAt);
    const codes = new Set(outcomes.filter((o) => !o.ok).map((o) => o.code));
    // Requests during the outage failed, and said why.
    expect(during.some((o) => !o.ok && o.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    expect([...codes].filter((c) => c !== 'SERVICE_UNAVAILABLE' && c !== 'CONFLICT')).toEqual([]);

    stack.pg = new Client({ connectionString: stack.databaseUrl });
    await stack.pg.connect();
    // Every acknowledged write is there; every acknowledged article gets extracted.
    const articles = outcomes.filter((o) => o.op === 'submitArticle' && o.ok).map((o) => o.id!);
    const verdicts = outcomes.filter((o) => o.op === 'submitVerdict' && o.ok).map((o) => o.id!);
    expect(articles.length).toBeGreaterThan(5);
    expect(verdicts.length).toBeGreaterThan(5);
    expect(await stack.count('verdicts', 'id = ANY($1)', [verdicts])).toBe(new Set(verdicts).size);
    expect(await stack.count('articles', 'id = ANY($1)', [articles])).toBe(new Set(articles).size);
    await eventually(async () => (await stack.count('articles', `status IN ('PENDING', 'EXTRACTING')`)) === 0, 90000, 'every article to be extracted');
    expect(await stack.count('articles', `status = 'FAILED'`)).toBe(0);
    // Leases cut off by failed verdicts are all either still held or ended, never half-ended.
    expect(await invariantViolations(stack.pg)).toEqual([]);
    await eventually(async () => (await queuedClaimsMissingFromQueue(stack)).length === 0, 60000, 'every QUEUED claim to be in the queue');
    const ready = await fetch(`${stack.url}/health/ready`);
    expect(ready.status).toBe(200);
  });
});
