import type {
  AgentPresence,
  AgentStatus,
  ChatMessage,
  ChatReadState,
  ChatSessionState,
  ChatSummary,
} from '../../shared/chat/protocol.ts';

/**
 * Everything the chat rooms need from Lantern's database, as one async interface.
 *
 * Rooms never touch SQLite themselves: in-process they get a store that calls the chat domain
 * directly; deployed to PartyKit they get one that calls the same functions over HTTP
 * (`POST /api/internal/rooms/:method`, authorized by the shared rooms secret). So every argument
 * and result here must survive JSON, and every method must be safe to retry where noted.
 */

export type Participant =
  | { kind: 'visitor'; siteId: string; visitorId: string; verified: boolean }
  | { kind: 'agent'; agentId: string; name: string; avatarUrl: string | null; role: 'admin' | 'agent' };

/** Who else must hear about a change, applied by the caller through the other rooms. */
export type RoomEffect =
  /** A session room re-reads its state and broadcasts what is new (messages, status, queue place). */
  | { kind: 'session'; sessionId: string }
  /** The lobby re-reads one chat and tells the agents concerned; `assigned` also notifies the assignee. */
  | { kind: 'lobby'; sessionId: string; assigned?: { agentId: string; reason: 'auto' | 'accept' | 'transfer' }; queueChanged: boolean };

export interface SessionChange {
  session: ChatSessionState;
  /** System messages the change wrote ("Sam joined the chat"), already stored with their seq. */
  messages: ChatMessage[];
  effects: RoomEffect[];
}

export interface AppendResult {
  message: ChatMessage;
  /** True when this clientId was stored before: the caller re-acks and does not broadcast. */
  duplicate: boolean;
  effects: RoomEffect[];
}

/** A refusal the room turns into an error frame; anything else thrown is a bug or an outage. */
export class ChatRuleError extends Error {
  constructor(
    readonly code: 'forbidden' | 'not_found' | 'conflict' | 'closed' | 'validation_failed',
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ChatRuleError';
  }
}

export interface ChatStore {
  /** Verifies a socket's `?token=`; null when forged, expired, or the agent is deactivated. */
  authenticate(token: string): Promise<Participant | null>;

  /** The session, if this participant may be in its room (a visitor: only their own sessions). */
  openSession(sessionId: string, who: Participant): Promise<ChatSessionState | null>;
  /** Messages with seq > afterSeq in order; customers never receive internal notes. */
  messagesAfter(sessionId: string, afterSeq: number, audience: 'customer' | 'agent'): Promise<ChatMessage[]>;
  readState(sessionId: string): Promise<ChatReadState>;

  /** Stores a message (idempotent per clientId) and returns it with its seq. */
  appendMessage(input: {
    sessionId: string;
    who: Participant;
    clientId: string;
    body: string;
    attachmentIds: string[];
    internal: boolean;
  }): Promise<AppendResult>;
  markRead(sessionId: string, who: Participant, seq: number): Promise<ChatReadState>;
  accept(sessionId: string, who: Participant): Promise<SessionChange>;
  transfer(sessionId: string, who: Participant, toAgentId: string, note: string | undefined): Promise<SessionChange>;
  close(sessionId: string, who: Participant): Promise<SessionChange>;
  rate(sessionId: string, who: Participant, rating: number, comment: string | undefined): Promise<SessionChange>;

  /** Agents lobby. `connected` is the lobby's own knowledge of open consoles. */
  setAvailability(
    who: Participant,
    status: AgentStatus,
    maxChats: number | undefined,
  ): Promise<{ agents: AgentPresence[]; effects: RoomEffect[] }>;
  lobbySnapshot(who: Participant): Promise<{ agents: AgentPresence[]; queue: ChatSummary[]; mine: ChatSummary[] }>;
  agentsPresence(): Promise<AgentPresence[]>;
  queue(): Promise<ChatSummary[]>;
  chatSummary(sessionId: string, forAgentId: string | null): Promise<ChatSummary | null>;
}
