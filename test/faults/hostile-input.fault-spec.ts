import fc from 'fast-check';
import { Agent, request } from 'node:http';
import { adminClient, Q, userWithRole } from '../support/factories';
import { eventually, Stack } from '../support/stack';
import { invariantViolations, queuedClaimsMissingFromQueue, seedQueuedClaims } from './support/checks';
import { PgServer, RedisServer } from './support/servers';

// FAULT_FUZZ_RUNS shrinks the run for a quick local check; the suite runs 500 batches.
const RUNS = Number(process.env['FAULT_FUZZ_RUNS'] ?? 500);
const BATCH = 20; // 500 × 20 = 10,000 generated requests, 20 in flight at a time

// ---- generators ---------------------------------------------------------------------------------

/** A huge string, expanded only when sent, so a counterexample prints as Huge(n) and not as megabytes. */
class Huge {
  constructor(readonly length: number) {}
  toJSON(): string {
    return 'Inflation rose. '.repeat(Math.ceil(this.length / 16)).slice(0, this.length);
  }
  [fc.toStringMethod](): string {
    return `Huge(${this.length})`;
  }
}

const CONTROL = [...'\u0000\u0001\u0007\b\t\n\v\f\r\u001b\u007f\u0085\u00a0\u200b\u2028\u2029\ufeff'];
const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...CONTROL), maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', 'a\udfffb', '\udbff\udfff', '\uffff', '\u{10ffff}') },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', '\t\n', 'null', 'undefined', '{}', "'; DROP TABLE claims; --", '%s%n', '../../etc/passwd', '<script>alert(1)</script>') },
  { weight: 2, arbitrary: fc.oneof(fc.emailAddress(), fc.webUrl(), fc.uuid(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())) },
  // Huge strings, rarely (they are slow to send): around and past the 1 MB article limit and the request body limit.
  { weight: 1, arbitrary: fc.constantFrom(10_000, 100_000, 1_048_577, 3_000_000).map((n) => new Huge(n)) },
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31), 2 ** 31 - 1, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, -0, 1e-308),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const anyValue = fc.oneof({ weight: 6, arbitrary: hostileString }, { weight: 2, arbitrary: wrongType }, { weight: 1, arbitrary: fc.constant(undefined) });
const maybe = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof(valid, anyValue);

interface Pools {
  claims: string[];
  assignments: string[];
}
const fromPool = (pool: string[]): fc.Arbitrary<string | undefined> => fc.nat().map((i) => (pool.length ? pool[i % pool.length] : undefined));
const ratings = fc.constantFrom('TRUE', 'MOSTLY_TRUE', 'HALF_TRUE', 'MOSTLY_FALSE', 'FALSE', 'MISLEADING', 'UNVERIFIABLE');
const source = fc.record({ url: maybe(fc.webUrl()), title: anyValue, publisher: anyValue, excerpt: anyValue }, { requiredKeys: ['url'] });

interface Call {
  op: string;
  query: string;
  variables: Record<string, unknown>;
  token: 'admin' | 'reviewer' | 'none' | 'garbage';
  rawBytes: number[] | null;
}

