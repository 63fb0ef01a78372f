import type { FastifyInstance } from 'fastify';

/**
 * While the server closes, every response it still sends carries
 * `Connection: close`: a keep-alive connection that was busy when SIGTERM came
 * ends with its last response instead of holding the process open (Fastify
 * only closes the connections that were idle at that moment).
 */
export function closeConnectionsWhenStopping(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onSend', async (_req, reply, payload) => {
    if (closing) void reply.header('connection', 'close');
    return payload;
  });
}
