import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { ACCESS, allowed, ROLE_NAMES, SCOPE_NAMES, type Caller } from './support/access-table';
import { adminClient, userWithRole } from './support/factories';
import type { GqlClient } from './support/gql-client';
import { operationsOf } from './support/operation-generator';
import { ADMIN, Stack } from './support/stack';

const DENIED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
const ZERO_ID = '00000000-0000-4000-8000-000000000000';

describe('access matrix: every role and every scope against every operation', () => {
  const stack = new Stack();
  const callers: { caller: Caller; label: string; token?: string }[] = [{ caller: { kind: 'anonymous' }, label: 'anonymous' }];

  beforeAll(async () => {
    await stack.start();
    const admin = await adminClient(stack);
    callers.push({ caller: { kind: 'user', role: 'ADMIN' }, label: 'ADMIN', token: admin.token });
    for (const role of ROLE_NAMES.filter((r) => r !== 'ADMIN')) {
      const u = await userWithRole(stack, role);
      callers.push({ caller: { kind: 'user', role }, label: role, token: u.client.token });
    }
    // Signed in as an ADMIN, then demoted: the token is the same, the access is the current role's.
    const demoted = await userWithRole(stack, 'ADMIN');
    await admin.ok(`mutation($id: ID!) { updateUser(id: $id, input: { role: EDITOR }) { role } }`, { id: demoted.id });
    callers.push({ caller: { kind: 'user', role: 'EDITOR' }, label: 'EDITOR (signed in as ADMIN, then demoted)', token: demoted.client.token });
    for (const scope of SCOPE_NAMES) {
      const r = await admin.ok<{ createApiKey: { key: string } }>(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`, { input: { name: `only ${scope}`, scopes: [scope] } });
      callers.push({ caller: { kind: 'key', scope }, label: `key with ${scope}`, token: r.createApiKey.key });
    }
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('lists every GraphQL operation and REST route of the running api in the access table', async () => {
    const introspection = await stack.gql().ok<IntrospectionQuery>(getIntrospectionQuery());
    const served = operationsOf(introspection).map((o) => o.key);
    const listed = Object.keys(ACCESS).filter((k) => k.startsWith('Query.') || k.startsWith('Mutation.'));
    expect(served.filter((k) => !ACCESS[k])).toEqual([]);
    expect(listed.filter((k) => !served.includes(k))).toEqual([]);
    // Nest logs each REST route it maps: the router's own list.
    const log = readFileSync(join(__dirname, 'artifacts', 'logs', `${stack.id}-api.log`), 'utf8');
    const routes = [...log.matchAll(/Mapped \{([^,]+), (\w+)\} route/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((r) => !ACCESS[r])).toEqual([]);
    expect(Object.keys(ACCESS).filter((k) => /^[A-Z]+ \//.test(k) && !routes.includes(k))).toEqual([]);
  });

  it('admits and refuses exactly as the table says, for GraphQL operations', async () => {
    const introspection = await stack.gql().ok<IntrospectionQuery>(getIntrospectionQuery());
    const wrong: string[] = [];
    let checked = 0;
    for (const op of operationsOf(introspection)) {
      const access = ACCESS[op.key];
      if (!access) continue; // reported by the test above
      // login needs real credentials to tell "let in" from "wrong password".
      const variables = op.key === 'Mutation.login' ? ADMIN : op.variables;
      for (const c of callers) {
        const client: GqlClient = stack.gql(c.token);
        const r = await client.raw(op.query, variables);
        const code = r.errors?.[0]?.extensions?.code;
        if (code === 'INTERNAL_SERVER_ERROR' || code === 'RATE_LIMITED') wrong.push(`${op.key} as ${c.label}: ${code}`);
        const admitted = !(code && DENIED.has(code));
        if (admitted !== allowed(access, c.caller)) wrong.push(`${op.key} as ${c.label}: ${admitted ? 'admitted' : `refused (${code})`}, table says ${admitted ? 'refuse' : 'admit'}`);
        checked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(20 * callers.length);
  });

  it('admits and refuses exactly as the table says, for REST routes', async () => {
    const requests: Record<string, { path: string; init?: RequestInit }> = {
      'POST /graphql': { path: '/graphql', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' } },
      'GET /health/live': { path: '/health/live' },
      'GET /health/ready': { path: '/health/ready' },
      'GET /metrics': { path: '/metrics' },
      'POST /ingest/articles': { path: '/ingest/articles', init: { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: '{"title":"Matrix","body":"Inflation rose 3 percent in May."}\n' } },
      'GET /claims/:id/claimreview.json': { path: `/claims/${ZERO_ID}/claimreview.json` },
      'GET /feeds/claimreview.json': { path: '/feeds/claimreview.json' },
      'GET /feeds/claimreview-withdrawals.json': { path: '/feeds/claimreview-withdrawals.json' },
      'GET /': { path: '/' },
      'GET /*': { path: '/review', init: { headers: { accept: 'text/html' } } },
    };
    const wrong: string[] = [];
    for (const [key, access] of Object.entries(ACCESS).filter(([k]) => /^[A-Z]+ \//.test(k))) {
      const req = requests[key];
      if (!req) {
        wrong.push(`${key}: no request in this test`);
        continue;
      }
      for (const c of callers) {
        const headers = { ...(req.init?.headers as Record<string, string> | undefined), ...(c.token ? { authorization: `Bearer ${c.token}` } : {}) };
        const res = await fetch(`${stack.url}${req.path}`, { ...req.init, headers });
        await res.arrayBuffer();
        if (res.status >= 500 && key !== 'GET /health/ready') wrong.push(`${key} as ${c.label}: HTTP ${res.status}`);
        const admitted = res.status !== 401 && res.status !== 403;
        if (admitted !== allowed(access, c.caller)) wrong.push(`${key} as ${c.label}: HTTP ${res.status}, table says ${admitted ? 'refuse' : 'admit'}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
