import type { FastifyInstance, FastifyRequest } from 'fastify';

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** The client asked for the GraphQL-over-HTTP media type (then request errors are 4xx, not 200). */
export const wantsGraphqlResponse = (req: FastifyRequest | undefined): boolean => String(req?.headers.accept ?? '').includes(GRAPHQL_RESPONSE);

/**
 * What mercurius lacks for GraphQL over HTTP (checked by graphql-http's audits):
 * a null `extensions` is accepted like an absent one, and a client accepting
 * application/graphql-response+json gets that media type back.
 */
export function graphqlOverHttp(fastify: FastifyInstance, path: string): void {
  const isGraphql = (req: FastifyRequest): boolean => req.url.split('?')[0] === path;
  fastify.addHook('preValidation', async (req) => {
    if (!isGraphql(req) || req.method !== 'POST') return;
    const bodies: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    for (const b of bodies) {
      if (b && typeof b === 'object' && 'extensions' in b && (b as { extensions: unknown }).extensions === null) delete (b as { extensions?: unknown }).extensions;
    }
  });
  fastify.addHook('onSend', async (req, reply, payload) => {
    if (isGraphql(req) && wantsGraphqlResponse(req) && String(reply.getHeader('content-type') ?? '').startsWith('application/json')) {
      void reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`);
    }
    return payload;
  });
}
