import type { AnalyticsDashboard, TicketAnalytics } from '../../../shared/schemas/analytics.ts';
import type { CustomerInsights } from '../../../shared/schemas/analytics-extra.ts';
import type { Db } from '../../db/open.ts';
import { customerInsights } from '../customers/segments.ts';
import { buildDashboard } from '../dashboard.ts';
import type { AnalyticsWindow } from '../range.ts';
import { rollupReader } from '../rollups/rollup-reader.ts';
import { buildTicketAnalytics } from '../ticket-analytics.ts';

/**
 * Where a report's figures come from: the very domain functions behind GET /analytics/dashboard,
 * /tickets and /customers (the dashboard carries /agents' rows), so a report never disagrees with
 * the console.
 */
export interface ReportSources {
  dashboard(window: AnalyticsWindow, now: number): AnalyticsDashboard;
  tickets(window: AnalyticsWindow, now: number): TicketAnalytics;
  customers(window: AnalyticsWindow): CustomerInsights;
}

export function reportSources(db: Db): ReportSources {
  const reader = rollupReader(db);
  return {
    dashboard: (window, now) => buildDashboard(reader, db, window, now),
    tickets: (window, now) => buildTicketAnalytics(reader, db, window, now),
    customers: (window) => customerInsights(db, window),
  };
}
