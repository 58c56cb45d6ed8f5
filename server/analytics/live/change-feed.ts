import type Database from 'better-sqlite3';

/**
 * Who wants to hear that the analytics changed. The database's triggers bump
 * `analytics_state.version` (one row) in the same transaction as every ticket or chat write, so
 * one cheap read a second tells whether anything changed, whichever process or path wrote it.
 *
 * One poller per app, shared by all listeners: it starts with the first listener and stops with
 * the last, and its timer is unref'd so it never keeps the process alive. Many writes within one
 * interval are one change.
 */

export type ChangeListener = (version: number) => void;

export interface ChangeFeed {
  /** Calls `listener` with the new version after each change; returns the unsubscribe. */
  subscribe(listener: ChangeListener): () => void;
  /** The version as last read (read now when nobody is polling). */
  version(): number;
  /** Listeners now (for tests and health). */
  listeners(): number;
}

export interface ChangeFeedOptions {
  intervalMs?: number;
  /** A failed read (say, the database closing under a test) is reported here; polling goes on. */
  onError?: (error: unknown) => void;
}

export const defaultPollMs = 1000;

export function createChangeFeed(readVersion: () => number, { intervalMs = defaultPollMs, onError }: ChangeFeedOptions = {}): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  let timer: NodeJS.Timeout | null = null;
  let last = 0;

  const poll = () => {
    let current: number;
    try {
      current = readVersion();
    } catch (error) {
      onError?.(error);
      return;
    }
    if (current === last) return;
    last = current;
    for (const listener of [...listeners]) listener(current);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!timer) {
        last = readVersion();
        timer = setInterval(poll, intervalMs);
        timer.unref();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
    version: () => (timer ? last : readVersion()),
    listeners: () => listeners.size,
  };
}

/** Reads `analytics_state.version` (row id 1) with a statement prepared once. */
export function analyticsVersionReader(sqlite: Database.Database): () => number {
  const statement = sqlite.prepare('select version from analytics_state where id = 1').pluck();
  return () => Number(statement.get() ?? 0);
}
