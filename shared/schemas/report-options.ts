/**
 * The choices of exports and scheduled reports, without zod, so the console can list them
 * without loading the validation library (reports.ts builds the schemas from these).
 */

/** The parts of the analytics report, in the order a report shows them. */
export const reportSections = ['overview', 'tickets', 'agents', 'customers', 'chat', 'knowledge'] as const;
export type ReportSection = (typeof reportSections)[number];

export const tableExportFormats = ['csv', 'xlsx'] as const;
export type TableExportFormat = (typeof tableExportFormats)[number];
export const reportExportFormats = ['csv', 'xlsx', 'pdf'] as const;
export type ReportExportFormat = (typeof reportExportFormats)[number];

/** Response header of both exports: how many rows (tickets, or table rows of a report) are coming. */
export const totalRowsHeader = 'X-Total-Rows';

export const scheduleRanges = ['7d', '30d', '90d'] as const;
export type ScheduleRange = (typeof scheduleRanges)[number];
export const reportFrequencies = ['daily', 'weekly', 'monthly'] as const;
export type ReportFrequency = (typeof reportFrequencies)[number];
export const maxRecipients = 20;
export { weekdayNames } from '../business-hours.ts';

/** Exports (CSV, Excel, PDF of analytics) are for admins, and for agents an admin allowed. */
export const mayExport = (agent: { role: 'admin' | 'agent'; canExport: boolean }): boolean => agent.role === 'admin' || agent.canExport;
