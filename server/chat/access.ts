import { ChatRuleError, type Participant } from '../rooms/store.ts';
import type { Queryable } from '../db/open.ts';
import { findSessionRow, type SessionRow } from './rows.ts';

export type AgentParticipant = Extract<Participant, { kind: 'agent' }>;
export type VisitorParticipant = Extract<Participant, { kind: 'visitor' }>;

/**
 * Who may be in a session's room: any agent, and the one visitor it belongs to (same site, same
 * visitor id). To everyone else the session does not exist.
 */
export function mayAccess(session: Pick<SessionRow, 'siteId' | 'visitorId'>, who: Participant): boolean {
  return who.kind === 'agent' || (session.siteId === who.siteId && session.visitorId === who.visitorId);
}

/** The session, or not_found when it is missing or not this participant's to see. */
export function sessionFor(db: Queryable, sessionId: string, who: Participant): SessionRow {
  const session = findSessionRow(db, sessionId);
  if (!session || !mayAccess(session, who)) throw new ChatRuleError('not_found', 'No such chat');
  return session;
}

/** What changing an ended chat answers, wherever it is tried. */
export const chatEnded = () => new ChatRuleError('closed', 'This chat has ended');

/** As `sessionFor`, for changing the chat (taking it, a file, a transfer): `closed` once it has ended. */
export function openSessionFor(db: Queryable, sessionId: string, who: Participant): SessionRow {
  const session = sessionFor(db, sessionId, who);
  if (session.status === 'closed') throw chatEnded();
  return session;
}

export function requireAgent(who: Participant, what: string): AgentParticipant {
  if (who.kind !== 'agent') throw new ChatRuleError('forbidden', `Only agents can ${what}`);
  return who;
}

/** The key read positions are stored under: `customer`, or the agent's id. */
export const readerKey = (who: Participant) => (who.kind === 'agent' ? who.agentId : 'customer');
