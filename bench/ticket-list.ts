/**
 * npm run bench:tickets — how fast the console's ticket list answers at 100,000 tickets.
 * Seeds a fresh temp database, then times the list query behind each common console view.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ticketListQuery, type TicketListQuery } from '../shared/schemas/tickets.ts';
import { listCustomers } from '../server/customers/queries.ts';
import { openDatabase } from '../server/db/open.ts';
import { overviewFor } from '../server/overview/queries.ts';
import { seedDatabase } from '../server/seed/seed.ts';
import { listTickets } from '../server/tickets/list.ts';

const ticketCount = Number(process.env.BENCH_TICKETS ?? 100_000);
const runs = 30;

const views: [string, TicketListQuery][] = [
  ['newest first', {}],
  ['open or pending', { status: 'open,pending' }],
  ['mine, open', { assignee: 'me', status: 'open' }],
  ['most urgent first', { sort: '-priority' }],
  ['overdue', { overdue: 'true' }],
  ['phone + urgent', { channel: 'phone', priority: 'urgent' }],
  ['tag', { tag: 'vip' }],
  ['search one word', { q: 'refund' }],
  ['search two words', { q: 'printer jam' }],
  ['search customer name', { q: 'sara' }],
];

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

const dir = mkdtempSync(join(tmpdir(), 'lantern-bench-tickets-'));
try {
  const database = openDatabase(join(dir, 'lantern.db'));
  console.log(`Seeding ${ticketCount.toLocaleString()} tickets…`);
  await seedDatabase(database.sqlite, { tickets: ticketCount, seed: 7 });
  const agentId = (database.sqlite.prepare("select id from agents where role = 'agent' limit 1").get() as { id: string }).id;

  console.log(`\n${'view'.padEnd(24)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}   (page of 25, ${runs} runs)`);
  const row = (name: string, t: { p50: number; p95: number }) =>
    console.log(`${name.padEnd(24)} ${`${t.p50.toFixed(1)} ms`.padStart(8)} ${`${t.p95.toFixed(1)} ms`.padStart(8)}`);
  for (const [name, query] of views) {
    const filter = ticketListQuery.parse(query);
    row(name, await time(() => listTickets(database.db, filter, agentId)));
  }
  row('home overview', await time(() => overviewFor(database.db, agentId)));
  row('customer search', await time(() => listCustomers(database.db, { q: 'mor', limit: 25 })));
  database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
