import { and, eq } from 'drizzle-orm';
import type { ReportRun, ReportSection } from '../../../shared/schemas/reports.ts';
import type { Db, Queryable } from '../../db/open.ts';
import { reportRuns, reportSchedules } from '../../db/schema.ts';
import type { Mailer } from '../../email/mailer.ts';
import { notConfiguredMessage } from '../../email/smtp-mailer.ts';
import { downloadName } from '../../lib/download-name.ts';
import { AppError } from '../../lib/errors.ts';
import { readAll } from '../../lib/read-all.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { buildReport } from '../exports/build-report.ts';
import { windowDays } from '../exports/files.ts';
import { renderReportPdf } from '../exports/report-pdf.ts';
import type { ReportSources } from '../exports/sources.ts';
import { resolveWindow } from '../range.ts';
import type { RunRow, ScheduleRow } from './queries.ts';
import { toRun } from './queries.ts';
import { reportEmail } from './summary.ts';

export interface ReportMailDeps {
  db: Db;
  mailer: Mailer;
  sources: ReportSources;
  /** Where the email's link points (LANTERN_PUBLIC_URL). */
  publicUrl: string;
}

/**
 * Takes the run of `schedule` for the slot `dueAt`: inserts its row, which the unique
 * (schedule_id, due_at) index lets happen once only, whichever process asks first. Null when the
 * slot was already taken.
 */
export function claimRun(db: Queryable, schedule: ScheduleRow, dueAt: number, now: number): RunRow | null {
  const row: RunRow = {
    id: uuidv7(now),
    scheduleId: schedule.id,
    dueAt: new Date(dueAt),
    startedAt: new Date(now),
    finishedAt: null,
    status: 'sending',
    error: null,
    recipients: schedule.recipients.length,
  };
  const inserted = db.insert(reportRuns).values(row).onConflictDoNothing().run();
  return inserted.changes === 1 ? row : null;
}

/** What the runs history says went wrong: the mailer's errors say what to do (and name refused addresses). */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof AppError && error.fields ? Object.values(error.fields).join('; ') : '';
  return (details ? `${message}: ${details}` : message).slice(0, 500);
}

/**
 * Builds the report for a claimed run (the schedule's range ending now, in its zone), emails it
 * with the PDF attached, and records how it went. Never throws: a failure is the run's outcome.
 */
export async function sendRun(deps: ReportMailDeps, schedule: ScheduleRow, run: RunRow, now: number): Promise<ReportRun> {
  let error: string | null = null;
  try {
    if (!deps.mailer.configured) throw new Error(notConfiguredMessage);
    const window = resolveWindow({ range: schedule.range as '7d' | '30d' | '90d', tz: schedule.tz }, now);
    const report = buildReport(deps.sources, window, schedule.sections as ReportSection[], now);
    report.title = schedule.name;
    const pdf = await readAll(renderReportPdf(report));
    const period = `${windowDays(window).replace('-to-', ' to ')} (${schedule.tz})`;
    const email = reportEmail({ name: schedule.name, period, dashboard: report.dashboard, consoleUrl: `${deps.publicUrl}/console/analytics` });
    await deps.mailer.send({
      to: schedule.recipients,
      ...email,
      attachments: [{ filename: downloadName(`${schedule.name}-${windowDays(window)}`, 'pdf'), content: pdf, contentType: 'application/pdf' }],
    });
  } catch (failure) {
    error = describe(failure);
  }
  const finished: RunRow = { ...run, status: error ? 'failed' : 'sent', error, finishedAt: new Date() };
  deps.db.transaction((tx) => {
    tx.update(reportRuns).set({ status: finished.status, error, finishedAt: finished.finishedAt }).where(eq(reportRuns.id, run.id)).run();
    tx.update(reportSchedules).set({ lastRunAt: run.startedAt }).where(and(eq(reportSchedules.id, schedule.id))).run();
  });
  return toRun(finished);
}
