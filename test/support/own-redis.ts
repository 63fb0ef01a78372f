import { spawn, type ChildProcess } from 'node:child_process';
import IORedis from 'ioredis';
import { freePort, sleep, stopProcess } from './stack';

/** A throw-away redis-server of the test's own, so the test can stop it (never the shared one). */
export class OwnRedis {
  port = 0;
  private child: ChildProcess | null = null;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    if (!this.port) this.port = await freePort();
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const probe = new IORedis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    for (let i = 0; i < 100; i++) {
      try {
        await probe.connect();
        await probe.ping();
        probe.disconnect();
        return this;
      } catch {
        await sleep(50);
      }
    }
    probe.disconnect();
    throw new Error(`redis-server on port ${this.port} did not start`);
  }

  /** Kills it outright, as a crash would: with no persistence, it comes back empty. */
  async kill(): Promise<void> {
    await stopProcess(this.child, 'SIGKILL');
    this.child = null;
  }
}
