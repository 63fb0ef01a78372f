import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Metrics } from '@app/observability';
import { ClaimTextIndex, readMetricQueueDepths, readOutboxLag } from '@app/persistence';
import { DisputeQueueClient, QueueName, QueueProducer } from '@app/queue';

/**
 * The worker has no HTTP api; it serves its Prometheus metrics (job durations
 * and failures, reconciler repairs, queue depths, outbox lag) on its own port.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server: Server | null = null;

  constructor(
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(QueueProducer) private readonly producer: QueueProducer,
    @Inject(DisputeQueueClient) private readonly disputes: DisputeQueueClient,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ClaimTextIndex) textIndex: ClaimTextIndex,
  ) {
    metrics.queueDepthGauge(() => readMetricQueueDepths(Object.values(QueueName).map((n) => this.producer.queue(n)), this.ds, this.disputes));
    metrics.outboxGauges(() => readOutboxLag(this.ds));
    metrics.matchIndexMetrics(textIndex);
  }

  onApplicationBootstrap(): void {
    if (this.config.workerMetricsPort === 0) return;
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      this.metrics.registry
        .metrics()
        .then((body) => res.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(body))
        .catch((err: unknown) => res.writeHead(500).end(String(err)));
    });
    // A busy port must not stop the worker from working: metrics are a convenience.
    server.on('error', (err) => this.logger.warn(`Metrics endpoint not served on port ${this.config.workerMetricsPort}: ${err.message}`));
    server.listen(this.config.workerMetricsPort, this.config.host, () => this.logger.log(`Worker metrics at http://${this.config.host}:${this.config.workerMetricsPort}/metrics`));
    this.server = server;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server?.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
