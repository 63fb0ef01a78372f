import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '@app/config';
import { AppModule } from './app.module';
import { AuthService } from './auth/auth.service';
import { capBatches } from './common/graphql-hardening';
import { graphqlOverHttp } from './common/graphql-http';
import { registerRateLimit } from './common/rate-limit';
import { NDJSON } from './articles/ingest.controller';

async function bootstrap(): Promise<void> {
  const config = loadConfig(process.env);
  const adapter = new FastifyAdapter({
    // JSON escaping can double a body's size; the article limit itself is checked in the service.
    bodyLimit: config.bodyLimitBytes,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    // In-flight requests get this long to finish when the process is told to stop.
    forceCloseConnections: 'idle',
  });
  const auth: { service?: AuthService } = {};
  await registerRateLimit(adapter.getInstance(), config, (req) => {
    if (!auth.service) throw new Error('not started');
    return auth.service.forRequest(req);
  });
  capBatches(adapter.getInstance(), '/graphql', config.graphqlLimits.maxBatch);
  graphqlOverHttp(adapter.getInstance(), '/graphql');
  // NDJSON ingest reads the body as a stream, line by line: no whole-body buffer, no body limit.
  adapter.getInstance().addContentTypeParser(NDJSON, (_req, payload, done) => done(null, payload));
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { logger: ['error', 'warn', 'log'] });
  auth.service = app.get(AuthService);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  Logger.log(`GraphQL at http://${config.host}:${config.port}/graphql`, 'Claimcheck');
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
