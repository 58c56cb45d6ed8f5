import type { Queryable } from '../db/open.ts';
import type { RoomEffect, SessionChange } from '../rooms/store.ts';
import { mergeEffects } from './effects.ts';
import { readMessages } from './history.ts';
import { findSessionRow, type MessageRow } from './rows.ts';
import { toSessionState } from './state.ts';

/** What a change to a session hands back: the session after it, the system messages it wrote, whom to tell. */
export function sessionChange(tx: Queryable, secret: string, sessionId: string, written: MessageRow[], effects: RoomEffect[]): SessionChange {
  const row = findSessionRow(tx, sessionId);
  if (!row) throw new Error(`chat session ${sessionId} vanished inside its own transaction`);
  return {
    session: toSessionState(tx, row),
    messages: readMessages(tx, secret, sessionId, { audience: 'agent', ids: written.map((message) => message.id) }),
    effects: mergeEffects(effects),
  };
}
