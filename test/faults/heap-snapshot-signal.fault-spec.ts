import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, sleep, Stack } from '../support/stack';

/**
 * An operator takes a heap snapshot of a live api with
 * `node --heapsnapshot-signal=SIGUSR2`: the api must write it and go on
 * serving. (Nest's default shutdown hooks listen to every signal, so SIGUSR2
 * used to stop the api instead.)
 */
describe('fault: SIGUSR2 to an api started with --heapsnapshot-signal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-heapsnapshot-'));
  const stack = new Stack();

  beforeAll(async () => {
    await stack.start({ worker: false, nodeArgs: ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${dir}`] });
  });
  afterAll(async () => {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a heap snapshot and keeps answering', async () => {
    stack.api?.kill('SIGUSR2');
    const snapshot = await eventually(async () => readdirSync(dir).find((f) => f.endsWith('.heapsnapshot')) ?? null, 60000, 'a heap snapshot file');
    // Written in one go by the main thread: once its size holds still, it is complete.
    let size = -1;
    await eventually(
      async () => {
        const now = statSync(join(dir, snapshot)).size;
        const still = now > 0 && now === size;
        size = now;
        if (!still) await sleep(500);
        return still;
      },
      60000,
      'the snapshot to be written',
    );
    expect(stack.api?.exitCode).toBeNull();
    const res = await fetch(`${stack.url}/health/live`);
    expect(res.status).toBe(200);
  });
});
