import { and, inArray, isNull, lt } from 'drizzle-orm';
import { tickets } from '../db/schema.ts';

/** Waiting on us: open or pending. */
export const activeTicket = inArray(tickets.status, ['open', 'pending']);

/** Active, still without a first public reply, and past the SLA due time: the one definition of "overdue". */
export const overdueTicket = (now: Date) => and(activeTicket, isNull(tickets.firstResponseAt), lt(tickets.slaDueAt, now));
