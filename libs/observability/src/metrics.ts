import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

// Seconds; one scale for HTTP and GraphQL, so their histograms can be compared bucket by bucket.
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The Prometheus metrics of one process. The api serves them at GET /metrics,
 * the worker on WORKER_METRICS_PORT; metrics that only one of them records
 * are simply absent from the other's output.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'claimcheck_http_request_duration_seconds',
    help: 'HTTP request latency by route and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'claimcheck_graphql_operation_duration_seconds',
    help: 'GraphQL latency by operation (operationName, else the root fields) and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'claimcheck_job_duration_seconds',
    help: 'Time a worker spent on one job, by queue and outcome',
    labelNames: ['queue', 'name', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'claimcheck_job_failures_total',
    help: 'Job attempts that failed (final = no attempt left)',
    labelNames: ['queue', 'name', 'final'] as const,
    registers: [this.registry],
  });

  readonly reconcileRepairs = new Counter({
    name: 'claimcheck_reconcile_repairs_total',
    help: 'Repairs made by the reconciler, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly reconcileDuration = new Histogram({
    name: 'claimcheck_reconcile_duration_seconds',
    help: 'Duration of one reconciliation of Postgres with the queues',
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly outboxSent = new Counter({
    name: 'claimcheck_outbox_sent_total',
    help: 'Outbox rows moved into the queues',
    registers: [this.registry],
  });

  readonly matchSearches = new Counter({
    name: 'claimcheck_match_searches_total',
    help: 'Searches for similar claims (similarClaims, matching at ingest) by where the candidates came from: memory (the in-process index) or postgres (its trigram index, while the in-process one cannot answer)',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  /** Queue depth per queue and state, read from Redis when scraped. */
  queueDepthGauge(read: () => Promise<{ queue: string; state: string; count: number }[]>): void {
    new Gauge({
      name: 'claimcheck_queue_jobs',
      help: 'Jobs in each queue by state (waiting counts prioritized jobs too; for dispute-review, waiting counts only disputed claims whose job waits, as disputeQueueDepth)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        const rows = await withTimeout(read(), 2000, null);
        if (!rows) return;
        this.reset();
        for (const r of rows) this.set({ queue: r.queue, state: r.state }, r.count);
      },
    });
  }

  /**
   * The process's in-memory index of claim texts, read when scraped: how many claims it holds, whether it answers
   * searches (1) or Postgres does (0), and each search counted by where its candidates came from.
   */
  matchIndexMetrics(index: { readonly size: number; readonly isReady: boolean; onAnswer(handler: (fromMemory: boolean) => void): void }): void {
    index.onAnswer((fromMemory) => this.matchSearches.inc({ source: fromMemory ? 'memory' : 'postgres' }));
    new Gauge({
      name: 'claimcheck_match_index_claims',
      help: 'Canonical claims in the process memory index of claim texts',
      registers: [this.registry],
      collect() {
        this.set(index.size);
      },
    });
    new Gauge({
      name: 'claimcheck_match_index_ready',
      help: 'Whether the process memory index of claim texts answers searches (1) or Postgres does (0: loading, turned off, or the listener is down)',
      registers: [this.registry],
      collect() {
        this.set(index.isReady ? 1 : 0);
      },
    });
  }

  /** Age of the oldest unsent outbox row (0 when empty) and the row count, read from Postgres when scraped. */
  outboxGauges(read: () => Promise<{ lagSeconds: number; rows: number }>): void {
    let last: Promise<{ lagSeconds: number; rows: number } | null> | null = null;
    // Both gauges share one query per scrape.
    const once = (): Promise<{ lagSeconds: number; rows: number } | null> => {
      last ??= withTimeout(read(), 2000, null).finally(() => setImmediate(() => (last = null)));
      return last;
    };
    new Gauge({
      name: 'claimcheck_outbox_lag_seconds',
      help: 'Age of the oldest outbox row not yet moved into the queues',
      registers: [this.registry],
      async collect() {
        const r = await once();
        if (r) this.set(r.lagSeconds);
      },
    });
    new Gauge({
      name: 'claimcheck_outbox_rows',
      help: 'Outbox rows not yet moved into the queues',
      registers: [this.registry],
      async collect() {
        const r = await once();
        if (r) this.set(r.rows);
      },
    });
  }
}

/** A scrape must not hang on a dependency that is down: the gauge keeps its last value. */
async function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p.catch(() => fallback), new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
