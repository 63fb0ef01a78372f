import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  raw: string;
  body: { id: string; type: string; createdAt: string; data: Record<string, unknown> };
  answered: number;
}

/**
 * A webhook receiver on a loopback port, as an integrator would write one:
 * it checks X-Claimcheck-Signature itself with plain HMAC-SHA256.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  private server: Server | null = null;
  /** Answers with this status for the request with this (0-based) index. */
  constructor(private readonly answer: (index: number) => number = () => 200) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const answered = this.answer(this.received.length);
        this.received.push({ headers: req.headers, raw, body: JSON.parse(raw) as Received['body'], answered });
        res.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'not now');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/hook`;
  }

  /** Requests answered 2xx: what the integration actually took in. */
  get accepted(): Received[] {
    return this.received.filter((r) => r.answered < 300);
  }

  ofType(type: string): Received[] {
    return this.accepted.filter((r) => r.body.type === type);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The receiver's side of the signature: HMAC-SHA256(secret, "<timestamp>.<raw body>"), hex, after "sha256=". */
export function validSignature(secret: string, r: Received): boolean {
  const ts = String(r.headers['x-claimcheck-timestamp'] ?? '');
  const given = String(r.headers['x-claimcheck-signature'] ?? '');
  const expected = `sha256=${createHmac('sha256', secret).update(`${ts}.${r.raw}`).digest('hex')}`;
  const fresh = Math.abs(Date.now() / 1000 - Number(ts)) < 300;
  return fresh && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
