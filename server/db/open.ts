import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { resolve } from 'node:path';
import { installAnalytics } from '../analytics/rollups/install.ts';
import { registerAnalyticsFunctions } from '../analytics/rollups/sql-functions.ts';
import { businessMsBetween } from '../team-settings/business-time.ts';
import { createCalendarHolder, type CalendarHolder } from '../team-settings/calendar-holder.ts';
import { storedBusinessCalendar } from '../team-settings/stored-calendar.ts';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenDatabase {
  /** The raw handle, for pragmas, bulk loads and health checks. */
  sqlite: Database.Database;
  db: Db;
  /** The business hours in force: the triggers' `lantern_business_ms` reads them, settings replace them. */
  calendar: CalendarHolder;
  close(): void;
}

const migrationsFolder = resolve(import.meta.dirname, 'migrations');

/** Opens (creating if needed) the SQLite file, sets the pragmas every connection needs, and migrates. */
export function openDatabase(file: string): OpenDatabase {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Safe with WAL: a power cut can lose the last commits but never corrupts the file.
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  const calendar = createCalendarHolder(storedBusinessCalendar(sqlite));
  registerAnalyticsFunctions(sqlite, (start, end) => businessMsBetween(start, end, calendar.get()));
  installAnalytics(sqlite);
  return { sqlite, db, calendar, close: () => sqlite.close() };
}

/** A database handle or an open transaction: what query helpers run against. */
export type Queryable = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;
