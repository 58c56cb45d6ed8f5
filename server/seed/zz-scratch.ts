import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open.ts';
import { seedDatabase } from './seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'seed-inspect-'));
const db = openDatabase(join(dir, 'x.db'));
const r = await seedDatabase(db.sqlite, { tickets: Number(process.argv[2] ?? 5000), now: Date.parse('2025-06-01T12:00:00Z') });
console.log(r.elapsedMs, r.messages);
const q = (s: string) => console.table(db.sqlite.prepare(s).all());
q(`select channel, count(*) n from tickets group by 1 order by 2 desc`);
q(`select priority, count(*) n, avg(first_response_at - created_at)/60000.0 avg_fr_min from tickets group by 1`);
q(`select status, count(*) n, avg(satisfaction) sat, sum(satisfaction is not null) rated from tickets group by 1`);
q(`select category, count(*) n from tickets group by 1 order by 2 desc`);
q(`select avg(length(description)) d, avg(length(subject)) s from tickets`);
q(`select strftime('%w', created_at/1000, 'unixepoch') wd, count(*) from tickets group by 1`);
q(`select strftime('%H', created_at/1000, 'unixepoch') h, count(*) from tickets group by 1`);
q(`select strftime('%Y-%m', created_at/1000, 'unixepoch') m, count(*) from tickets group by 1`);
q(`select status, assignee_id is null unassigned, first_response_at is null unanswered, count(*) from tickets group by 1,2,3`);
q(`select satisfaction, count(*) from tickets group by 1`);
q(`select tags, count(*) from tickets group by 1 order by 2 desc limit 8`);
// medians of first response by priority
for (const p of ['urgent','high','medium','low']) {
  const v = db.sqlite.prepare(`select (first_response_at - created_at)/60000.0 from tickets where priority=? and first_response_at is not null order by 1`).pluck().all(p) as number[];
  const w = db.sqlite.prepare(`select (resolved_at - created_at)/3600000.0 from tickets where priority=? and resolved_at is not null order by 1`).pluck().all(p) as number[];
  console.log(p, 'fr median min', v[Math.floor(v.length/2)]?.toFixed(0), 'res median h', w[Math.floor(w.length/2)]?.toFixed(1), 'sla met', (db.sqlite.prepare(`select avg(first_response_at <= sla_due_at) from tickets where priority=? and first_response_at is not null`).pluck().get(p) as number).toFixed(2));
}
for (const t of db.sqlite.prepare(`select * from tickets order by random() limit 3`).all() as {id:string}[]) {
  console.log(t);
  console.log(db.sqlite.prepare(`select author_type, internal, datetime(created_at/1000,'unixepoch') at, body from ticket_messages where ticket_id=? order by created_at`).all(t.id));
}
console.log(db.sqlite.prepare('select * from customers order by random() limit 3').all());
console.log(db.sqlite.prepare('select id,name,email,role,created_at from agents').all());
