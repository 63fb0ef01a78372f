import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Metrics } from '@app/observability';
import { Public } from '../common/decorators';

/**
 * Prometheus scrape endpoint. Unauthenticated, like most exporters: it shows
 * counts and latencies, never content; keep it off the public network.
 */
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(Metrics) private readonly metrics: Metrics) {}

  @Get()
  async scrape(@Res() reply: FastifyReply): Promise<void> {
    await reply.header('content-type', this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
