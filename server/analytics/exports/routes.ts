import { Hono, type MiddlewareHandler } from 'hono';
import { mayExport, reportExportQuery, reportSections, ticketExportQuery, totalRowsHeader } from '../../../shared/schemas/reports.ts';
import { findAgentRow } from '../../agents/queries.ts';
import type { Deps } from '../../deps.ts';
import type { Db } from '../../db/open.ts';
import { principalOf } from '../../http/auth.ts';
import { sendDownload } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { readQuery } from '../../http/validate.ts';
import { AppError } from '../../lib/errors.ts';
import { resolveWindow } from '../range.ts';
import { buildReport } from './build-report.ts';
import { reportFile, ticketExportFile } from './files.ts';
import { reportRowCount } from './report.ts';
import { reportSources } from './sources.ts';
import { countTickets } from './ticket-rows.ts';

/**
 * Admins, and agents an admin allowed to export (Settings → Agents). Read from the database on
 * every request, so taking the permission away works at once. API tokens act with agent rights:
 * their creator's `can_export` decides.
 */
export function requireExport(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = principalOf(c);
    const agent = findAgentRow(db, principal.agent.id);
    if (!agent || !mayExport({ role: principal.role, canExport: agent.canExport })) {
      throw new AppError('forbidden', 'Exports are for admins and agents an admin allowed to export');
    }
    return next();
  };
}

/** Mounted at /api/support/analytics/exports. */
export function exportRoutes({ database, logger }: Deps) {
  const { db, sqlite } = database;
  const sources = reportSources(db);
  return new Hono<AppEnv>()
    .use(requireExport(db))
    .get('/tickets', (c) => {
      const { format, ...query } = readQuery(c, ticketExportQuery);
      const window = resolveWindow(query, Date.now());
      // Counted first, so the console can show progress against it.
      const rows = countTickets(sqlite, window.current);
      const failed = (error: unknown) => logger.error('ticket export failed', { requestId: c.get('requestId'), error: String(error) });
      return sendDownload(c, ticketExportFile(sqlite, window, format, rows, failed), logger, { [totalRowsHeader]: String(rows) });
    })
    .get('/report', (c) => {
      const { format, sections, ...query } = readQuery(c, reportExportQuery);
      const now = Date.now();
      const window = resolveWindow(query, now);
      const report = buildReport(sources, window, sections ?? reportSections, now);
      return sendDownload(c, reportFile(report, window, format), logger, { [totalRowsHeader]: String(reportRowCount(report)) });
    });
}
