import { and, asc, count, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/open.ts';
import { chatSessions, priorityRank } from '../db/schema.ts';
import type { SessionRow } from './rows.ts';

/**
 * The queue: waiting chats, most urgent first, then whoever has waited longest (then id, so the
 * order is total). Assignment takes chats in exactly this order, and queue positions count it.
 */
const rank = priorityRank(chatSessions.priority);
const rankOf = (priority: SessionRow['priority']) => ({ urgent: 4, high: 3, medium: 2, low: 1 })[priority];

export const queueOrder: SQL[] = [desc(rank), asc(chatSessions.startedAt), asc(chatSessions.id)];

export const isWaiting = eq(chatSessions.status, 'waiting');

/** The next chat to hand out, if any. */
export function nextWaiting(db: Queryable): SessionRow | undefined {
  return db
    .select()
    .from(chatSessions)
    .where(isWaiting)
    .orderBy(...queueOrder)
    .limit(1)
    .get();
}

/** 1-based place of a waiting chat in the queue; null for chats that are not waiting. */
export function queuePosition(db: Queryable, session: Pick<SessionRow, 'id' | 'status' | 'priority' | 'startedAt'>): number | null {
  if (session.status !== 'waiting') return null;
  const own = rankOf(session.priority);
  const ahead =
    db
      .select({ n: count() })
      .from(chatSessions)
      .where(
        and(
          isWaiting,
          or(
            sql`${rank} > ${own}`,
            and(
              sql`${rank} = ${own}`,
              or(lt(chatSessions.startedAt, session.startedAt), and(eq(chatSessions.startedAt, session.startedAt), lt(chatSessions.id, session.id))),
            ),
          ),
        ),
      )
      .get()?.n ?? 0;
  return ahead + 1;
}

/** Waiting chats' ids in queue order (capped: nobody reads a queue of thousands). */
export function waitingIds(db: Queryable, limit = 200): string[] {
  return db
    .select({ id: chatSessions.id })
    .from(chatSessions)
    .where(isWaiting)
    .orderBy(...queueOrder)
    .limit(limit)
    .all()
    .map((row) => row.id);
}
