import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './testing/free-port.ts';

/** The real entry point, as `npm start` runs it: a child process on a free port with its own data dir. */
const root = resolve(import.meta.dirname, '..');
const migrationFiles = readdirSync(resolve(root, 'server/db/migrations')).filter((f) => f.endsWith('.sql')).length;

interface Started {
  child: ChildProcessWithoutNullStreams;
  url: string;
  dataDir: string;
  output: () => string;
  exited: Promise<number | null>;
}

const started: Started[] = [];
afterEach(() => {
  for (const s of started.splice(0)) {
    s.child.kill('SIGKILL');
    rmSync(s.dataDir, { recursive: true, force: true });
  }
});

async function start(env: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-main-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LANTERN_DATA_DIR: dataDir, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const s: Started = { child, url: `http://localhost:${port}`, dataDir, output: () => output, exited };
  started.push(s);
  const deadline = Date.now() + 60_000;
  while (!output.includes('Lantern is running')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return s;
}

// Each test starts real Node processes that compile the server with tsx: slow on a busy two-core machine.
describe('npm start', { timeout: 120_000 }, () => {
  it('prints the console URL and a one-time setup link on an empty database, logs JSON requests, and stops cleanly on SIGTERM', async () => {
    const s = await start();
    expect(s.output()).toContain(`Console:  ${s.url}/console/`);
    const link = /(http:\/\/\S+\/console\/setup\?token=\S+)/.exec(s.output())?.[1];
    expect(link).toBeDefined();

    const health = await fetch(`${s.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, db: { ok: true, journalMode: 'wal', migrations: migrationFiles } });
    const requestId = health.headers.get('x-request-id');
    expect(requestId).toBeTruthy();

    const token = new URL(link ?? '').searchParams.get('token');
    const setup = await fetch(`${s.url}/api/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, name: 'Owner', email: 'owner@example.com', password: 'a long enough password' }),
    });
    expect(setup.status).toBe(201);

    await new Promise((r) => setTimeout(r, 100));
    const logLine = s
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.requestId === requestId);
    expect(logLine).toMatchObject({ level: 'info', msg: 'request', method: 'GET', path: '/api/health', status: 200 });

    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(s.output()).toContain('"msg":"stopped"');
    // A clean close checkpoints the WAL into the database file and removes it.
    expect(existsSync(join(s.dataDir, 'lantern.db-wal'))).toBe(false);
  });

  it('creates the admin from LANTERN_ADMIN_EMAIL / LANTERN_ADMIN_PASSWORD and keeps data across restarts', async () => {
    const env = { LANTERN_ADMIN_EMAIL: 'boss@example.com', LANTERN_ADMIN_PASSWORD: 'boss password 123' };
    const first = await start(env);
    expect(first.output()).toContain('Admin:    boss@example.com');
    expect(first.output()).not.toContain('setup?token=');
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);

    const again = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: new URL(first.url).port, HOST: '127.0.0.1', LANTERN_DATA_DIR: first.dataDir, ...env },
    });
    let output = '';
    again.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      while (!output.includes('Lantern is running')) await new Promise((r) => setTimeout(r, 50));
      expect(output).not.toContain('Admin:');
      const login = await fetch(`${first.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'boss@example.com', password: 'boss password 123' }),
      });
      expect(login.status).toBe(200);
    } finally {
      again.kill('SIGKILL');
    }
  });

  it('refuses a bad configuration with a clear message', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'eighty', LANTERN_DATA_DIR: mkdtempSync(join(tmpdir(), 'lantern-bad-')) },
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).toBe(1);
    expect(output).toContain('Configuration error: PORT must be');
  });
});
