// Load generator process: autocannon against one URL, POSTing the given
// bodies in turn (or GET when there are none). Prints the JSON summary.
import autocannon from 'autocannon';
import { childConfig, childResult } from '../lib/child';

interface Config {
  url: string;
  connections: number;
  durationS: number;
  headers?: Record<string, string>;
  bodies?: string[];
}

async function main(): Promise<void> {
  const c = childConfig<Config>();
  const bodies = c.bodies ?? [];
  let next = 0;
  const result = await autocannon({
    url: c.url,
    connections: c.connections,
    duration: c.durationS,
    headers: { 'content-type': 'application/json', ...c.headers },
    requests: [
      bodies.length
        ? { method: 'POST', setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }
        : { method: 'GET' },
    ],
  });
  childResult({
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.non2xx + result.timeouts,
  });
}

void main();
