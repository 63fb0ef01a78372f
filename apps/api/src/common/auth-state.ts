import type { FastifyRequest } from 'fastify';
import type { AuthResult } from './principal';

// Keyed by the raw Node request, which Fastify, Nest and mercurius all share:
// credentials are checked once per request, whoever asks first.
const pending = new WeakMap<object, Promise<AuthResult>>();
const settled = new WeakMap<object, AuthResult>();

/** Authenticates a request once; later callers get the same answer. */
export function authOnce(req: FastifyRequest, run: () => Promise<AuthResult>): Promise<AuthResult> {
  let p = pending.get(req.raw);
  if (!p) {
    p = run().then((r) => {
      settled.set(req.raw, r);
      return r;
    });
    pending.set(req.raw, p);
  }
  return p;
}

/** The result of authOnce, once it has settled. */
export const authOf = (req: FastifyRequest): AuthResult | undefined => settled.get(req.raw);
