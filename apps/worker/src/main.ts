import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, stopOnSignals } from '@app/config';
import { createLogger, PinoNestLogger } from '@app/observability';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig(process.env); // fail fast, with the variable named, before anything connects
  const logger = new PinoNestLogger(createLogger({ level: config.logLevel, service: 'worker' }));
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger });
  // Jobs in progress get SHUTDOWN_GRACE_MS to finish; after that the process goes, and their locks lapse so another worker retries them.
  stopOnSignals(app, config.shutdownGraceMs);
  Logger.log('Worker started', 'Claimcheck');
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
