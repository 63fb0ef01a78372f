import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress, SsrfGuard } from './ssrf-guard';

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

export interface WebhookResponse {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

// Read at most this much of a receiver's answer; the rest is discarded.
const MAX_RESPONSE_BYTES = 64 * 1024;

/** A lookup that answers only the address the guard vetted. */
function pinned(to: ResolvedAddress): LookupFunction {
  return ((_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (opts.all) cb(null, [{ address: to.address, family: to.family }]);
    else cb(null, to.address, to.family);
  }) as LookupFunction;
}

/**
 * POSTs one webhook delivery. The guard vets the target's addresses (SsrfRefusedError
 * is thrown through) and the socket connects to the first vetted address only.
 * Redirects are not followed; any answer but 2xx is a failure to retry.
 */
export async function sendWebhook(guard: SsrfGuard, req: WebhookRequest): Promise<WebhookResponse> {
  const url = new URL(req.url);
  const [target] = await guard.resolve(url);
  if (!target) throw new Error('no address');
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<WebhookResponse>((resolve) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) },
        lookup: pinned(target),
        timeout: req.timeoutMs,
        agent: false,
      },
      (res) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        const done = (): void => {
          const statusCode = res.statusCode ?? null;
          const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
          resolve({ ok, statusCode, error: ok ? null : `receiver answered HTTP ${statusCode}` });
        };
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${req.timeoutMs} ms`)));
    request.on('error', (err) => resolve({ ok: false, statusCode: null, error: err.message }));
    request.end(req.body);
  });
}
