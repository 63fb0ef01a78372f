// W1 load generator: `concurrency` clients each submitting articles
// (submitArticle) one after another until the list is used up.
import { GqlClient } from '../../test/support/gql-client';
import { Q } from '../../test/support/factories';
import type { BenchArticle } from '../lib/articles';
import { childConfig, childResult } from '../lib/child';
import { closedLoop, summarise } from '../lib/stats';

interface Config {
  url: string;
  token: string;
  concurrency: number;
  articles: BenchArticle[];
}

async function main(): Promise<void> {
  const c = childConfig<Config>();
  const client = new GqlClient(c.url, c.token);
  const latencies: number[] = [];
  const ids: string[] = [];
  let next = 0;
  const started = Date.now();
  await closedLoop(c.concurrency, () => next >= c.articles.length, async () => {
    const input = c.articles[next++]!;
    const t0 = performance.now();
    const r = await client.ok<{ submitArticle: { id: string } }>(Q.submitArticle, { input });
    latencies.push(performance.now() - t0);
    ids.push(r.submitArticle.id);
    return true;
  });
  childResult({ startedAt: started, submittedAt: Date.now(), ids, latency: summarise(latencies) });
}

void main();
