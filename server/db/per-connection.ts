import Database from 'better-sqlite3';
import { getTableColumns, sql, type Placeholder } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Queryable } from './open.ts';

/**
 * A query that a hot path runs many times a second (every chat message), built with drizzle and
 * prepared in SQLite once per database connection instead of on every call: building the SQL and
 * preparing the statement cost far more than running it (about 100 µs against a few µs for the
 * chat's point lookups). Values go in as named placeholders, which drizzle maps like any other
 * value of their column (dates, JSON, booleans):
 *
 *   const sessionById = prepared((db) =>
 *     db.select().from(chatSessions).where(eq(chatSessions.id, sql.placeholder('id'))).prepare());
 *   sessionById(tx).get({ id });
 *
 * A statement belongs to the connection, not to a transaction: it runs on the database or inside
 * any of its transactions (same connection, so it joins whatever transaction is open).
 */
export function prepared<T>(build: (db: Queryable) => T): (db: Queryable) => T {
  const perConnection = new WeakMap<Database.Database, T>();
  return (db) => {
    const connection = connectionOf(db);
    let query = perConnection.get(connection);
    if (query === undefined) {
      query = build(db);
      perConnection.set(connection, query);
    }
    return query;
  };
}

/**
 * Runs `fn` in a BEGIN IMMEDIATE transaction (a savepoint inside one already open), exactly like
 * `db.transaction(fn, { behavior: 'immediate' })` but without drizzle building a transaction object
 * on every call, which costs more than a chat message's own queries. `fn` queries through `db`
 * itself: on the one connection, so everything it runs is inside the transaction, and a throw
 * rolls it back.
 */
export function immediateTransaction<T>(db: Queryable, fn: () => T): T {
  return transactionOf(db).immediate(fn) as T;
}

const transactionOf = prepared((db) => connectionOf(db).transaction((fn: () => unknown) => fn()));

/**
 * Insert values that are all placeholders named after their columns' keys, so a prepared insert
 * binds a whole row: `insertMessage(tx).run(row)`.
 */
export function rowPlaceholders<T extends SQLiteTable>(table: T): Record<keyof T['$inferInsert'], Placeholder> {
  const keys = Object.keys(getTableColumns(table)) as (keyof T['$inferInsert'] & string)[];
  return Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)])) as Record<keyof T['$inferInsert'], Placeholder>;
}

/**
 * The better-sqlite3 connection behind a drizzle database or transaction: a transaction runs on its
 * database's session, and the session holds the client. drizzle keeps `session` internal, hence
 * the check: an upgrade that moves it fails here, loudly, on the first query.
 */
export function connectionOf(db: Queryable): Database.Database {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (!(client instanceof Database)) throw new Error('prepared(): no better-sqlite3 connection behind this drizzle handle');
  return client;
}
