import { eq } from 'drizzle-orm';
import { limits } from '../../../shared/schemas/common.ts';
import type { Ticket } from '../../../shared/schemas/tickets.ts';
import { findAgentRow } from '../../agents/queries.ts';
import { recordAudit, type Actor } from '../../audit/log.ts';
import type { Db } from '../../db/open.ts';
import { chatSessions } from '../../db/schema.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import type { RoomEffect } from '../../rooms/store.ts';
import { findTicketRow, insertTicket } from '../../tickets/queries.ts';
import { lobbyEffect, sessionEffect } from '../effects.ts';
import { findSessionRow } from '../rows.ts';
import { storeSystemMessage } from '../store-message.ts';
import { loadTranscript, type Transcript } from './load.ts';
import { renderTranscriptText } from './render-text.ts';

const subjectLength = 80;

/** The ticket's subject: the customer's first words, cut at a word, or who the chat was with. */
export function subjectFrom({ session, messages }: Transcript): string {
  const first = messages.find((message) => message.sender.type === 'customer' && message.body.trim());
  const text = first?.body.replace(/\s+/g, ' ').trim() ?? '';
  if (!text) return `Chat with ${session.customer.name}`.slice(0, limits.subject);
  if (text.length <= subjectLength) return text;
  const cut = text.slice(0, subjectLength);
  const space = cut.lastIndexOf(' ');
  return `${space > subjectLength / 2 ? cut.slice(0, space) : cut}…`;
}

/** The ticket's description: where it came from, then the transcript (never internal notes). */
function descriptionFrom(transcript: Transcript, chatUrl: string): string {
  const intro = `Converted from a live chat: ${chatUrl}\n\n`;
  const text = intro + renderTranscriptText(transcript.session, transcript.messages);
  if (text.length <= limits.body) return text;
  const notice = '\n… (transcript cut here; the whole chat is at the link above)\n';
  return text.slice(0, limits.body - notice.length) + notice;
}

export interface ConvertedChat {
  ticket: Ticket;
  /** Tell the chat's room (it shows the system message) and the agents' lobby. */
  effects: RoomEffect[];
}

/**
 * Turns a chat into a ticket in one transaction: the ticket (channel chat, subject from the
 * customer's first message, the transcript without internal notes as its description, the chat's
 * customer, the chat's agent when still active), the chat's link to it, a "Converted to ticket #N"
 * system message in the chat, and the audit entries. A chat converts once: again is 409.
 */
export function convertChatToTicket(db: Db, input: { sessionId: string; chatUrl: string }, actor: Actor): ConvertedChat {
  return db.transaction((tx) => {
    const session = findSessionRow(tx, input.sessionId);
    if (!session) throw notFound('Chat');
    const existing = session.convertedTicketId ? findTicketRow(tx, session.convertedTicketId) : undefined;
    if (existing) {
      throw conflict(`This chat is already ticket #${existing.number}`, { ticketId: existing.id });
    }
    const transcript = loadTranscript(tx, session.id);
    const agent = session.assignedAgentId ? findAgentRow(tx, session.assignedAgentId) : undefined;
    const ticket = insertTicket(
      tx,
      {
        subject: subjectFrom(transcript),
        description: descriptionFrom(transcript, input.chatUrl),
        customerId: session.customerId,
        priority: session.priority,
        channel: 'chat',
        status: 'open',
        category: session.category,
        tags: [],
        assigneeId: agent && !agent.disabledAt ? agent.id : null,
      },
      actor,
    );
    const now = new Date();
    tx.update(chatSessions).set({ convertedTicketId: ticket.id }).where(eq(chatSessions.id, session.id)).run();
    storeSystemMessage(tx, session.id, `Converted to ticket #${ticket.number}`, now);
    recordAudit(tx, actor, 'chat.converted', 'chat', session.id, { ticketId: ticket.id, ticketNumber: ticket.number }, now);
    return {
      ticket,
      effects: [sessionEffect(session.id), lobbyEffect(session.id, false)],
    };
  });
}
