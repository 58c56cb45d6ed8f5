import type Database from 'better-sqlite3';
import type { Readable } from 'node:stream';
import type { AnalyticsWindow } from '../range.ts';
import { wallClock } from './local-time.ts';
import { agentNames, col, countTickets, CustomerLookup, exportCells, TicketCursor, ticketColumns, type CustomerFields } from './ticket-rows.ts';
import { xlsxFile, type XlsxCell } from './xlsx.ts';

// Excel's limit is 1,048,576 rows a sheet; past it the export goes on in another sheet.
export const xlsxRowsPerSheet = 1_000_000;
const chunkRows = 1_000;

/** Every ticket created in the window's span as one .xlsx, streamed: times are real Excel dates in the window's zone. */
export function ticketsXlsx(sqlite: Database.Database, window: AnalyticsWindow, expectedRows = countTickets(sqlite, window.current)): Readable {
  return xlsxFile('Tickets', async (xlsx) => {
    const columns = ticketColumns(window.tz);
    const isTime = columns.map((column) => column.kind === 'time');
    const toWall = wallClock(window.tz);
    const agent = agentNames(sqlite);
    const customers = new CustomerLookup(sqlite, (fields): CustomerFields => fields, expectedRows);
    const cursor = new TicketCursor(sqlite, window.current);
    let sheetNumber = 1;
    let sheet = xlsx.addSheet('Tickets', columns);
    let rowsInSheet = 0;
    for (;;) {
      const rows = cursor.next(chunkRows);
      customers.load(rows);
      for (const row of rows) {
        if (rowsInSheet === xlsxRowsPerSheet) {
          sheet.commit();
          sheetNumber += 1;
          sheet = xlsx.addSheet(`Tickets ${sheetNumber}`, columns);
          rowsInSheet = 0;
        }
        const cells: XlsxCell[] = exportCells(row, customers.get(row[col.customerId]), agent);
        for (let i = 0; i < cells.length; i += 1) {
          const value = cells[i];
          if (isTime[i] && typeof value === 'number') cells[i] = new Date(toWall(value));
        }
        sheet.addRow(cells).commit();
        rowsInSheet += 1;
      }
      if (rows.length < chunkRows) break;
      await xlsx.drained();
    }
    sheet.commit();
  });
}
