import { and, asc, desc, eq, inArray, lte, min } from 'drizzle-orm';
import {
  type ReportRun,
  type ReportSchedule,
  type ReportScheduleInputParsed,
  type ReportSection,
  type ScheduleRange,
  type UpdateReportScheduleInput,
} from '../../../shared/schemas/reports.ts';
import { recordAudit, type Actor } from '../../audit/log.ts';
import type { Db, Queryable } from '../../db/open.ts';
import { agents, reportRuns, reportSchedules } from '../../db/schema.ts';
import { changedFields, definedOnly } from '../../lib/changes.ts';
import { notFound } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { nextSlot } from './timing.ts';

export type ScheduleRow = typeof reportSchedules.$inferSelect;
export type RunRow = typeof reportRuns.$inferSelect;

const iso = (date: Date) => date.toISOString();

export function toRun(row: RunRow): ReportRun {
  return {
    id: row.id,
    scheduleId: row.scheduleId,
    dueAt: iso(row.dueAt),
    startedAt: iso(row.startedAt),
    finishedAt: row.finishedAt ? iso(row.finishedAt) : null,
    status: row.status,
    error: row.error,
    recipients: row.recipients,
  };
}

function toSchedule(row: ScheduleRow, creator: { id: string; name: string } | null, lastRun: RunRow | undefined): ReportSchedule {
  return {
    id: row.id,
    name: row.name,
    sections: row.sections as ReportSection[],
    range: row.range as ScheduleRange,
    frequency: row.frequency,
    weekday: row.weekday,
    dayOfMonth: row.dayOfMonth,
    hour: row.hour,
    tz: row.tz,
    recipients: row.recipients,
    enabled: row.enabled,
    createdBy: creator,
    nextRunAt: iso(row.nextRunAt),
    lastRunAt: row.lastRunAt ? iso(row.lastRunAt) : null,
    lastRun: lastRun ? toRun(lastRun) : null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** Schedules with their creator and latest run, oldest first. */
export function listSchedules(db: Queryable, ids?: string[]): ReportSchedule[] {
  const rows = db
    .select({ schedule: reportSchedules, creator: { id: agents.id, name: agents.name } })
    .from(reportSchedules)
    .leftJoin(agents, eq(agents.id, reportSchedules.createdBy))
    .where(ids ? inArray(reportSchedules.id, ids) : undefined)
    .orderBy(asc(reportSchedules.createdAt), asc(reportSchedules.id))
    .all();
  return rows.map(({ schedule, creator }) => {
    const last = db.select().from(reportRuns).where(eq(reportRuns.scheduleId, schedule.id)).orderBy(desc(reportRuns.startedAt)).limit(1).get();
    return toSchedule(schedule, creator?.id ? { id: creator.id, name: creator.name } : null, last);
  });
}

export function getSchedule(db: Queryable, id: string): ReportSchedule {
  const [schedule] = listSchedules(db, [id]);
  if (!schedule) throw notFound('Report schedule');
  return schedule;
}

export function findScheduleRow(db: Queryable, id: string): ScheduleRow | undefined {
  return db.select().from(reportSchedules).where(eq(reportSchedules.id, id)).get();
}

const fieldsOf = (input: ReportScheduleInputParsed) => ({
  name: input.name,
  sections: input.sections,
  range: input.range,
  frequency: input.frequency,
  weekday: input.weekday ?? null,
  dayOfMonth: input.dayOfMonth ?? null,
  hour: input.hour,
  tz: input.tz,
  recipients: input.recipients,
  enabled: input.enabled,
});

export function createSchedule(db: Db, input: ReportScheduleInputParsed, actor: Actor & { agentId: string | null }, now: number): ReportSchedule {
  return db.transaction((tx) => {
    const fields = fieldsOf(input);
    const row: ScheduleRow = {
      id: uuidv7(now),
      ...fields,
      createdBy: actor.agentId,
      nextRunAt: new Date(nextSlot(fields, now)),
      lastRunAt: null,
      createdAt: new Date(now),
      updatedAt: new Date(now),
    };
    tx.insert(reportSchedules).values(row).run();
    recordAudit(tx, actor, 'report.created', 'report_schedule', row.id, { ...fields }, new Date(now));
    return getSchedule(tx, row.id);
  });
}

/**
 * What a PATCH makes of a schedule, for the caller to validate as a whole schedule (a weekly
 * schedule turned monthly needs a day of the month, and loses its weekday unless it is given).
 */
export function patchedSchedule(before: ScheduleRow, patch: UpdateReportScheduleInput): Record<string, unknown> {
  return {
    name: before.name,
    sections: before.sections,
    range: before.range,
    frequency: before.frequency,
    ...(before.weekday !== null ? { weekday: before.weekday } : {}),
    ...(before.dayOfMonth !== null ? { dayOfMonth: before.dayOfMonth } : {}),
    hour: before.hour,
    tz: before.tz,
    recipients: before.recipients,
    enabled: before.enabled,
    ...(patch.frequency && patch.frequency !== 'weekly' && patch.weekday === undefined ? { weekday: null } : {}),
    ...(patch.frequency && patch.frequency !== 'monthly' && patch.dayOfMonth === undefined ? { dayOfMonth: null } : {}),
    ...definedOnly(patch),
  };
}

/** Saves a schedule's new fields; the next run is recomputed from now when its timing changed. */
export function updateSchedule(db: Db, id: string, input: ReportScheduleInputParsed, actor: Actor, now: number): ReportSchedule {
  return db.transaction((tx) => {
    const before = findScheduleRow(tx, id);
    if (!before) throw notFound('Report schedule');
    const fields = fieldsOf(input);
    const timingChanged = (['frequency', 'weekday', 'dayOfMonth', 'hour', 'tz', 'enabled'] as const).some((key) => fields[key] !== before[key]);
    const after: ScheduleRow = {
      ...before,
      ...fields,
      nextRunAt: timingChanged ? new Date(nextSlot(fields, now)) : before.nextRunAt,
      updatedAt: new Date(now),
    };
    tx.update(reportSchedules).set(after).where(eq(reportSchedules.id, id)).run();
    const changes = changedFields(before, after, Object.keys(fields));
    if (Object.keys(changes).length) recordAudit(tx, actor, 'report.updated', 'report_schedule', id, changes, new Date(now));
    return getSchedule(tx, id);
  });
}

export function deleteSchedule(db: Db, id: string, actor: Actor): void {
  db.transaction((tx) => {
    const before = findScheduleRow(tx, id);
    if (!before) throw notFound('Report schedule');
    tx.delete(reportSchedules).where(eq(reportSchedules.id, id)).run();
    recordAudit(tx, actor, 'report.deleted', 'report_schedule', id, { name: before.name });
  });
}

/** A schedule's runs, newest first (at most `limit`). */
export function listRuns(db: Queryable, scheduleId: string, limit = 50): ReportRun[] {
  if (!findScheduleRow(db, scheduleId)) throw notFound('Report schedule');
  return db
    .select()
    .from(reportRuns)
    .where(eq(reportRuns.scheduleId, scheduleId))
    .orderBy(desc(reportRuns.startedAt), desc(reportRuns.id))
    .limit(limit)
    .all()
    .map(toRun);
}

/** Enabled schedules whose next run is due at `now`. */
export function dueSchedules(db: Queryable, now: number): ScheduleRow[] {
  return db
    .select()
    .from(reportSchedules)
    .where(and(eq(reportSchedules.enabled, true), lte(reportSchedules.nextRunAt, new Date(now))))
    .orderBy(asc(reportSchedules.nextRunAt))
    .all();
}

/** When the next enabled schedule is due; null when none is. */
export function nextDueAt(db: Queryable): number | null {
  const row = db.select({ at: min(reportSchedules.nextRunAt) }).from(reportSchedules).where(eq(reportSchedules.enabled, true)).get();
  return row?.at ? new Date(row.at).getTime() : null;
}
