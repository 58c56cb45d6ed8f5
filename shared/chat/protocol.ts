import { z } from 'zod';
import type { IsoDate } from '../schemas/common.ts';

/**
 * The live-chat wire protocol: JSON text frames over a WebSocket to a PartyKit room.
 *
 * Two parties (URL shape /parties/:party/:room, as PartyKit serves them):
 *  - `main` (a room per chat session, room id = session id): customer and agents of that chat;
 *  - `agents` (one room, id `lobby`): presence, availability, queue and assignment for agents.
 *
 * Every socket authenticates with `?token=` (a signed visitor or agent token from the REST API).
 * The rooms validate every frame with the schemas below; the widget imports only the types,
 * so zod never reaches visitors.
 *
 * Delivery: a client gives every message its own `clientId`. The room stores the message
 * (deduplicating by clientId), gives it the session's next `seq`, and only then acks the sender and
 * broadcasts it. A reconnecting client sends `join` with the last seq it saw and receives what it
 * missed; re-sent clientIds get the original ack back instead of a second message.
 */

export const chatLimits = {
  /** Characters in one message. */
  body: 4_000,
  /** Bytes in one frame, before parsing. */
  frameBytes: 16 * 1024,
  /** Attachments on one message. */
  attachments: 5,
  /** Per-socket flood guard: a burst of this many frames… */
  burst: 20,
  /** …refilled at this many frames per second. */
  perSecond: 5,
  note: 500,
} as const;

export const chatSessionStatuses = ['waiting', 'active', 'closed'] as const;
export type ChatSessionStatus = (typeof chatSessionStatuses)[number];
export const agentStatuses = ['online', 'away', 'offline'] as const;
export type AgentStatus = (typeof agentStatuses)[number];
export const chatPriorities = ['low', 'medium', 'high', 'urgent'] as const;
export type ChatPriority = (typeof chatPriorities)[number];

export const lobbyRoomId = 'lobby';

/* ───────────── What crosses the wire ───────────── */

export interface ChatAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  /** Path on the Lantern server; the client prefixes its base URL. */
  url: string;
}

export type ChatSender =
  | { type: 'customer'; name: string }
  | { type: 'agent'; id: string; name: string; avatarUrl: string | null }
  | { type: 'system' };

export interface ChatMessage {
  id: string;
  sessionId: string;
  seq: number;
  /** Null for system messages. */
  clientId: string | null;
  sender: ChatSender;
  kind: 'text' | 'file' | 'system';
  body: string;
  attachments: ChatAttachment[];
  /** Internal notes: agents only. Customers' sockets, transcripts and exports never carry them. */
  internal: boolean;
  createdAt: IsoDate;
}

export interface ChatAgentRef {
  id: string;
  name: string;
  avatarUrl: string | null;
}

/** The session as both sides see it (customers get the same shape, minus nothing secret). */
export interface ChatSessionState {
  id: string;
  status: ChatSessionStatus;
  priority: ChatPriority;
  customerName: string;
  assignedAgent: ChatAgentRef | null;
  /** 1-based place in the queue while waiting; null otherwise. */
  queuePosition: number | null;
  startedAt: IsoDate;
  closedAt: IsoDate | null;
  rating: number | null;
  convertedTicketId: string | null;
}

export interface ChatReadState {
  /** Highest seq the customer has read. */
  customer: number;
  /** Highest seq any agent has read. */
  agent: number;
}

/* ───────────── Client → session room ───────────── */

const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'must be 8–64 letters, digits, - or _' });
const seq = z.number().int().min(0);

export const joinFrame = z.strictObject({ type: z.literal('join'), lastSeq: seq });
export const sendMessageFrame = z.strictObject({
  type: z.literal('message'),
  clientId,
  body: z.string().max(chatLimits.body, { message: `must be at most ${chatLimits.body} characters` }),
  attachmentIds: z.array(z.uuid()).max(chatLimits.attachments).default([]),
  /** Agents only. */
  internal: z.boolean().default(false),
});
export const typingFrame = z.strictObject({ type: z.literal('typing'), typing: z.boolean() });
export const readFrame = z.strictObject({ type: z.literal('read'), seq });
/** Agent takes a waiting chat (or re-takes one assigned to someone else, with admin rights). */
export const acceptFrame = z.strictObject({ type: z.literal('accept') });
export const transferFrame = z.strictObject({
  type: z.literal('transfer'),
  toAgentId: z.uuid(),
  note: z.string().trim().max(chatLimits.note).optional(),
});
export const closeFrame = z.strictObject({ type: z.literal('close') });
export const rateFrame = z.strictObject({
  type: z.literal('rate'),
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).optional(),
});

