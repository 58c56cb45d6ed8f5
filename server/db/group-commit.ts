import type Database from 'better-sqlite3';
import type { Queryable } from './open.ts';
import { connectionOf, immediateTransaction } from './per-connection.ts';

interface Waiting {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit: writes handed over in the same turn of the event loop run in one BEGIN IMMEDIATE
 * transaction, and each caller hears back only once that transaction has committed. Under load
 * (hundreds of chat messages a second) the commit itself — appending pages to the WAL, flushing
 * the full-text index, the occasional checkpoint — is paid once per turn instead of once per write.
 *
 * - Writes run one after another in the order they were handed over (sequence numbers follow
 *   arrival), each synchronously, each in its own savepoint.
 * - A write that throws is rolled back to its savepoint and fails its own caller only.
 * - When the transaction fails as a whole (COMMIT refused, SQLite abandoning it after an I/O
 *   error), nothing of it was stored and every caller in it gets the error.
 * - Nothing resolves before COMMIT has returned: whoever acknowledges a write on resolve never
 *   acknowledges one that could still be lost.
 */
export function groupCommit<T>(db: Queryable, write: () => T): Promise<T> {
  const connection = connectionOf(db);
  let batch = batches.get(connection);
  if (!batch) batches.set(connection, (batch = new Batch(db)));
  return batch.add(write) as Promise<T>;
}

/** One batch per connection: a transaction belongs to its connection. */
const batches = new WeakMap<Database.Database, Batch>();

class Batch {
  private waiting: Waiting[] = [];

  /** Any handle on the connection: its queries all run on that one connection. */
  constructor(private readonly db: Queryable) {}

  add(write: () => unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      // After this turn's I/O callbacks: everything they hand over joins the same transaction.
      if (this.waiting.length === 0) setImmediate(() => this.commit());
      this.waiting.push({ write, resolve, reject });
    });
  }

  private commit(): void {
    const batch = this.waiting;
    this.waiting = [];
    const outcomes: Outcome[] = [];
    try {
      immediateTransaction(this.db, () => {
        for (const { write } of batch) {
          try {
            // Inside the open transaction this is a savepoint: a throw undoes this write only.
            outcomes.push({ ok: true, value: immediateTransaction(this.db, write) });
          } catch (error) {
            // SQLite rolled the whole transaction back: nothing written so far will commit.
            if (!connectionOf(this.db).inTransaction) throw error;
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      for (const { reject } of batch) reject(error);
      return;
    }
    batch.forEach(({ resolve, reject }, i) => {
      const outcome = outcomes[i] as Outcome;
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    });
  }
}
