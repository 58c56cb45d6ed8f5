import { and, desc, eq, inArray } from 'drizzle-orm';
import type { ChatMessage, ChatSessionState } from '../../shared/chat/protocol.ts';
import { chatSessions } from '../db/schema.ts';
import { uuidv7 } from '../lib/ids.ts';
import type { Participant, RoomEffect } from '../rooms/store.ts';
import { mayAccess, type VisitorParticipant } from './access.ts';
import { drainQueue } from './assignment.ts';
import { customerForChat } from './chat-customers.ts';
import type { ChatDeps } from './deps.ts';
import { lobbyEffect, mergeEffects, sessionEffect } from './effects.ts';
import { readMessages } from './history.ts';
import { appendInTransaction, newClientId } from './messages.ts';
import { findSessionRow, type SessionRow } from './rows.ts';
import { toSessionState } from './state.ts';

export interface StartSessionInput {
  visitor: VisitorParticipant;
  name?: string | undefined;
  email?: string | undefined;
  pageUrl?: string | undefined;
  message?: string | undefined;
  clientId?: string | undefined;
}

export interface StartedSession {
  session: ChatSessionState;
  /** Every message of the session so far, customer's view. */
  messages: ChatMessage[];
  /** False when the visitor already had an open chat on this site and got it back. */
  created: boolean;
  effects: RoomEffect[];
}

/**
 * Starts a chat for a visitor (or hands back the open one they already have on this site, so a
 * retried or repeated start never makes two), with its customer record, an optional first message,
 * and auto-assignment if an agent has room. One transaction.
 */
export async function startSession({ db, secret }: ChatDeps, input: StartSessionInput): Promise<StartedSession> {
  const { visitor } = input;
  return db.transaction(
    (tx) => {
      const now = new Date();
      const open = tx
        .select()
        .from(chatSessions)
        .where(
          and(eq(chatSessions.siteId, visitor.siteId), eq(chatSessions.visitorId, visitor.visitorId), inArray(chatSessions.status, ['waiting', 'active'])),
        )
        .orderBy(desc(chatSessions.startedAt))
        .limit(1)
        .get();
      const effects: RoomEffect[] = [];
      let session: SessionRow;
      if (open) {
        session = open;
      } else {
        const customer = customerForChat(tx, { ...visitor, name: input.name, email: input.email }, now);
        session = {
          id: uuidv7(now.getTime()),
          siteId: visitor.siteId,
          customerId: customer.id,
          visitorId: visitor.visitorId,
          verified: visitor.verified,
          customerName: input.name ?? customer.name,
          customerEmail: input.email ?? customer.email,
          assignedAgentId: null,
          status: 'waiting',
          priority: 'medium',
          category: null,
          startedAt: now,
          lastActivityAt: now,
          assignedAt: null,
          closedAt: null,
          closedBy: null,
          convertedTicketId: null,
          lastSeq: 0,
          rating: null,
          ratingComment: null,
          metadata: input.pageUrl ? { pageUrl: input.pageUrl } : {},
          waitBusinessMs: null,
          durationBusinessMs: null,
        };
        tx.insert(chatSessions).values(session).run();
        effects.push(sessionEffect(session.id), lobbyEffect(session.id, true));
      }
      if (input.message !== undefined) {
        const { duplicate } = appendInTransaction(
          tx,
          session,
          { who: visitor, clientId: input.clientId ?? newClientId(), body: input.message, attachmentIds: [], internal: false },
          now,
        );
        if (!duplicate) effects.push(sessionEffect(session.id), lobbyEffect(session.id, false));
      }
      if (!open) effects.push(...drainQueue(tx, now));
      const stored = findSessionRow(tx, session.id) as SessionRow;
      return {
        session: toSessionState(tx, stored),
        messages: readMessages(tx, secret, session.id, { audience: 'customer' }),
        created: !open,
        effects: mergeEffects(effects),
      };
    },
    { behavior: 'immediate' },
  );
}

/** The session, if this participant may be in its room; null otherwise (or when there is none). */
export async function openSession({ db }: ChatDeps, sessionId: string, who: Participant): Promise<ChatSessionState | null> {
  const row = findSessionRow(db, sessionId);
  return row && mayAccess(row, who) ? toSessionState(db, row) : null;
}

const visitorSessionLimit = 50;

/** A visitor's chats on a site, newest first: what the widget offers to reopen. */
export async function listVisitorSessions({ db }: ChatDeps, visitor: VisitorParticipant): Promise<ChatSessionState[]> {
  return db
    .select()
    .from(chatSessions)
    .where(and(eq(chatSessions.siteId, visitor.siteId), eq(chatSessions.visitorId, visitor.visitorId)))
    .orderBy(desc(chatSessions.startedAt), desc(chatSessions.id))
    .limit(visitorSessionLimit)
    .all()
    .map((row) => toSessionState(db, row));
}
