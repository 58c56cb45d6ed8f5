import type { AgentPresence, AgentStatus, ChatMessage, ChatReadState, ChatSessionState, ChatSummary } from '../../shared/chat/protocol.ts';
import { accept } from '../chat/accept.ts';
import { agentsPresence, setAvailability } from '../chat/availability.ts';
import { close } from '../chat/close.ts';
import type { ChatDeps } from '../chat/deps.ts';
import { chatSummary, lobbySnapshot, queue } from '../chat/lobby.ts';
import { appendMessage, messagesAfter, type NewMessage } from '../chat/messages.ts';
import { participantFromToken } from '../chat/participants.ts';
import { rate } from '../chat/rating.ts';
import { markRead, readState } from '../chat/reads.ts';
import { openSession } from '../chat/sessions.ts';
import { transfer } from '../chat/transfer.ts';
import type { AppendResult, ChatStore, Participant, RoomEffect, SessionChange } from './store.ts';

/**
 * The rooms' store when they run inside this process: each method is the chat domain function of
 * the same name, on the database. (Rooms on PartyKit use HttpChatStore, which reaches these same
 * methods through /api/internal/rooms.)
 */
export class DirectChatStore implements ChatStore {
  constructor(private readonly chat: ChatDeps) {}

  async authenticate(token: string): Promise<Participant | null> {
    return participantFromToken(this.chat.db, this.chat.secret, token);
  }

  openSession(sessionId: string, who: Participant): Promise<ChatSessionState | null> {
    return openSession(this.chat, sessionId, who);
  }

  messagesAfter(sessionId: string, afterSeq: number, audience: 'customer' | 'agent'): Promise<ChatMessage[]> {
    return messagesAfter(this.chat, sessionId, afterSeq, audience);
  }

  readState(sessionId: string): Promise<ChatReadState> {
    return readState(this.chat, sessionId);
  }

  appendMessage(input: NewMessage & { sessionId: string }): Promise<AppendResult> {
    return appendMessage(this.chat, input);
  }

  markRead(sessionId: string, who: Participant, seq: number): Promise<ChatReadState> {
    return markRead(this.chat, sessionId, who, seq);
  }

  accept(sessionId: string, who: Participant): Promise<SessionChange> {
    return accept(this.chat, sessionId, who);
  }

  transfer(sessionId: string, who: Participant, toAgentId: string, note: string | undefined): Promise<SessionChange> {
    return transfer(this.chat, sessionId, who, toAgentId, note);
  }

  close(sessionId: string, who: Participant): Promise<SessionChange> {
    return close(this.chat, sessionId, who);
  }

  rate(sessionId: string, who: Participant, rating: number, comment: string | undefined): Promise<SessionChange> {
    return rate(this.chat, sessionId, who, rating, comment);
  }

  setAvailability(who: Participant, status: AgentStatus, maxChats: number | undefined): Promise<{ agents: AgentPresence[]; effects: RoomEffect[] }> {
    return setAvailability(this.chat, who, status, maxChats);
  }

  lobbySnapshot(who: Participant): Promise<{ agents: AgentPresence[]; queue: ChatSummary[]; mine: ChatSummary[] }> {
    return lobbySnapshot(this.chat, who);
  }

  agentsPresence(): Promise<AgentPresence[]> {
    return agentsPresence(this.chat);
  }

  queue(): Promise<ChatSummary[]> {
    return queue(this.chat);
  }

  chatSummary(sessionId: string, forAgentId: string | null): Promise<ChatSummary | null> {
    return chatSummary(this.chat, sessionId, forAgentId);
  }
}
