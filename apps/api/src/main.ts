import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { randomUUID } from 'node:crypto';
import { loadConfig, stopOnSignals } from '@app/config';
import { createLogger, Metrics, PinoNestLogger } from '@app/observability';
import { registerAdmin } from './admin/bull-board';
import { AuthService } from './auth/auth.service';
import { closeConnectionsWhenStopping } from './common/graceful-close';
import { sendRestError } from './common/rest-error.filter';
import { drainOversizedBodies } from './common/drain-oversized';
import { observeRequests } from './observability/request-observability';
import { capBatches } from './common/graphql-hardening';
import { graphqlOverHttp } from './common/graphql-http';
import { registerRateLimit } from './common/rate-limit';
import { NDJSON } from './articles/ingest.controller';
import { registerReviewUiFiles } from './review-ui/serve-review-ui';
import { uiDir } from './review-ui/review-ui-files';
import { sqlStatementHeader } from './observability/sql-statement-header';
import { limitHeapGrowth } from './common/heap-growth';

async function bootstrap(): Promise<void> {
  limitHeapGrowth();
  const config = loadConfig(process.env);
  // Imported once the configuration is known good: the module reads it while being declared, and a refusal
  // thrown there escaped bootstrap's catch as a stack trace around the message that names the variable.
  const { AppModule } = await import('./app.module.js');
  const pino = createLogger({ level: config.logLevel, service: 'api' });
  const adapter = new FastifyAdapter({
    // JSON escaping can double a body's size; the article limit itself is checked in the service.
    bodyLimit: config.bodyLimitBytes,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    // Fastify's own lines (e.g. a refused body) go to the same JSON log; the one line per request is ours.
    loggerInstance: pino,
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
    // In-flight requests get this long to finish when the process is told to stop.
    forceCloseConnections: 'idle',
    // Schema building and JIT set-up can pass Fastify's 10 s plugin timeout on a loaded 2-core machine.
    pluginTimeout: 120_000,
  });
  // Hooks and plugins go on before Nest boots Fastify; what they need from Nest is looked up once it exists.
  const nest: { app?: NestFastifyApplication; metrics?: Metrics; auth?: AuthService } = {};
  // Errors raised in hooks (the rate limit's 429, a body over the limit) reach Fastify's handler, not Nest's filters.
  adapter.getInstance().setErrorHandler(sendRestError);
  observeRequests(adapter.getInstance(), () => nest.metrics, pino);
  closeConnectionsWhenStopping(adapter.getInstance());
  drainOversizedBodies(adapter.getInstance(), config.bodyLimitBytes);
  registerAdmin(adapter.getInstance(), config, () => nest.app!.get(AuthService));
  await registerRateLimit(adapter.getInstance(), config, (req) => {
    if (!nest.auth) throw new Error('not started');
    return nest.auth.forRequest(req);
  });
  await registerReviewUiFiles(adapter.getInstance(), uiDir(config.uiDistDir));
  if (config.sqlStatementCount) sqlStatementHeader(adapter.getInstance());
  capBatches(adapter.getInstance(), '/graphql', config.graphqlLimits.maxBatch);
  graphqlOverHttp(adapter.getInstance(), '/graphql');
  // NDJSON ingest reads the body as a stream, line by line: no whole-body buffer, no body limit.
  adapter.getInstance().addContentTypeParser(NDJSON, (_req, payload, done) => done(null, payload));
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { logger: new PinoNestLogger(pino) });
  nest.app = app;
  nest.metrics = app.get(Metrics);
  nest.auth = app.get(AuthService);
  // On SIGTERM the server stops accepting, in-flight requests finish; past SHUTDOWN_GRACE_MS the process goes anyway.
  stopOnSignals(app, config.shutdownGraceMs);
  await app.listen(config.port, config.host);
  Logger.log(`GraphQL at http://${config.host}:${config.port}/graphql`, 'Claimcheck');
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