function calls(p: Pools): fc.Arbitrary<Omit<Call, 'token' | 'rawBytes'>> {
  const claimId = fc.oneof(fromPool(p.claims), anyValue);
  const assignmentId = fc.oneof(fromPool(p.assignments), anyValue);
  return fc.oneof(
    fc.record({ email: anyValue, password: anyValue }).map((v) => ({ op: 'login', query: Q.login, variables: v })),
    fc
      .record({ email: maybe(fc.emailAddress()), name: anyValue, password: maybe(fc.string({ minLength: 10, maxLength: 72 })), role: maybe(fc.constantFrom('ADMIN', 'EDITOR', 'REVIEWER')) })
      .map((input) => ({ op: 'createUser', query: Q.createUser, variables: { input } })),
    fc
      .record({ title: anyValue, body: maybe(fc.lorem({ maxCount: 30 })), url: maybe(fc.webUrl()), source: anyValue, publishedAt: maybe(fc.date({ noInvalidDate: true }).map((d) => d.toISOString())) })
      .map((input) => ({ op: 'submitArticle', query: Q.submitArticle, variables: { input } })),
    fc.constant({ op: 'takeNextClaim', query: `mutation { takeNextClaim { id claim { id } } }`, variables: {} }),
    assignmentId.map((id) => ({ op: 'renewLease', query: `mutation($id: ID!) { renewLease(assignmentId: $id) { id expiresAt } }`, variables: { id } })),
    fc.record({ id: assignmentId, reason: anyValue }).map((v) => ({ op: 'skipClaim', query: `mutation($id: ID!, $reason: String) { skipClaim(assignmentId: $id, reason: $reason) { id } }`, variables: v })),
    fc
      .record({ assignmentId, rating: maybe(ratings), rationale: anyValue, sources: fc.oneof(fc.array(source, { maxLength: 4 }), anyValue) })
      .map((input) => ({ op: 'submitVerdict', query: Q.submitVerdict, variables: { input } })),
    claimId.map((id) => ({ op: 'queueClaim', query: `mutation($id: ID!) { queueClaim(id: $id) { id status } }`, variables: { id } })),
    claimId.map((id) => ({ op: 'dismissClaim', query: `mutation($id: ID!) { dismissClaim(id: $id) { id status } }`, variables: { id } })),
    fc
      .record({ first: anyValue, after: anyValue, filter: fc.oneof(fc.record({ status: anyValue, articleId: anyValue, minScore: anyValue, search: anyValue }), anyValue) })
      .map((v) => ({ op: 'claims', query: `query($first: Int!, $after: String, $filter: ClaimFilter) { claims(first: $first, after: $after, filter: $filter) { totalCount edges { cursor } } }`, variables: v })),
  );
}

function call(p: Pools): fc.Arbitrary<Call> {
  return fc
    .tuple(
      calls(p),
      fc.oneof({ weight: 10, arbitrary: fc.constant('admin' as const) }, fc.constantFrom('reviewer' as const, 'none' as const, 'garbage' as const)),
      fc.option(fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 6 }), { freq: 20 }),
    )
    .map(([c, token, rawBytes]) => ({ ...c, token, rawBytes }));
}

// ---- the run -------------------------------------------------------------------------------------

