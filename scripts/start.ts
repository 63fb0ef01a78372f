// `npm start`: migrations first, then the api and the worker as two processes.
// A signal reaches both; when either dies, the other is stopped and we exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const dist = join(__dirname, '..');
const run = (file: string): ChildProcess => spawn(process.execPath, [join(dist, file)], { stdio: 'inherit', env: process.env });

function main(): void {
  const migrate = run('scripts/migrate.js');
  migrate.on('exit', (code) => {
    if (code !== 0) process.exit(code ?? 1);
    const children = [run('apps/api/src/main.js'), run('apps/worker/src/main.js')];
    let stopping = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      for (const c of children) if (c.exitCode === null) c.kill(signal);
    };
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => stop(sig));
    let left = children.length;
    let worst = 0;
    for (const c of children) {
      c.on('exit', (code) => {
        worst = Math.max(worst, code ?? 1);
        stop('SIGTERM');
        if (--left === 0) process.exit(stopping && worst === 0 ? 0 : worst);
      });
    }
  });
}

main();
