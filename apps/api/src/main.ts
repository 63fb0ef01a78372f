import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '@app/config';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig(process.env);
  const adapter = new FastifyAdapter({
    // JSON escaping can double a body's size; the article limit itself is checked in the service.
    bodyLimit: config.maxArticleBytes * 2 + 64 * 1024,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    // In-flight requests get this long to finish when the process is told to stop.
    forceCloseConnections: 'idle',
    // Schema building and JIT set-up can pass Fastify's 10 s plugin timeout on a loaded 2-core machine.
    pluginTimeout: 120_000,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { logger: ['error', 'warn', 'log'] });
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  Logger.log(`GraphQL at http://${config.host}:${config.port}/graphql`, 'Claimcheck');
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
