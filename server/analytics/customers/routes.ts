import { Hono } from 'hono';
import { dashboardQuery } from '../../../shared/schemas/analytics.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { readQuery } from '../../http/validate.ts';
import { resolveWindow } from '../range.ts';
import { customerInsights } from './segments.ts';

/** `GET /api/support/analytics/customers` with the dashboard's range query. */
export function customerInsightRoutes({ database }: Deps) {
  return new Hono<AppEnv>().get('/customers', (c) => c.json(customerInsights(database.db, resolveWindow(readQuery(c, dashboardQuery), Date.now()))));
}
