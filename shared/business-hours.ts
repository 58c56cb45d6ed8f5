import type { TicketPriority } from './schemas/tickets.ts';

/*
 * Plain constants of the team settings, without zod: the console imports them into its first
 * bundle (shared/schemas/team-settings.ts re-exports them beside the schemas).
 */

/** Limits the console's forms and the server share. */
export const teamSettingsLimits = {
  /** Open intervals over the whole week (e.g. 7 days × a few split shifts). */
  intervals: 42,
  holidays: 100,
  holidayName: 100,
  /** The longest SLA target: a year. */
  targetMinutes: 365 * 24 * 60,
} as const;

/** 0 = Monday … 6 = Sunday, as business hours and the analytics heatmap count. */
export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The order SLA targets are listed in: most urgent first. */
export const slaPriorityOrder: readonly TicketPriority[] = ['urgent', 'high', 'medium', 'low'];
