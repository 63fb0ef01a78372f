// Load generator for latency percentiles autocannon does not give (p95):
// `connections` closed loops POSTing the bodies in turn, each latency kept.
import { childConfig, childResult } from '../lib/child';
import { closedLoop, summarise } from '../lib/stats';

interface Config {
  url: string;
  token: string;
  connections: number;
  durationS: number;
  bodies: string[];
}

async function main(): Promise<void> {
  const c = childConfig<Config>();
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const until = Date.now() + c.durationS * 1000;
  const started = Date.now();
  await closedLoop(c.connections, () => Date.now() >= until, async () => {
    const body = c.bodies[next++ % c.bodies.length]!;
    const t0 = performance.now();
    const r = await fetch(c.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` }, body });
    const json = (await r.json()) as { errors?: unknown[] };
    latencies.push(performance.now() - t0);
    if (r.status !== 200 || json.errors) errors++;
    return true;
  });
  childResult({ rps: latencies.length / ((Date.now() - started) / 1000), errors, latency: summarise(latencies) });
}

void main();
