import { Hono } from 'hono';
import { dashboardQuery } from '../../shared/schemas/analytics.ts';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../http/env.ts';
import { readQuery } from '../http/validate.ts';
import { agentPerformance, buildDashboard, rangeOf } from './dashboard.ts';
import { resolveWindow } from './range.ts';
import { rollupReader } from './rollups/rollup-reader.ts';
import { buildTicketAnalytics } from './ticket-analytics.ts';

export function analyticsRoutes({ database }: Deps) {
  const { db } = database;
  const reader = rollupReader(db);
  return new Hono<AppEnv>()
    .get('/dashboard', (c) => {
      const now = Date.now();
      return c.json(buildDashboard(reader, db, resolveWindow(readQuery(c, dashboardQuery), now), now));
    })
    .get('/tickets', (c) => {
      const now = Date.now();
      return c.json(buildTicketAnalytics(reader, db, resolveWindow(readQuery(c, dashboardQuery), now), now));
    })
    .get('/agents', (c) => {
      const window = resolveWindow(readQuery(c, dashboardQuery), Date.now());
      return c.json({ range: rangeOf(window), agents: agentPerformance(reader, db, window.current) });
    });
}
