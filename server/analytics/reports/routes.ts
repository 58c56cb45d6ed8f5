import { Hono } from 'hono';
import { reportScheduleInput, updateReportScheduleInput } from '../../../shared/schemas/reports.ts';
import { actorOf } from '../../auth/principal.ts';
import type { Deps } from '../../deps.ts';
import { notConfiguredMessage } from '../../email/smtp-mailer.ts';
import { principalOf, requireAdmin } from '../../http/auth.ts';
import type { AppEnv } from '../../http/env.ts';
import { parseWith, readId, readJson } from '../../http/validate.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { reportSources } from '../exports/sources.ts';
import { schedulesChanged } from './changes.ts';
import { createSchedule, deleteSchedule, findScheduleRow, getSchedule, listRuns, listSchedules, patchedSchedule, updateSchedule } from './queries.ts';
import { claimRun, sendRun } from './send.ts';

/** Mounted at /api/support/analytics/reports: agents see the schedules and their runs; admins manage and send them. */
export function reportRoutes({ database, mailer, config }: Deps) {
  const { db } = database;
  const sources = reportSources(db);
  return new Hono<AppEnv>()
    .get('/', (c) => c.json({ items: listSchedules(db) }))
    .post('/', requireAdmin, async (c) => {
      const input = await readJson(c, reportScheduleInput);
      const principal = principalOf(c);
      const schedule = createSchedule(db, input, { ...actorOf(principal), agentId: principal.agent.id }, Date.now());
      schedulesChanged(db);
      return c.json(schedule, 201);
    })
    .patch('/:id', requireAdmin, async (c) => {
      const id = readId(c);
      const patch = await readJson(c, updateReportScheduleInput);
      const before = findScheduleRow(db, id);
      if (!before) throw notFound('Report schedule');
      const input = parseWith(reportScheduleInput, patchedSchedule(before, patch), 'request body');
      const schedule = updateSchedule(db, id, input, actorOf(principalOf(c)), Date.now());
      schedulesChanged(db);
      return c.json(schedule);
    })
    .delete('/:id', requireAdmin, (c) => {
      deleteSchedule(db, readId(c), actorOf(principalOf(c)));
      schedulesChanged(db);
      return c.body(null, 204);
    })
    .get('/:id/runs', (c) => c.json({ items: listRuns(db, readId(c)) }))
    .post('/:id/send', requireAdmin, async (c) => {
      const id = readId(c);
      const schedule = findScheduleRow(db, id);
      if (!schedule) throw notFound('Report schedule');
      if (!mailer.configured) throw new AppError('service_unavailable', notConfiguredMessage);
      // "Send now" is a run of its own, due the moment it was asked for; the schedule's slots stay as they are.
      const now = Date.now();
      const run = claimRun(db, schedule, now, now);
      if (!run) throw new AppError('conflict', 'This report is being sent right now');
      const result = await sendRun({ db, mailer, sources, publicUrl: config.publicUrl }, schedule, run, now);
      return c.json({ run: result, schedule: getSchedule(db, id) }, 201);
    });
}
