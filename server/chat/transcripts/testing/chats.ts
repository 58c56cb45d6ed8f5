import type { Db } from '../../../db/open.ts';
import { chatSessions } from '../../../db/schema.ts';
import { uuidv7 } from '../../../lib/ids.ts';
import { storeMessage } from '../../store-message.ts';

export interface ChatFixture {
  siteId: string;
  customerId: string;
  customerName: string;
  customerEmail?: string | null;
  visitorId?: string;
  agentId?: string | null;
  status?: 'waiting' | 'active' | 'closed';
  startedAt: Date;
  messages?: { from: 'customer' | 'agent' | 'system'; body: string; internal?: boolean; agentId?: string; attachments?: { fileName: string; contentType: string; size: number }[] }[];
}

/**
 * Writes a chat straight into the database for transcript tests: the session row, then its
 * messages through the chat domain's own storeMessage (real seq numbers, real FTS triggers),
 * one minute apart from `startedAt`.
 */
export function insertChat(db: Db, chat: ChatFixture): string {
  const id = uuidv7(chat.startedAt.getTime());
  db.transaction((tx) => {
    tx.insert(chatSessions)
      .values({
        id,
        siteId: chat.siteId,
        customerId: chat.customerId,
        visitorId: chat.visitorId ?? `visitor-${id}`,
        verified: false,
        customerName: chat.customerName,
        customerEmail: chat.customerEmail ?? null,
        assignedAgentId: chat.agentId ?? null,
        status: chat.status ?? 'closed',
        priority: 'medium',
        category: null,
        startedAt: chat.startedAt,
        lastActivityAt: chat.startedAt,
        assignedAt: chat.agentId ? chat.startedAt : null,
        closedAt: (chat.status ?? 'closed') === 'closed' ? new Date(chat.startedAt.getTime() + 30 * 60_000) : null,
        closedBy: (chat.status ?? 'closed') === 'closed' ? 'agent' : null,
        convertedTicketId: null,
        lastSeq: 0,
        rating: null,
        ratingComment: null,
        metadata: {},
      })
      .run();
    (chat.messages ?? []).forEach((message, i) => {
      const agentId = message.from === 'agent' ? (message.agentId ?? chat.agentId ?? null) : null;
      storeMessage(
        tx,
        {
          sessionId: id,
          clientId: message.from === 'system' ? null : `client-${id}-${i}`,
          senderType: message.from,
          senderAgentId: agentId,
          kind: message.from === 'system' ? 'system' : message.attachments?.length ? 'file' : 'text',
          body: message.body,
          attachments: (message.attachments ?? []).map((file) => ({ id: uuidv7(), ...file })),
          internal: message.internal ?? false,
        },
        new Date(chat.startedAt.getTime() + (i + 1) * 60_000),
      );
    });
  });
  return id;
}
