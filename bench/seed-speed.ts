/**
 * How fast `npm run seed` fills a fresh database. Seeds 100,000 tickets (or `--tickets N`) into a
 * temporary data dir and prints tickets/s, rows, elapsed time and the database's size. Fails
 * (exit 1) over budget: 60 s per 100,000 tickets.
 *
 * `--split` seeds a second time with the tickets' full-text triggers removed, to show what the
 * FTS index costs.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/open.ts';
import { seedDatabase, type SeedReport } from '../server/seed/seed.ts';

const budgetMsPer100k = 60_000;

const { values } = parseArgs({
  options: { tickets: { type: 'string', default: '100000' }, split: { type: 'boolean', default: false } },
});
const tickets = Number(values.tickets);
if (!Number.isInteger(tickets) || tickets < 1) {
  console.error(`--tickets must be a positive whole number, got "${values.tickets}"`);
  process.exit(2);
}
const budgetMs = (budgetMsPer100k * Math.max(tickets, 100_000)) / 100_000;

const fileSize = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function seedFresh(options: { withoutFts: boolean }): Promise<{ report: SeedReport; dbBytes: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-bench-seed-'));
  try {
    const config = loadConfig({ LANTERN_DATA_DIR: dataDir, LANTERN_LOG_LEVEL: 'silent' });
    const database = openDatabase(config.databaseFile);
    if (options.withoutFts) {
      for (const trigger of ['tickets_fts_insert', 'tickets_fts_update', 'tickets_fts_delete']) database.sqlite.exec(`drop trigger ${trigger}`);
    }
    let lastPrinted = 0;
    const report = await seedDatabase(database.sqlite, {
      tickets,
      seed: 42,
      onProgress: (done, total) => {
        if (!process.stdout.isTTY) return;
        if (done - lastPrinted >= total / 10 || done === total) {
          lastPrinted = done;
          process.stdout.write(`\r  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} tickets`);
        }
      },
    });
    if (process.stdout.isTTY) process.stdout.write('\n');
    // Fold the WAL into the main file so the size printed is the data's, not the log's.
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    database.close();
    return { report, dbBytes: fileSize(config.databaseFile) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(`Seeding ${tickets.toLocaleString('en-US')} tickets into a fresh database…`);
const { report, dbBytes } = await seedFresh({ withoutFts: false });
const seconds = report.elapsedMs / 1000;
console.log(
  [
    `tickets      ${report.tickets.toLocaleString('en-US')}  (${Math.round(report.tickets / seconds).toLocaleString('en-US')} tickets/s)`,
    `rows         ${report.rows.toLocaleString('en-US')}  (${report.customers.toLocaleString('en-US')} customers, ${report.agents.length} agents, ${report.messages.toLocaleString('en-US')} messages, ${report.auditEntries.toLocaleString('en-US')} audit entries; ${Math.round(report.rows / seconds).toLocaleString('en-US')} rows/s)`,
    `elapsed      ${seconds.toFixed(2)} s  (budget ${(budgetMs / 1000).toFixed(0)} s)`,
    `database     ${mib(dbBytes)}`,
  ].join('\n'),
);

if (values.split) {
  console.log('Again without the full-text triggers…');
  const bare = await seedFresh({ withoutFts: true });
  const bareSeconds = bare.report.elapsedMs / 1000;
  console.log(`without FTS  ${bareSeconds.toFixed(2)} s, ${mib(bare.dbBytes)} → the FTS index costs ${(seconds - bareSeconds).toFixed(2)} s and ${mib(dbBytes - bare.dbBytes)}`);
}

if (report.elapsedMs > budgetMs) {
  console.error(`Too slow: ${seconds.toFixed(2)} s is over the ${(budgetMs / 1000).toFixed(0)} s budget.`);
  process.exit(1);
}
