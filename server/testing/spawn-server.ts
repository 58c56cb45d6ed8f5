import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * Starts the real Node entry (`server/main.ts`) as its own process on loopback and resolves once
 * `/api/health` answers: for tests and benches that must kill, restart or measure the server from
 * outside, which an in-process server cannot show.
 */
export async function spawnServer(options: {
  port: number;
  dataDir: string;
  env?: Record<string, string>;
  stderr?: 'inherit' | 'pipe' | 'ignore';
  startTimeoutMs?: number;
}): Promise<{ url: string; child: ChildProcess }> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      LANTERN_DATA_DIR: options.dataDir,
      LANTERN_PUBLIC_URL: url,
      LANTERN_LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', options.stderr ?? 'pipe'],
  });
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child };
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} while starting`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the server did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