describe('fault: hostile input — 10,000 generated inputs to every mutation', () => {
  let pg: PgServer;
  let redis: RedisServer;
  const stack = new Stack();
  const pools: Pools = { claims: [], assignments: [] };
  const tokens: Record<Call['token'], string | undefined> = { admin: undefined, reviewer: undefined, none: undefined, garbage: 'Bearer eyJhbGciOiJub25lIn0.e30.' };
  // Connections are reused across the whole run: 10,000 requests, not 10,000 handshakes.
  const agent = new Agent({ keepAlive: true, maxSockets: BATCH });

  beforeAll(async () => {
    [pg, redis] = await Promise.all([new PgServer().init(), RedisServer.start()]);
    // Rate limits are tested in hardening.e2e-spec; here they would refuse the generated inputs before they are read.
    await stack.start({ pgBaseUrl: pg.baseUrl, redisUrl: redis.url, worker: false, env: { RATE_LIMIT_MAX: '1000000' } });
    pools.claims.push(...(await seedQueuedClaims(stack.pg, 300)));
    stack.worker = stack.spawn('worker', 'apps/worker/src/main.js');
    await eventually(async () => (await queuedClaimsMissingFromQueue(stack)).length === 0, 30000, 'the seeded claims to be enqueued');
    tokens.admin = `Bearer ${(await adminClient(stack)).token}`;
    tokens.reviewer = `Bearer ${(await userWithRole(stack, 'REVIEWER')).client.token}`;
  });
  afterAll(async () => {
    agent.destroy();
    await stack.stop();
    await Promise.all([pg?.destroy(), redis?.destroy()]);
  });

  /** Sends one call; invalid UTF-8 bytes, when asked for, are spliced into the JSON body. */
  async function send(c: Call): Promise<{ status: number; body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } | null }> {
    const marker = '\u0001RAW\u0001';
    let json = JSON.stringify({ query: c.query, variables: c.rawBytes ? { ...c.variables, ...injectMarker(c.variables, marker) } : c.variables });
    let body: string | Buffer = json;
    if (c.rawBytes) {
      json = json.replace(JSON.stringify(marker).slice(1, -1), '\u0000SPLIT\u0000');
      const [a, b] = json.split('\u0000SPLIT\u0000');
      body = Buffer.concat([Buffer.from(a ?? ''), Buffer.from(c.rawBytes), Buffer.from(b ?? '')]);
    }
    const auth = tokens[c.token];
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(`${stack.url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    }).catch((err: Error) => {
      // A body over the server's limit may be cut off mid-upload after the 413: that is a refusal too.
      if (Buffer.byteLength(body) > 2 * 1024 * 1024) return { status: 413, text: '' };
      throw err;
    });
    try {
      return { status, body: JSON.parse(text) as never };
    } catch {
      return { status, body: null };
    }
  }

  it('never answers INTERNAL_SERVER_ERROR, and every refused request writes nothing', async () => {
    const seenArticles = new Set<string>();
    const codes = new Map<string, number>();
    let sent = 0;
    const tables = ['users', 'articles', 'verdicts', 'sources', 'review_assignments'] as const;
    // One round trip for all five counts.
    const counts = async (): Promise<Record<(typeof tables)[number], number>> => {
      const r = await stack.pg.query<Record<string, string>>(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`);
      return Object.fromEntries(tables.map((t) => [t, Number(r.rows[0]?.[t] ?? 0)])) as Record<(typeof tables)[number], number>;
    };

    await fc.assert(
      fc.asyncProperty(fc.array(call(pools), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const before = await counts();
        const results = await Promise.all(batch.map((c) => send(c)));
        sent += batch.length;
        const expected = { users: 0, articles: 0, verdicts: 0, sources: 0, review_assignments: 0 };
        for (const [i, r] of results.entries()) {
          const c = batch[i]!;
          // Refused at the HTTP level (e.g. 413 for a body over the limit) is fine; a 5xx is not.
          expect(r.status).toBeLessThan(500);
          for (const e of r.body?.errors ?? []) {
            const code = e.extensions?.code ?? 'none';
            codes.set(code, (codes.get(code) ?? 0) + 1);
            if (code === 'INTERNAL_SERVER_ERROR' || code === 'none') throw new Error(`${c.op} answered ${code}: ${JSON.stringify(r.body).slice(0, 500)}`);
          }
          const data = r.body?.data?.[c.op === 'claims' ? 'claims' : c.op] as { id?: string } | null | undefined;
          if (!data || r.body?.errors?.length) continue;
          // What a successful call wrote: the only writes the table counts may show.
          if (c.op === 'createUser') expected.users++;
          if (c.op === 'submitArticle' && data.id && !seenArticles.has(data.id)) {
            seenArticles.add(data.id);
            expected.articles++;
          }
          // A reviewer holds one claim at a time: a take while holding one returns it and writes no row.
          if (c.op === 'takeNextClaim' && data.id && !pools.assignments.includes(data.id)) {
            expected.review_assignments++;
            pools.assignments.push(data.id);
          }
          if (c.op === 'submitVerdict') {
            expected.verdicts++;
            expected.sources += ((c.variables['input'] as { sources: unknown[] }).sources ?? []).length;
          }
        }
        const after = await counts();
        for (const t of tables) expect({ table: t, delta: after[t] - before[t] }).toEqual({ table: t, delta: expected[t] });
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    console.log(`${sent} requests; error codes: ${JSON.stringify(Object.fromEntries(codes))}`);
    expect(sent).toBe(RUNS * BATCH);
    expect(await invariantViolations(stack.pg)).toEqual([]);
    expect(stack.api?.exitCode).toBeNull();
  }, 900000);
});

/** Replaces the first string variable (at any depth) with the marker, so raw bytes land inside a JSON string. */
function injectMarker(vars: Record<string, unknown>, marker: string): Record<string, unknown> {
  for (const [k, v] of Object.entries(vars)) {
    if (typeof v === 'string') return { [k]: `${v.slice(0, 10)}${marker}` };
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = injectMarker(v as Record<string, unknown>, marker);
      if (Object.keys(inner).length) return { [k]: { ...(v as Record<string, unknown>), ...inner } };
    }
  }
  return {};
}