export const sessionClientFrame = z.discriminatedUnion('type', [
  joinFrame,
  sendMessageFrame,
  typingFrame,
  readFrame,
  acceptFrame,
  transferFrame,
  closeFrame,
  rateFrame,
]);
export type SessionClientFrame = z.input<typeof sessionClientFrame>;
export type SessionClientFrameType = SessionClientFrame['type'];
/** Frames only an agent's socket may send. */
export const agentOnlySessionFrames: readonly SessionClientFrameType[] = ['accept', 'transfer'];
/** Frames only the customer's socket may send. */
export const customerOnlySessionFrames: readonly SessionClientFrameType[] = ['rate'];

/* ───────────── Session room → client ───────────── */

export type SessionServerFrame =
  /** Reply to join: the session, what the client missed, and who is here. */
  | {
      type: 'welcome';
      session: ChatSessionState;
      messages: ChatMessage[];
      reads: ChatReadState;
      /** Whether the other side has a socket open in this room now. */
      presence: ChatPresence;
    }
  /** The sender's message is stored; `seq` is its place. Also answers a re-sent clientId. */
  | { type: 'ack'; clientId: string; id: string; seq: number; createdAt: IsoDate }
  | { type: 'message'; message: ChatMessage }
  | { type: 'typing'; sender: ChatSender; typing: boolean }
  | { type: 'read'; reads: ChatReadState }
  | { type: 'presence'; presence: ChatPresence }
  | { type: 'session'; session: ChatSessionState }
  | ChatErrorFrame;

export interface ChatPresence {
  customer: boolean;
  agents: ChatAgentRef[];
}

export type ChatErrorCode =
  | 'invalid_frame'
  | 'unknown_type'
  | 'validation_failed'
  | 'too_large'
  | 'rate_limited'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'closed'
  | 'unavailable';

export interface ChatErrorFrame {
  type: 'error';
  code: ChatErrorCode;
  message: string;
  /** Which message failed, when the error is about one. */
  clientId?: string;
  fields?: Record<string, string>;
  retryAfterMs?: number;
}

/* ───────────── Agents lobby ───────────── */

export const availabilityFrame = z.strictObject({
  type: z.literal('availability'),
  status: z.enum(agentStatuses),
  maxChats: z.number().int().min(1).max(50).optional(),
});
export const lobbyClientFrame = z.discriminatedUnion('type', [availabilityFrame]);
export type LobbyClientFrame = z.input<typeof lobbyClientFrame>;

export interface AgentPresence extends ChatAgentRef {
  status: AgentStatus;
  maxChats: number;
  activeChats: number;
  /** Has a console open now. */
  connected: boolean;
}

/** A chat as the inbox lists it. */
export interface ChatSummary {
  id: string;
  siteId: string;
  status: ChatSessionStatus;
  priority: ChatPriority;
  customer: { id: string; name: string; email: string | null };
  assignedAgent: ChatAgentRef | null;
  lastMessage: { body: string; senderType: ChatSender['type']; createdAt: IsoDate } | null;
  lastSeq: number;
  /** Messages from the customer the viewing agent has not read. */
  unread: number;
  startedAt: IsoDate;
  lastActivityAt: IsoDate;
  closedAt: IsoDate | null;
}

export type LobbyServerFrame =
  | { type: 'snapshot'; agents: AgentPresence[]; queue: ChatSummary[]; mine: ChatSummary[] }
  | { type: 'agents'; agents: AgentPresence[] }
  | { type: 'queue'; queue: ChatSummary[] }
  /** A chat of yours (or a new waiting one) changed: upsert it in the list. */
  | { type: 'chat'; chat: ChatSummary }
  /** A chat was given to you (auto-assignment, transfer or accept): notify the agent. */
  | { type: 'assigned'; chat: ChatSummary; reason: 'auto' | 'accept' | 'transfer' }
  | ChatErrorFrame;
