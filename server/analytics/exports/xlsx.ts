import ExcelJS from 'exceljs';
import { PassThrough, type Readable } from 'node:stream';
import type { ColumnKind, ExportColumn } from './ticket-rows.ts';

/**
 * Excel files written with exceljs' streaming WorkbookWriter: rows are committed (serialised into
 * the zip) as they are added, so a sheet of a million rows never sits in memory. Text is written
 * as text cells (never formulas), so a subject starting with "=" stays text in Excel.
 */

export type XlsxCell = string | number | Date | null;

const numberFormats: Partial<Record<ColumnKind, string>> = {
  time: 'yyyy-mm-dd hh:mm',
  minutes: '0.0',
  // Percentages are written as 0–100 (the heading says %), as in the CSV.
  percent: '0.0',
};

// Bytes of finished zip the reader may leave unread, or of sheet XML the zip may leave
// uncompressed, before we wait for them.
const readBufferLimit = 1024 * 1024;

/**
 * The sheet's XML waiting to be compressed. exceljs writes rows into the zip entry without
 * waiting for the compressor (which works a 16 KB slice per event-loop turn), so without this
 * a large sheet piles up in memory and the download only starts at the end. Read from exceljs 4's
 * stream internals (`stream.pipes`, readable-stream's `_writableState`); 0 if they change shape.
 */
function uncompressedBytes(sheet: ExcelJS.Worksheet | null): number {
  const stream = (sheet as unknown as { stream?: { pipes?: { _writableState?: { length?: number } }[] } } | null)?.stream;
  return (stream?.pipes ?? []).reduce((total, pipe) => total + (pipe._writableState?.length ?? 0), 0);
}

export class XlsxStream {
  /** The .xlsx bytes, as they are produced. */
  readonly output: Readable;
  private readonly sink = new PassThrough();
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private current: ExcelJS.Worksheet | null = null;

  constructor(title: string) {
    this.output = this.sink;
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.sink, useStyles: true, useSharedStrings: false });
    this.workbook.creator = 'Lantern';
    this.workbook.title = title;
    this.workbook.created = new Date();
  }

  /** A sheet with a bold, frozen heading row; add rows with `sheet.addRow(cells).commit()`. */
  addSheet(name: string, columns: readonly ExportColumn[]): ExcelJS.Worksheet {
    const sheet = this.workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column) => {
      const numFmt = numberFormats[column.kind];
      return { header: column.header, width: column.width, ...(numFmt ? { style: { numFmt } } : {}) };
    });
    sheet.getRow(1).font = { bold: true };
    this.current = sheet;
    return sheet;
  }

  /** Waits while the compressor or the reader is behind, then lets other work run. */
  async drained(): Promise<void> {
    while ((this.sink.readableLength > readBufferLimit || uncompressedBytes(this.current) > readBufferLimit) && !this.sink.destroyed) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Writes the workbook's remaining parts and ends the stream. */
  async finish(): Promise<void> {
    await this.workbook.commit();
  }

  fail(error: unknown): void {
    this.sink.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
}

/** Runs `write` against a new workbook and returns its bytes as a stream; a failure destroys the stream. */
export function xlsxFile(title: string, write: (xlsx: XlsxStream) => Promise<void>): Readable {
  const xlsx = new XlsxStream(title);
  void write(xlsx)
    .then(() => xlsx.finish())
    .catch((error: unknown) => xlsx.fail(error));
  return xlsx.output;
}
