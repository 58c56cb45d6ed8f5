import { eq } from 'drizzle-orm';
import type { ChatSessionState } from '../../shared/chat/protocol.ts';
import type { Queryable } from '../db/open.ts';
import { agents } from '../db/schema.ts';
import { queuePosition } from './queue.ts';
import type { SessionRow } from './rows.ts';
import { toAgentRef } from './serialize.ts';

/** A session as both sides of the chat see it. Nothing in it is secret from the customer. */
export function toSessionState(db: Queryable, row: SessionRow): ChatSessionState {
  const agent = row.assignedAgentId
    ? db.select({ name: agents.name, avatarUrl: agents.avatarUrl }).from(agents).where(eq(agents.id, row.assignedAgentId)).get()
    : undefined;
  return {
    id: row.id,
    status: row.status,
    priority: row.priority,
    customerName: row.customerName,
    assignedAgent: toAgentRef(row.assignedAgentId, agent?.name ?? null, agent?.avatarUrl ?? null),
    queuePosition: queuePosition(db, row),
    startedAt: row.startedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    rating: row.rating,
    convertedTicketId: row.convertedTicketId,
  };
}
