import type { AnalyticsDashboard } from '../../../shared/schemas/analytics.ts';
import type { ReportSection } from '../../../shared/schemas/reports.ts';
import type { ExportColumn } from './ticket-rows.ts';

/**
 * The analytics report as data: tables (what CSV and Excel write) and chart series (what the PDF
 * draws beside them). Built once by build-report.ts, written by report-csv/-xlsx/-pdf.ts.
 */

export type ReportCell = string | number | null;

export interface ReportTable {
  /** Stable name, e.g. `overview`, `channels` (sheet names, CSV section headings). */
  key: string;
  section: ReportSection;
  title: string;
  /** The Excel sheet's name when the title is too long for one (31 characters). */
  sheet?: string;
  /** `minutes` columns hold minutes, `percent` columns 0–100. */
  columns: ExportColumn[];
  rows: ReportCell[][];
  /** The same rows as display text (units, durations as "1 h 5 min"), for the PDF. */
  display: string[][];
}

export interface VolumeDay {
  /** Calendar day in the report's zone, YYYY-MM-DD. */
  day: string;
  created: number;
  resolved: number;
}

export interface Report {
  title: string;
  generatedAt: number;
  range: { from: string; to: string; previousFrom: string; previousTo: string; tz: string };
  sections: ReportSection[];
  /** The dashboard the tables came from (an email states a few of its figures). */
  dashboard: AnalyticsDashboard;
  tables: ReportTable[];
  charts: {
    volume: VolumeDay[] | null;
    channels: { label: string; value: number }[] | null;
    resolutionTimes: { label: string; value: number }[] | null;
  };
}

export const sectionTitles: Record<ReportSection, string> = {
  overview: 'Overview',
  tickets: 'Ticket analytics',
  agents: 'Agent performance',
  customers: 'Customer insights',
  chat: 'Chat',
  knowledge: 'Knowledge base',
};

/** Rows in all of a report's tables: the `X-Total-Rows` of a report download. */
export const reportRowCount = (report: Report): number => report.tables.reduce((sum, table) => sum + table.rows.length, 0);
