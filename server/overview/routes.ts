import { Hono } from 'hono';
import { overviewQuery } from '../../shared/schemas/analytics-extra.ts';
import type { Deps } from '../deps.ts';
import { principalOf } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { readQuery } from '../http/validate.ts';
import { overviewFor } from './queries.ts';

export function overviewRoutes({ database }: Deps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const { tz } = readQuery(c, overviewQuery);
    return c.json(await overviewFor(database.db, principalOf(c).agent.id, tz));
  });
}
