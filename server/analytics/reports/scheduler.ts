import { and, eq, lt } from 'drizzle-orm';
import type { ReportRun } from '../../../shared/schemas/reports.ts';
import { reportRuns, reportSchedules } from '../../db/schema.ts';
import type { Logger } from '../../lib/logger.ts';
import { reportSources } from '../exports/sources.ts';
import { onSchedulesChanged } from './changes.ts';
import { dueSchedules, nextDueAt, type RunRow, type ScheduleRow } from './queries.ts';
import { claimRun, sendRun, type ReportMailDeps } from './send.ts';
import { nextSlot } from './timing.ts';

/** The longest sleep between looks at the schedules (clock changes, edits from another process). */
export const maxSleepMs = 5 * 60_000;
/** A run still "sending" this long after it started was cut off by a stop. */
const interruptedAfterMs = 15 * 60_000;

export interface SchedulerOptions extends ReportMailDeps {
  logger: Logger;
  /** What "now" is; tests pass a fixed clock to play a restart after downtime. */
  now?: () => number;
  /** Run the due schedules at once (default true): a run missed while the server was down goes out on start. */
  runOnStart?: boolean;
}

export interface ReportScheduler {
  /** Sends whatever is due now and resolves with those runs (also what the timer calls). */
  runDue(): Promise<ReportRun[]>;
  /** Stops the timer and waits for a send in progress. */
  stop(): Promise<void>;
}

/**
 * Sends scheduled reports from inside the server process. It sleeps until the earliest
 * `next_run_at` (at most maxSleepMs, and woken when a schedule changes), then for each due
 * schedule moves `next_run_at` to its next slot after now and claims the run of the slot that was
 * due, in one transaction guarded by the old `next_run_at` and the runs' unique (schedule, due_at)
 * index: a slot is sent once even with two processes on the same database. A server that was down
 * over several slots sends the last missed one once, not one per missed day.
 */
export function startReportScheduler(options: SchedulerOptions): ReportScheduler {
  const { db, logger } = options;
  const clock = options.now ?? Date.now;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<ReportRun[]> | null = null;

  const claimDue = (now: number): [ScheduleRow, RunRow][] =>
    dueSchedules(db, now).flatMap((schedule): [ScheduleRow, RunRow][] => {
      const run = db.transaction((tx) => {
        const moved = tx
          .update(reportSchedules)
          .set({ nextRunAt: new Date(nextSlot(schedule, now)) })
          .where(and(eq(reportSchedules.id, schedule.id), eq(reportSchedules.nextRunAt, schedule.nextRunAt)))
          .run();
        return moved.changes === 1 ? claimRun(tx, schedule, schedule.nextRunAt.getTime(), now) : null;
      });
      return run ? [[schedule, run]] : [];
    });

  async function sendDue(): Promise<ReportRun[]> {
    const now = clock();
    const runs: ReportRun[] = [];
    for (const [schedule, run] of claimDue(now)) {
      const result = await sendRun(options, schedule, run, now);
      if (result.status === 'failed') logger.warn('scheduled report failed', { scheduleId: schedule.id, error: result.error });
      else logger.info('scheduled report sent', { scheduleId: schedule.id, recipients: result.recipients });
      runs.push(result);
    }
    return runs;
  }

  function arm(): void {
    clearTimeout(timer);
    if (stopped) return;
    const next = nextDueAt(db);
    const delay = next === null ? maxSleepMs : Math.min(Math.max(next - clock(), 0), maxSleepMs);
    timer = setTimeout(() => void runDue().catch((error: unknown) => logger.error('report scheduler failed', { error: String(error) })), delay);
    timer.unref();
  }

  /** One pass at a time: a call during a pass waits for it, then looks again. */
  function runDue(): Promise<ReportRun[]> {
    if (running) return running.catch(() => []).then(() => runDue());
    const pass = sendDue().finally(() => {
      if (running === pass) running = null;
      arm();
    });
    running = pass;
    return pass;
  }

  // Runs left "sending" by a stop in the middle of a send are failures, not sends in progress.
  const cutOff = new Date(clock() - interruptedAfterMs);
  db.update(reportRuns)
    .set({ status: 'failed', error: 'Lantern stopped before this report was sent', finishedAt: new Date(clock()) })
    .where(and(eq(reportRuns.status, 'sending'), lt(reportRuns.startedAt, cutOff)))
    .run();

  const unsubscribe = onSchedulesChanged(db, () => {
    if (!running) arm();
  });
  if (options.runOnStart === false) arm();
  else void runDue().catch((error: unknown) => logger.error('report scheduler failed', { error: String(error) }));

  return {
    runDue,
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}

/** The scheduler over the app's own parts, as `npm start` runs it (and tests that ask for it). */
export function startReportsFor(
  deps: { database: { db: ReportMailDeps['db'] }; mailer: ReportMailDeps['mailer']; config: { publicUrl: string }; logger: Logger },
  options: Pick<SchedulerOptions, 'now' | 'runOnStart'> = {},
): ReportScheduler {
  const { db } = deps.database;
  return startReportScheduler({
    db,
    mailer: deps.mailer,
    sources: reportSources(db),
    // Read when a report goes out: tests learn their port after the app is built.
    get publicUrl() {
      return deps.config.publicUrl;
    },
    logger: deps.logger,
    ...options,
  });
}
