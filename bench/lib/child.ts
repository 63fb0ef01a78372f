import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * Runs a bench script (TypeScript, through tsx) in a process of its own, so
 * the load generator never shares an event loop with the orchestrator or the
 * service. The config goes in as a JSON file named by BENCH_CONFIG_FILE (it
 * can hold hundreds of articles); the script's last stdout line is its JSON
 * result.
 */
export function runChild<T>(script: string, config: unknown, env: Record<string, string> = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', script)], {
      cwd: ROOT,
      env: { ...process.env, ...env, BENCH_CONFIG_FILE: configFile(config) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${script} exited ${code}: ${last}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} printed no JSON result: ${last.slice(0, 200)}`));
      }
    });
  });
}

/** Starts a long-lived bench server script; resolves once it prints `listening <port>`. */
export function startChildServer(script: string, config: unknown): Promise<{ port: number; pid: number; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', script)], {
      cwd: ROOT,
      env: { ...process.env, BENCH_CONFIG_FILE: configFile(config) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const stop = (): Promise<void> =>
      new Promise((r) => {
        if (child.exitCode !== null) return r();
        child.once('exit', () => r());
        child.kill('SIGTERM');
      });
    child.stdout.on('data', (d: Buffer) => {
      const m = /listening (\d+)/.exec(d.toString());
      if (m) resolve({ port: Number(m[1]), pid: child.pid ?? 0, stop });
    });
    child.on('exit', (code) => reject(new Error(`${script} exited ${code} before listening`)));
  });
}

let dir: string | null = null;
let seq = 0;

function configFile(config: unknown): string {
  dir ??= mkdtempSync(join(tmpdir(), 'claimcheck-bench-'));
  const file = join(dir, `config-${++seq}.json`);
  writeFileSync(file, JSON.stringify(config));
  return file;
}

/** The child side: its config, and how it hands back its result. */
export function childConfig<T>(): T {
  const file = process.env['BENCH_CONFIG_FILE'];
  return JSON.parse(file ? readFileSync(file, 'utf8') : '{}') as T;
}

export function childResult(result: unknown): void {
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}
