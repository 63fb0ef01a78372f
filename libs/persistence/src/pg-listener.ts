import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '@app/config';

/** Tests find (and cut) a process's listener connection by this name in pg_stat_activity. */
export const listenerApplicationName = (pid: number): string => `claimcheck-listener-${pid}`;

/**
 * A process's one LISTEN connection to Postgres, shared by everything
 * that follows committed changes (live updates, the user-state cache). Each
 * interested party registers its channels before the application starts.
 * While the connection is down (not yet up, or lost until it is back)
 * notifications are missed: `isUp` says so, and `onState` tells when it
 * changes, so a cache built on notifications can stop trusting itself.
 */
@Injectable()
export class PgListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PgListener.name);
  private readonly handlers = new Map<string, ((payload: string) => void)[]>();
  private readonly stateHandlers: ((up: boolean) => void)[] = [];
  private client: Client | null = null;
  private up = false;
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Calls `handler` with the payload of each notification on `channel`. Register before the application starts. */
  on(channel: string, handler: (payload: string) => void): void {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`Bad channel name ${channel}`);
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), handler]);
  }

  /** Calls `handler` each time the connection comes up (true) or is lost (false). */
  onState(handler: (up: boolean) => void): void {
    this.stateHandlers.push(handler);
  }

  /** True while every registered channel is being listened to. */
  get isUp(): boolean {
    return this.up;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    this.setUp(false);
    await client?.end().catch(() => undefined);
  }

  private setUp(up: boolean): void {
    if (this.up === up) return;
    this.up = up;
    for (const h of this.stateHandlers) h(up);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: listenerApplicationName(process.pid) });
    client.on('notification', (n) => {
      if (n.payload === undefined) return;
      for (const h of this.handlers.get(n.channel) ?? []) h(n.payload);
    });
    // 'error' and 'end' may both come for one loss: the first one reconnects.
    const lost = (why: string): void => {
      if (this.client !== client) return;
      this.client = null;
      this.setUp(false);
      if (this.stopped) return;
      this.logger.warn(`Postgres listener lost (${why}); reconnecting`);
      setTimeout(() => void this.connect(), 1000).unref();
    };
    client.on('error', (err) => lost(err.message));
    client.on('end', () => lost('connection ended'));
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      this.setUp(true);
    } catch (err) {
      await client.end().catch(() => undefined);
      this.logger.warn(`Postgres listener: ${(err as Error).message}; retrying`);
      setTimeout(() => void this.connect(), 2000).unref();
    }
  }
}

/** One PgListener per process, whichever modules need it. */
@Module({ providers: [PgListener], exports: [PgListener] })
export class PgListenerModule {}
