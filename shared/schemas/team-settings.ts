import { z } from 'zod';
import { isKnownTimeZone } from './analytics.ts';
import type { IsoDate } from './common.ts';
import type { TicketPriority } from './tickets.ts';

export { slaPriorityOrder, teamSettingsLimits, weekdayNames } from '../business-hours.ts';
import { teamSettingsLimits } from '../business-hours.ts';

const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since local midnight of `HH:MM` ('24:00' is the end of the day). */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** One open stretch of a weekday, in the calendar's time zone: [open, close). */
export const openInterval = z.strictObject({
  day: z.number({ message: 'must be a weekday number (0 = Monday … 6 = Sunday)' }).int().min(0).max(6, { message: 'must be 0 (Monday) to 6 (Sunday)' }),
  open: z.string().regex(clockTime, { message: 'must be a time like 09:00' }),
  close: z.string().refine((value) => clockTime.test(value) || value === '24:00', { message: 'must be a time like 17:00 (24:00 for midnight)' }),
});
export type OpenInterval = z.infer<typeof openInterval>;

export const holiday = z.strictObject({
  date: z.iso.date({ message: 'must be a date (YYYY-MM-DD)' }),
  name: z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(teamSettingsLimits.holidayName, { message: `must be at most ${teamSettingsLimits.holidayName} characters` }),
});
export type Holiday = z.infer<typeof holiday>;

/**
 * When the team works: weekly open intervals in an IANA zone (DST included), and holidays closed
 * all day. Intervals of a day must not overlap; several per day make split shifts.
 */
export const businessCalendar = z
  .strictObject({
    timeZone: z.string().refine(isKnownTimeZone, { message: 'is not a known time zone' }),
    week: z
      .array(openInterval)
      .min(1, { message: 'needs at least one open interval' })
      .max(teamSettingsLimits.intervals, { message: `at most ${teamSettingsLimits.intervals} open intervals` }),
    holidays: z.array(holiday).max(teamSettingsLimits.holidays, { message: `at most ${teamSettingsLimits.holidays} holidays` }),
  })
  .superRefine((calendar, ctx) => {
    const byDay = new Map<number, Array<{ index: number; open: number; close: number }>>();
    calendar.week.forEach((interval, index) => {
      const open = minutesOf(interval.open);
      const close = minutesOf(interval.close);
      if (close <= open) {
        ctx.addIssue({ code: 'custom', path: ['week', index, 'close'], message: 'must be after the opening time' });
        return;
      }
      const list = byDay.get(interval.day) ?? [];
      list.push({ index, open, close });
      byDay.set(interval.day, list);
    });
    for (const [, list] of byDay) {
      list.sort((a, b) => a.open - b.open);
      for (let i = 1; i < list.length; i += 1) {
        const previous = list[i - 1];
        const current = list[i];
        if (previous && current && current.open < previous.close) {
          ctx.addIssue({ code: 'custom', path: ['week', current.index, 'open'], message: 'overlaps another interval of the same day' });
        }
      }
    }
    const seen = new Set<string>();
    calendar.holidays.forEach((entry, index) => {
      if (seen.has(entry.date)) ctx.addIssue({ code: 'custom', path: ['holidays', index, 'date'], message: 'is already a holiday' });
      seen.add(entry.date);
    });
  });
export type BusinessCalendar = z.infer<typeof businessCalendar>;

export const slaClocks = ['calendar', 'business'] as const;
export type SlaClock = (typeof slaClocks)[number];

const targetMinutes = z
  .number({ message: 'must be a number of minutes' })
  .int({ message: 'must be whole minutes' })
  .positive({ message: 'must be more than 0' })
  .max(teamSettingsLimits.targetMinutes, { message: 'must be at most a year' });

export const priorityTargets = z
  .strictObject({ firstResponseMinutes: targetMinutes, resolutionMinutes: targetMinutes })
  .refine((target) => target.resolutionMinutes >= target.firstResponseMinutes, {
    path: ['resolutionMinutes'],
    message: 'must not be shorter than the first response target',
  });
export type PriorityTargets = z.infer<typeof priorityTargets>;

/**
 * SLA targets per priority. `calendar`: wall-clock minutes from creation; `business`: minutes of
 * business hours (the due time skips nights, weekends and holidays).
 */
export const slaTargets = z.strictObject({
  clock: z.enum(slaClocks, { message: 'must be calendar or business' }),
  priorities: z.strictObject({
    urgent: priorityTargets,
    high: priorityTargets,
    medium: priorityTargets,
    low: priorityTargets,
  }) satisfies z.ZodType<Record<TicketPriority, PriorityTargets>>,
});
export type SlaTargets = z.infer<typeof slaTargets>;

/** The whole settings document: PUT replaces it. */
export const teamSettingsInput = z.strictObject({
  businessHours: businessCalendar,
  slaTargets,
});
export type TeamSettingsInput = z.input<typeof teamSettingsInput>;

export interface TeamSettings {
  businessHours: BusinessCalendar;
  slaTargets: SlaTargets;
  /** Null until an admin first saves (the defaults are in force). */
  updatedAt: IsoDate | null;
}

const weekdays = [0, 1, 2, 3, 4] as const;

/** Monday to Friday, 09:00–17:00 UTC, no holidays. */
export const defaultBusinessCalendar: BusinessCalendar = {
  timeZone: 'UTC',
  week: weekdays.map((day) => ({ day, open: '09:00', close: '17:00' })),
  holidays: [],
};

const hour = 60;

/** What most help desks start from: first response 1 h / 4 h / 8 h / 24 h, resolution 4 h / 24 h / 48 h / 120 h, wall-clock. */
export const defaultSlaTargets: SlaTargets = {
  clock: 'calendar',
  priorities: {
    urgent: { firstResponseMinutes: 1 * hour, resolutionMinutes: 4 * hour },
    high: { firstResponseMinutes: 4 * hour, resolutionMinutes: 24 * hour },
    medium: { firstResponseMinutes: 8 * hour, resolutionMinutes: 48 * hour },
    low: { firstResponseMinutes: 24 * hour, resolutionMinutes: 120 * hour },
  },
};

