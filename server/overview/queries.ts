import { count, sql } from 'drizzle-orm';
import type { Overview } from '../../shared/schemas/activity.ts';
import { listActivity } from '../audit/log.ts';
import type { Db } from '../db/open.ts';
import { tickets } from '../db/schema.ts';
import { activeTicket, overdueTicket } from '../tickets/overdue.ts';
import { todayFigures } from './today.ts';

/** The console's home: what needs attention now, today's figures in `tz`, and what just happened. */
export async function overviewFor(db: Db, agentId: string, tz = 'UTC', now = new Date()): Promise<Overview> {
  const counts = db
    .select({
      open: sql<number>`sum(${tickets.status} = 'open')`,
      pending: sql<number>`sum(${tickets.status} = 'pending')`,
      mine: sql<number>`sum(${tickets.assigneeId} = ${agentId})`,
      unassigned: sql<number>`sum(${tickets.assigneeId} is null)`,
    })
    .from(tickets)
    .where(activeTicket)
    .get();
  const overdue =
    db
      .select({ n: count() })
      .from(tickets)
      .where(overdueTicket(now))
      .get()?.n ?? 0;
  return {
    openTickets: counts?.open ?? 0,
    pendingTickets: counts?.pending ?? 0,
    mine: counts?.mine ?? 0,
    unassigned: counts?.unassigned ?? 0,
    overdue,
    today: todayFigures(db, tz, now.getTime()),
    recentActivity: await listActivity(db, { limit: 15 }),
  };
}

