import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { principalOf } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { overviewFor } from './queries.ts';

export function overviewRoutes({ database }: Deps) {
  return new Hono<AppEnv>().get('/', async (c) => c.json(await overviewFor(database.db, principalOf(c).agent.id)));
}
