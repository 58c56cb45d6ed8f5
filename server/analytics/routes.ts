import { Hono } from 'hono';
import { dashboardQuery } from '../../shared/schemas/analytics.ts';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../http/env.ts';
import { readQuery } from '../http/validate.ts';
import { buildDashboard } from './dashboard.ts';
import { resolveWindow } from './range.ts';
import { rawReader } from './raw-reader.ts';

export function analyticsRoutes({ database }: Deps) {
  const reader = rawReader(database.db);
  return new Hono<AppEnv>().get('/dashboard', async (c) => {
    const query = readQuery(c, dashboardQuery);
    const now = Date.now();
    return c.json(await buildDashboard(reader, resolveWindow(query, now), now));
  });
}
