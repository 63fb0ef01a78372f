import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Loaders } from './loaders';
import type { ApiKeyPrincipal, Principal } from './principal';

/** What every resolver and guard sees about the request. */
export interface GqlContext {
  req: FastifyRequest;
  reply: FastifyReply;
  principal: Principal | null;
  apiKey: ApiKeyPrincipal | null;
  /** Why the credentials were refused, when they were sent but were bad. */
  authError: string | null;
  loaders: Loaders;
}
