import { z } from 'zod';
import { dashboardQuery, isKnownTimeZone } from './analytics.ts';
import { email, requiredText, type IsoDate } from './common.ts';
import {
  reportExportFormats,
  reportFrequencies,
  reportSections,
  scheduleRanges,
  tableExportFormats,
  maxRecipients,
  type ReportFrequency,
  type ReportSection,
  type ScheduleRange,
} from './report-options.ts';

export * from './report-options.ts';

/** `GET …/analytics/exports/tickets`: every ticket created in the dashboard's range. */
export const ticketExportQuery = dashboardQuery.safeExtend({
  format: z.enum(tableExportFormats, { message: `must be one of ${tableExportFormats.join(', ')}` }).default('csv'),
});
export type TicketExportQuery = z.input<typeof ticketExportQuery>;

/** `sections=overview,agents` in a query string; every section when left out. */
const sectionList = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const names = [...new Set(value.split(',').map((name) => name.trim()).filter(Boolean))];
    const unknown = names.filter((name) => !(reportSections as readonly string[]).includes(name));
    if (unknown.length || !names.length) {
      ctx.addIssue({ code: 'custom', message: `must be a comma list of ${reportSections.join(', ')}` });
      return z.NEVER;
    }
    return reportSections.filter((section) => names.includes(section));
  });

/** `GET …/analytics/exports/report`: the whole report (or some sections) as one file. */
export const reportExportQuery = dashboardQuery.safeExtend({
  format: z.enum(reportExportFormats, { message: `must be one of ${reportExportFormats.join(', ')}` }).default('pdf'),
  sections: sectionList.optional(),
});
export type ReportExportQuery = z.input<typeof reportExportQuery>;

/* ───────────── Scheduled reports ───────────── */

const fields = {
  name: requiredText(120),
  sections: z
    .array(z.enum(reportSections, { message: `must be one of ${reportSections.join(', ')}` }))
    .min(1, { message: 'pick at least one section' })
    .max(reportSections.length)
    .refine((list) => new Set(list).size === list.length, { message: 'lists a section twice' }),
  range: z.enum(scheduleRanges, { message: `must be one of ${scheduleRanges.join(', ')}` }),
  frequency: z.enum(reportFrequencies, { message: `must be one of ${reportFrequencies.join(', ')}` }),
  weekday: z.number().int().min(0).max(6, { message: 'must be 0 (Monday) to 6 (Sunday)' }).nullable(),
  dayOfMonth: z.number().int().min(1).max(28, { message: 'must be 1 to 28 (every month has those days)' }).nullable(),
  hour: z.number().int().min(0).max(23, { message: 'must be 0 to 23' }),
  tz: z.string().max(64).refine(isKnownTimeZone, { message: 'is not a known time zone' }),
  recipients: z
    .array(email)
    .min(1, { message: 'add at least one recipient' })
    .max(maxRecipients, { message: `at most ${maxRecipients} recipients` }),
  enabled: z.boolean(),
};

interface Timing {
  frequency?: ReportFrequency;
  weekday?: number | null;
  dayOfMonth?: number | null;
}

/** Weekly needs a weekday, monthly a day of the month, and neither belongs to another frequency. */
export function timingIssues(value: Timing): [keyof Timing, string][] {
  const issues: [keyof Timing, string][] = [];
  const hasWeekday = value.weekday !== undefined && value.weekday !== null;
  const hasDay = value.dayOfMonth !== undefined && value.dayOfMonth !== null;
  if (value.frequency === 'weekly' && !hasWeekday) issues.push(['weekday', 'is required for weekly reports']);
  if (value.frequency !== 'weekly' && hasWeekday) issues.push(['weekday', 'is only for weekly reports']);
  if (value.frequency === 'monthly' && !hasDay) issues.push(['dayOfMonth', 'is required for monthly reports']);
  if (value.frequency !== 'monthly' && hasDay) issues.push(['dayOfMonth', 'is only for monthly reports']);
  return issues;
}

/** A whole schedule: what POST takes, and what PATCH's changes must add up to. */
export const reportScheduleInput = z
  .strictObject({
    ...fields,
    weekday: fields.weekday.optional(),
    dayOfMonth: fields.dayOfMonth.optional(),
    enabled: fields.enabled.default(true),
  })
  .superRefine((value, ctx) => {
    for (const [path, message] of timingIssues(value)) ctx.addIssue({ code: 'custom', path: [path], message });
  });
export type ReportScheduleInput = z.input<typeof reportScheduleInput>;
export type ReportScheduleInputParsed = z.output<typeof reportScheduleInput>;

/** Any of the fields; the server checks the schedule they make together with reportScheduleInput. */
export const updateReportScheduleInput = z
  .strictObject({
    name: fields.name.optional(),
    sections: fields.sections.optional(),
    range: fields.range.optional(),
    frequency: fields.frequency.optional(),
    weekday: fields.weekday.optional(),
    dayOfMonth: fields.dayOfMonth.optional(),
    hour: fields.hour.optional(),
    tz: fields.tz.optional(),
    recipients: fields.recipients.optional(),
    enabled: fields.enabled.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to update' });
export type UpdateReportScheduleInput = z.input<typeof updateReportScheduleInput>;

export const reportRunStatuses = ['sending', 'sent', 'failed'] as const;
export type ReportRunStatus = (typeof reportRunStatuses)[number];

export interface ReportRun {
  id: string;
  scheduleId: string;
  /** The slot this run is for (or the moment "Send now" was pressed). */
  dueAt: IsoDate;
  startedAt: IsoDate;
  finishedAt: IsoDate | null;
  status: ReportRunStatus;
  error: string | null;
  /** How many addresses it went to. */
  recipients: number;
}

export interface ReportSchedule {
  id: string;
  name: string;
  sections: ReportSection[];
  range: ScheduleRange;
  frequency: ReportFrequency;
  weekday: number | null;
  dayOfMonth: number | null;
  hour: number;
  tz: string;
  recipients: string[];
  enabled: boolean;
  createdBy: { id: string; name: string } | null;
  nextRunAt: IsoDate;
  lastRunAt: IsoDate | null;
  lastRun: ReportRun | null;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}
