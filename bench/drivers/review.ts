// W3 load generator: each reviewer loops takeNextClaim → submitVerdict with
// their own token, for a fixed time.
import { GqlClient } from '../../test/support/gql-client';
import { childConfig, childResult } from '../lib/child';
import { TAKE, VERDICT, verdictInput } from '../lib/review-loop';
import { closedLoop, summarise, type Latency } from '../lib/stats';

/** What one run reports (read by W3 and bench/cpu-per-verdict.ts). */
export interface ReviewRun {
  verdictsPerS: number;
  verdicts: number;
  emptyTakes: number;
  take: Latency;
  submit: Latency;
  loop: Latency;
}

interface Config {
  url: string;
  tokens: string[];
  durationS: number;
}


async function main(): Promise<void> {
  const c = childConfig<Config>();
  const clients = c.tokens.map((t) => new GqlClient(c.url, t));
  const take: number[] = [];
  const verdict: number[] = [];
  const loop: number[] = [];
  let empty = 0;
  const until = Date.now() + c.durationS * 1000;
  const started = Date.now();
  await closedLoop(clients.length, () => Date.now() >= until, async (i) => {
    const client = clients[i]!;
    const t0 = performance.now();
    const r = await client.ok<{ takeNextClaim: { id: string } | null }>(TAKE);
    const t1 = performance.now();
    take.push(t1 - t0);
    if (!r.takeNextClaim) {
      empty++;
      return false;
    }
    await client.ok(VERDICT, { input: verdictInput(r.takeNextClaim.id) });
    const t2 = performance.now();
    verdict.push(t2 - t1);
    loop.push(t2 - t0);
    return true;
  });
  const seconds = (Date.now() - started) / 1000;
  const result: ReviewRun = { verdictsPerS: verdict.length / seconds, verdicts: verdict.length, emptyTakes: empty, take: summarise(take), submit: summarise(verdict), loop: summarise(loop) };
  childResult(result);
}

void main();
