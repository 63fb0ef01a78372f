import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { REFERENCE_ARTICLE, submitAndExtract, userWithRole, type ArticleView, type TestUser } from './support/factories';
import { eventually, freePort, sleep, Stack, stopProcess } from './support/stack';
import { submit, take, W } from './support/workflow';
import type { ChildProcess } from 'node:child_process';

interface Stats {
  waiting: number;
  inReview: number;
  reviewed: number;
}

/** A graphql-ws subscription that records what it receives. */
function watch<T>(client: Client, query: string, variables: Record<string, unknown> = {}): { received: T[]; errors: unknown[]; done: boolean; stop: () => void } {
  const state = { received: [] as T[], errors: [] as unknown[], done: false, stop: () => undefined as void };
  state.stop = client.subscribe<T>(
    { query, variables },
    {
      next: (r) => {
        if (r.data) state.received.push(r.data as T);
        if (r.errors) state.errors.push(r.errors);
      },
      error: (e) => state.errors.push(e),
      complete: () => (state.done = true),
    },
  );
  return state;
}

function wsClient(port: number, token?: string): Client {
  return createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: token ? { authorization: `Bearer ${token}` } : {}, retryAttempts: 0, lazy: true });
}

describe('live updates over GraphQL subscriptions (graphql-ws)', () => {
  const stack = new Stack();
  let editor: TestUser;
  let reviewer: TestUser;
  let article: ArticleView;
  let otherApi: ChildProcess;
  let otherPort: number;
  const clients: Client[] = [];

  beforeAll(async () => {
    await stack.start();
    // A second api process: subscribers there must hear of changes made through the first.
    otherPort = await freePort();
    otherApi = stack.spawn('api2', 'apps/api/src/main.js', { PORT: String(otherPort) });
    await eventually(async () => (await fetch(`http://127.0.0.1:${otherPort}/health/ready`)).status === 200, 120_000, 'the second api'); // NestJS alone can take a minute to load on a busy 2-core machine
    editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    article = await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await stopProcess(otherApi);
    await stack.stop();
  });

  it('a subscriber on another api process receives queueStatsChanged after a verdict', async () => {
    const client = wsClient(otherPort, reviewer.client.token);
    clients.push(client);
    const stats = watch<{ queueStatsChanged: Stats }>(client, `subscription { queueStatsChanged { waiting inReview reviewed } }`);
    const someClaim = article.claims[0]!.id;
    // The subscription is live once a change made through the first api reaches it.
    await eventually(
      async () => {
        await editor.client.ok(W.comment, { id: someClaim, body: 'ping' });
        await sleep(300);
        return stats.received.length > 0;
      },
      20000,
      'the subscription to start',
    );
    expect(stats.received.at(-1)?.queueStatsChanged.reviewed).toBe(0);

    const t = await take(reviewer.client);
    await submit(reviewer.client, t!.id, 'TRUE');
    const after = await eventually(async () => stats.received.find((s) => s.queueStatsChanged.reviewed === 1), 10000, 'queueStatsChanged after the verdict');
    expect(after.queueStatsChanged.inReview).toBe(0);
    expect(stats.errors).toEqual([]);
  });

  it('claimUpdated(id) sends the claim each time it changes, through either process', async () => {
    const client = wsClient(stack.port, editor.client.token);
    clients.push(client);
    const t = await take(reviewer.client);
    const id = t!.claim.id;
    const updates = watch<{ claimUpdated: { id: string; status: string; comments: { body: string }[] } }>(client, `subscription($id: ID!) { claimUpdated(id: $id) { id status comments { body } } }`, { id });
    await eventually(
      async () => {
        await reviewer.client.ok(W.comment, { id, body: 'working on it' });
        await sleep(300);
        return updates.received.length > 0;
      },
      20000,
      'the claim subscription to start',
    );
    await submit(reviewer.client, t!.id, 'FALSE');
    const reviewed = await eventually(async () => updates.received.find((u) => u.claimUpdated.status === 'REVIEWED'), 10000, 'claimUpdated after the verdict');
    expect(reviewed.claimUpdated.id).toBe(id);
    expect(reviewed.claimUpdated.comments.length).toBeGreaterThan(0);
  });

  it('refuses a subscription without a valid token', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const client = wsClient(stack.port, token);
      clients.push(client);
      const s = watch(client, `subscription { queueStatsChanged { waiting } }`);
      await eventually(async () => s.errors.length > 0 || s.done, 10000, 'the refusal');
      await editor.client.ok(W.comment, { id: article.claims[0]!.id, body: 'should not be seen' });
      await sleep(500);
      expect(s.received).toEqual([]);
    }
  });
});
