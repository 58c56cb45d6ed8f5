import type { DashboardQuery } from '../schemas/analytics.ts';
import { totalRowsHeader, type ReportExportFormat, type ReportSection, type TableExportFormat } from '../schemas/report-options.ts';
import type { ReportRun, ReportSchedule, ReportScheduleInput, UpdateReportScheduleInput } from '../schemas/reports.ts';
import { queryString, readResponse, type Http, type HttpOptions, type Query } from './http.ts';

const id = (value: string) => encodeURIComponent(value);
const base = '/api/support/analytics';

/** How far a download is: rows of a ticket CSV (against the server's count), else bytes (total when known). */
export interface DownloadProgress {
  unit: 'rows' | 'bytes';
  done: number;
  total: number | null;
}

export interface DownloadedFile {
  blob: Blob;
  /** From Content-Disposition: what to save it as. */
  fileName: string;
}

export type TicketExportRequest = DashboardQuery & { format: TableExportFormat };
export type ReportExportRequest = DashboardQuery & { format: ReportExportFormat; sections?: readonly ReportSection[] };

export interface DownloadOptions {
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

const fileNameOf = (disposition: string | null, fallback: string) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

/** Counts CSV records as they stream by: line feeds outside quoted cells (a doubled quote toggles twice). */
function csvRecordCounter(): (bytes: Uint8Array) => number {
  let quoted = false;
  let records = 0;
  return (bytes) => {
    for (const byte of bytes) {
      if (byte === 0x22) quoted = !quoted;
      else if (byte === 0x0a && !quoted) records += 1;
    }
    return records;
  };
}

/**
 * Exports (`exports`) and scheduled email reports (`schedules`), spread into `api.reports`.
 * Downloads read the body as it streams, reporting progress, and resolve with the file as a Blob.
 */
export function reportsClient(http: Http, options: HttpOptions) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function download(path: string, query: Query, fallbackName: string, countRows: boolean, { onProgress, signal }: DownloadOptions): Promise<DownloadedFile> {
    const response = await doFetch(`${options.baseUrl}${path}${queryString(query)}`, {
      credentials: options.credentials ?? 'same-origin',
      signal,
    });
    if (!response.ok || !response.body) await readResponse(response); // throws the server's ApiError
    const rowsHeader = response.headers.get(totalRowsHeader);
    const unit = countRows && rowsHeader !== null ? 'rows' : 'bytes';
    const total = unit === 'rows' ? Number(rowsHeader) : Number(response.headers.get('content-length')) || null;
    const count = csvRecordCounter();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let bytes = 0;
    const reader = (response.body as ReadableStream<Uint8Array<ArrayBuffer>>).getReader();
    onProgress?.({ unit, done: 0, total });
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      // The heading line is not a ticket.
      onProgress?.({ unit, done: unit === 'rows' ? Math.max(count(value) - 1, 0) : bytes, total });
    }
    const blob = new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' });
    return { blob, fileName: fileNameOf(response.headers.get('content-disposition'), fallbackName) };
  }

  const reportQuery = ({ sections, ...rest }: ReportExportRequest): Query => ({ ...(rest as Query), sections: sections?.join(',') });

  return {
    exports: {
      /** Every ticket created in the range, CSV or Excel; progress in rows. Admins and agents with `canExport`. */
      tickets: (request: TicketExportRequest, options: DownloadOptions = {}) =>
        download(`${base}/exports/tickets`, request as Query, `tickets.${request.format}`, request.format === 'csv', options),
      /** The report (some or all sections) as CSV, Excel or PDF. */
      report: (request: ReportExportRequest, options: DownloadOptions = {}) =>
        download(`${base}/exports/report`, reportQuery(request), `analytics-report.${request.format}`, false, options),
      /** Where the ticket export downloads, for a plain link. */
      ticketsUrl: (request: TicketExportRequest) => `${options.baseUrl}${base}/exports/tickets${queryString(request as Query)}`,
      reportUrl: (request: ReportExportRequest) => `${options.baseUrl}${base}/exports/report${queryString(reportQuery(request))}`,
    },
    schedules: {
      list: () => http<{ items: ReportSchedule[] }>('GET', `${base}/reports`),
      /** Admins. Weekly needs `weekday` (0 = Monday), monthly `dayOfMonth` (1–28); at most 20 recipients. */
      create: (input: ReportScheduleInput) => http<ReportSchedule>('POST', `${base}/reports`, { body: input }),
      update: (scheduleId: string, input: UpdateReportScheduleInput) => http<ReportSchedule>('PATCH', `${base}/reports/${id(scheduleId)}`, { body: input }),
      remove: (scheduleId: string) => http<undefined>('DELETE', `${base}/reports/${id(scheduleId)}`),
      /** Newest first. */
      runs: (scheduleId: string) => http<{ items: ReportRun[] }>('GET', `${base}/reports/${id(scheduleId)}/runs`),
      /** Admins: builds and emails the report now (503 without SMTP); the schedule's slots stay as they are. */
      send: (scheduleId: string) => http<{ run: ReportRun; schedule: ReportSchedule }>('POST', `${base}/reports/${id(scheduleId)}/send`),
    },
  };
}
