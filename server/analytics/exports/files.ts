import type Database from 'better-sqlite3';
import { Readable } from 'node:stream';
import type { ReportExportFormat, TableExportFormat } from '../../../shared/schemas/reports.ts';
import type { DownloadFile } from '../../http/download.ts';
import { downloadName } from '../../lib/download-name.ts';
import type { AnalyticsWindow } from '../range.ts';
import { wallClock } from './local-time.ts';
import type { Report } from './report.ts';
import { reportCsv } from './report-csv.ts';
import { renderReportPdf } from './report-pdf.ts';
import { reportXlsx } from './report-xlsx.ts';
import { ticketCsvChunks } from './tickets-csv.ts';
import { ticketsXlsx } from './tickets-xlsx.ts';

export const exportContentTypes: Record<ReportExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** "2025-06-01-to-2025-06-30": the window's first and last calendar day in its zone. */
export function windowDays(window: AnalyticsWindow): string {
  const toWall = wallClock(window.tz);
  const dayOf = (ms: number) => new Date(toWall(ms)).toISOString().slice(0, 10);
  return `${dayOf(window.current.from)}-to-${dayOf(window.current.to - 1)}`;
}

/**
 * A pull stream over async string chunks: the next chunk is produced only when the response has
 * room for it (backpressure), and a client that goes away stops the generator.
 */
export function chunkStream(chunks: AsyncGenerator<string>, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        // The client sees a cut-off download; the log says why.
        onError(error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** Every ticket created in the window, as a streamed CSV or Excel download. */
export function ticketExportFile(
  sqlite: Database.Database,
  window: AnalyticsWindow,
  format: TableExportFormat,
  rows: number,
  onError: (error: unknown) => void,
): DownloadFile {
  return {
    fileName: downloadName(`tickets-${windowDays(window)}`, format),
    contentType: exportContentTypes[format],
    body: format === 'csv' ? chunkStream(ticketCsvChunks(sqlite, window, rows), onError) : ticketsXlsx(sqlite, window, rows),
  };
}

/** The report in one of its formats. */
export function reportFile(report: Report, window: AnalyticsWindow, format: ReportExportFormat): DownloadFile {
  const body = format === 'csv' ? Readable.from([Buffer.from(reportCsv(report))]) : format === 'xlsx' ? reportXlsx(report) : renderReportPdf(report);
  return { fileName: downloadName(`analytics-report-${windowDays(window)}`, format), contentType: exportContentTypes[format], body };
}
