import { Hono } from 'hono';
import type { Health } from '../../shared/schemas/activity.ts';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../http/env.ts';
import { version } from '../version.ts';

const started = Date.now();

export function healthRoutes({ database }: Deps) {
  return new Hono<AppEnv>().get('/', (c) => {
    let db: Health['db'] = { ok: false, journalMode: 'unknown', migrations: 0 };
    try {
      const journalMode = String(database.sqlite.pragma('journal_mode', { simple: true }));
      const row = database.sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
      db = { ok: true, journalMode, migrations: row.n };
    } catch {
      // reported below as ok: false; a health check must answer even when the database cannot
    }
    const body: Health = { ok: db.ok, db, version, uptimeSeconds: Math.round((Date.now() - started) / 1000) };
    return c.json(body, db.ok ? 200 : 503);
  });
}
