import type Database from 'better-sqlite3';

/**
 * The SQL functions the analytics triggers call. They live on the connection, so every process
 * that writes tickets or chats must open the database through `openDatabase` (the sqlite3 shell
 * can read everything, but a write there fails with "no such function" rather than leaving a
 * rollup stale).
 */
export function registerAnalyticsFunctions(sqlite: Database.Database, businessMs: (start: number, end: number) => number): void {
  // Not deterministic: the answer depends on the business hours in force.
  sqlite.function('lantern_business_ms', { deterministic: false, varargs: false }, (start: unknown, end: unknown) =>
    typeof start === 'number' && typeof end === 'number' ? businessMs(start, end) : null,
  );
}
