import type { FastifyInstance, FastifyRequest } from 'fastify';
import { statementCount } from '@app/persistence';

const counters = new WeakMap<FastifyRequest, { n: number }>();

/**
 * With SQL_STATEMENT_COUNT=1 every response carries `x-sql-statements`: the
 * SQL statements its request ran. The counter is entered in preHandler, the
 * last hook before the handler, so the handler and everything it starts
 * (loaders, transactions) run inside it.
 */
export function sqlStatementHeader(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (req, _reply, done) => statementCount.run((counter) => {
    counters.set(req, counter);
    done();
  }));
  fastify.addHook('onSend', async (req, reply, payload) => {
    const c = counters.get(req);
    if (c) void reply.header('x-sql-statements', String(c.n));
    return payload;
  });
}
