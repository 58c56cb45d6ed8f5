import type Database from 'better-sqlite3';
import type { AnalyticsWindow } from '../range.ts';
import { csvLine, csvNumber, csvText, utf8Bom } from './csv.ts';
import { localTimeText } from './local-time.ts';
import { agentNames, col, countTickets, CustomerLookup, minutesOf, TicketCursor, ticketColumns, yieldToEventLoop, type TicketRow } from './ticket-rows.ts';

/** Rows per chunk: about 125 KB of CSV, a few milliseconds of work between yields (small chunks are cheap garbage). */
export const csvChunkRows = 500;

/**
 * Every ticket created in the window's current span as CSV chunks (BOM and header first), read
 * and written a chunk at a time: memory stays flat however many tickets there are. Between
 * chunks it yields to the event loop, and it only reads the next chunk when the consumer asks.
 */
export async function* ticketCsvChunks(sqlite: Database.Database, window: AnalyticsWindow, expectedRows = countTickets(sqlite, window.current)): AsyncGenerator<string> {
  const { tz } = window;
  const time = localTimeText(tz);
  const agentNamed = agentNames(sqlite);
  const agentCells = new Map<string | null, string>();
  const agent = (id: string | null): string => {
    let cell = agentCells.get(id);
    if (cell === undefined) agentCells.set(id, (cell = csvText(agentNamed(id))));
    return cell;
  };
  // Name, email and company, escaped once per customer.
  const customers = new CustomerLookup(sqlite, ([name, email, company]) => `${csvText(name)},${csvText(email)},${csvText(company)}`, expectedRows);
  const cursor = new TicketCursor(sqlite, window.current);
  yield utf8Bom + csvLine(ticketColumns(tz).map((column) => column.header));

  // One line, built without an array per row: the hot loop of a million-row export.
  const line = (row: TicketRow): string => {
    const created = row[col.createdAt];
    const firstResponse = row[col.firstResponseAt];
    const resolved = row[col.resolvedAt];
    return (
      `${row[col.number]},${csvText(row[col.subject])},${row[col.status]},${row[col.priority]},${row[col.channel]},` +
      `${csvText(row[col.category])},${customers.get(row[col.customerId])},${agent(row[col.assigneeId])},` +
      `${time(created)},${time(firstResponse) ?? ''},${time(resolved) ?? ''},` +
      `${csvNumber(minutesOf(firstResponse === null ? null : firstResponse - created))},` +
      `${csvNumber(minutesOf(resolved === null ? null : resolved - created))},` +
      `${csvNumber(minutesOf(row[col.firstResponseBusinessMs]))},${csvNumber(minutesOf(row[col.resolutionBusinessMs]))},` +
      `${csvNumber(row[col.satisfaction])},${time(row[col.slaDueAt]) ?? ''},${time(row[col.resolutionDueAt]) ?? ''}\r\n`
    );
  };

  for (;;) {
    const rows = cursor.next(csvChunkRows);
    customers.load(rows);
    let chunk = '';
    for (const row of rows) chunk += line(row);
    if (chunk) yield chunk;
    if (rows.length < csvChunkRows) return;
    await yieldToEventLoop();
  }
}

/**
 * The ticket export as a plain function (the route streams it; `npm run bench:analytics` times
 * it): calls `write` with each chunk, waiting for it when it returns a promise (backpressure).
 * Resolves with the number of bytes of UTF-8 written.
 */
export async function streamTicketsCsv(
  sqlite: Database.Database,
  window: AnalyticsWindow,
  write: (chunk: string) => void | Promise<void>,
): Promise<{ bytes: number }> {
  let bytes = 0;
  for await (const chunk of ticketCsvChunks(sqlite, window)) {
    bytes += Buffer.byteLength(chunk);
    await write(chunk);
  }
  return { bytes };
}
