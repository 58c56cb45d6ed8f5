/**
 * npm run bench:analytics — the analytics endpoints at a million tickets.
 *
 * Seeds BENCH_TICKETS (1,000,000) tickets over BENCH_DAYS (730) days with the foundation's seed
 * (which rebuilds the rollups once at the end), then starts the real server (`server/main.ts`, its
 * own process), signs in and times over HTTP: the dashboard for 7d / 30d / 90d / 365d and a
 * custom calendar range in another time zone (p50 / p95 of BENCH_RUNS runs after a warm-up), the
 * Ticket analytics tab, and the CSV export of every ticket (time, rows, bytes, and the server's
 * peak memory before and after, to show the stream stays flat).
 *
 * BENCH_DATA_DIR keeps the seeded database there and reuses it on the next run (no re-seeding).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installAnalytics } from '../server/analytics/rollups/install.ts';
import { openDatabase } from '../server/db/open.ts';
import { defaultAgentPassword } from '../server/seed/options.ts';
import { seedDatabase } from '../server/seed/seed.ts';
import { freePort } from '../server/testing/free-port.ts';
import { spawnServer } from '../server/testing/spawn-server.ts';

const ticketCount = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const days = Number(process.env.BENCH_DAYS ?? 730);
const runs = Number(process.env.BENCH_RUNS ?? 20);

const keptDir = process.env.BENCH_DATA_DIR;
const dir = keptDir ?? mkdtempSync(join(tmpdir(), 'lantern-bench-analytics-'));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

function peakMemoryKib(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

try {
  const database = openDatabase(join(dir, 'lantern.db'));
  const seeded = database.sqlite.prepare('select count(*) from tickets').pluck().get() as number;
  let agentEmail: string;
  let password = defaultAgentPassword;
  if (seeded > 0) {
    console.log(`Reusing ${seeded.toLocaleString('en-US')} tickets in ${dir}`);
    agentEmail = database.sqlite.prepare(`select email from agents where role = 'admin' limit 1`).pluck().get() as string;
  } else {
    console.log(`Seeding ${ticketCount.toLocaleString('en-US')} tickets over ${days} days…`);
    let started = performance.now();
    const report = await seedDatabase(database.sqlite, { tickets: ticketCount, days, seed: 11 });
    console.log(`  seeded in ${seconds(performance.now() - started)} (rollups rebuilt once at the end)`);
    started = performance.now();
    installAnalytics(database.sqlite, { rebuild: true });
    console.log(`  npm run analytics:rebuild alone: ${seconds(performance.now() - started)}`);
    started = performance.now();
    installAnalytics(database.sqlite, { rebuild: true, businessHours: true });
    console.log(`  … with every business-hours duration recomputed: ${seconds(performance.now() - started)}`);
    const agent = report.agents[0];
    if (!agent) throw new Error('the seed made no agents');
    agentEmail = agent.email;
    password = report.agentPassword;
  }
  database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  database.close();

  const { url, child } = await spawnServer({ port: await freePort(), dataDir: dir, startTimeoutMs: 120_000 });
  try {
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: agentEmail, password }),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const get = async (path: string) => {
      const response = await fetch(`${url}${path}`, { headers: { cookie } });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return response;
    };

    const time = async (path: string) => {
      for (let i = 0; i < 2; i += 1) await (await get(path)).arrayBuffer(); // warm-up
      const samples: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const t0 = performance.now();
        await (await get(path)).arrayBuffer();
        samples.push(performance.now() - t0);
      }
      samples.sort((a, b) => a - b);
      const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? 0;
      return `${at(0.5).toFixed(0).padStart(6)} ms ${at(0.95).toFixed(0).padStart(6)} ms`;
    };

    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    console.log(`\n${'endpoint'.padEnd(44)} ${'p50'.padStart(9)} ${'p95'.padStart(9)}   (${runs} runs, over HTTP)`);
    for (const range of ['7d', '30d', '90d', '365d']) {
      console.log(`${`dashboard ${range}`.padEnd(44)} ${await time(`/api/support/analytics/dashboard?range=${range}`)}`);
    }
    const custom = `from=${yearAgo}&to=${today}&tz=America%2FNew_York`;
    console.log(`${'dashboard, a year of calendar days, New York'.padEnd(44)} ${await time(`/api/support/analytics/dashboard?${custom}`)}`);
    console.log(`${'ticket analytics tab 90d'.padEnd(44)} ${await time('/api/support/analytics/tickets?range=90d')}`);
    console.log(`${'agent performance tab 365d'.padEnd(44)} ${await time('/api/support/analytics/agents?range=365d')}`);

    const everything = `from=${new Date(Date.now() - (days + 2) * 86_400_000).toISOString().slice(0, 10)}&to=${today}`;
    const memoryBefore = peakMemoryKib(child.pid);
    const t0 = performance.now();
    const response = await get(`/api/support/analytics/exports/tickets?format=csv&${everything}`);
    let bytes = 0;
    let rows = 0;
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      const part = chunk.value;
      bytes += part.byteLength;
      for (const byte of part) if (byte === 10) rows += 1;
    }
    const elapsed = performance.now() - t0;
    console.log(
      `\nCSV export: ${(rows - 1).toLocaleString('en-US')} tickets (header X-Total-Rows ${response.headers.get('x-total-rows')}), ` +
        `${(bytes / 1024 / 1024).toFixed(0)} MiB in ${seconds(elapsed)}; server peak memory ${mib(memoryBefore)} before, ${mib(peakMemoryKib(child.pid))} after`,
    );
  } finally {
    child.kill('SIGTERM');
  }
} finally {
  if (!keptDir) rmSync(dir, { recursive: true, force: true });
}
