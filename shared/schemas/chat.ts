import { z } from 'zod';
import {
  chatLimits,
  type ChatAgentRef,
  type ChatMessage,
  type ChatReadState,
  type ChatSessionState,
  type ChatSummary,
} from '../chat/protocol.ts';
import { email, limits, requiredText, trimmed, type IsoDate } from './common.ts';
import type { Customer } from './customers.ts';
import { visitorId } from './knowledge.ts';
import type { WidgetMode } from './sites.ts';
import type { Ticket } from './tickets.ts';
import type { ChatSearchMatch } from './transcripts.ts';

/**
 * The live chat's REST side (the socket side is shared/chat/protocol.ts): what the widget and the
 * console send to /api/widget/sites/:key/chat/… and /api/support/chat(s)/…, and what they get back.
 * The chat list's query is `chatListQuery` in transcripts.ts (the export takes the same filters).
 * The widget imports only the types: zod never reaches visitors.
 */

/** Blank form fields mean "not given": the pre-chat form sends what the customer left empty as "". */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'must be 8–64 letters, digits, - or _' });

/** `Lantern.identify()`: the site's backend signs the user id (hex HMAC-SHA256 with the site's identity secret). */
export const chatIdentityInput = z.strictObject({
  id: requiredText(200),
  email: z.preprocess(blankToUndefined, email.optional()),
  name: z.preprocess(blankToUndefined, trimmed(limits.name).optional()),
  // Checked against the expected HMAC, never parsed: anything wrong answers 403, like a wrong hash.
  hash: z.string().max(200),
});
export type ChatIdentityInput = z.input<typeof chatIdentityInput>;

export const chatVisitorInput = z.strictObject({
  /** The widget's random id (localStorage); replaced by one derived from the user id when identified. */
  visitorId,
  identity: chatIdentityInput.optional(),
});
export type ChatVisitorInput = z.input<typeof chatVisitorInput>;

/** Who the widget is talking as, and where to open sockets. */
export interface ChatVisitor {
  /** Signed visitor token (24 h): `Authorization: Bearer …` on the chat REST calls and `?token=` on sockets. */
  token: string;
  /** Keep using this id: for identified visitors it is derived from their user id, so chats follow them. */
  visitorId: string;
  verified: boolean;
  /** Where chat sockets go: `${roomsUrl}/parties/main/:sessionId?token=…`. */
  roomsUrl: string;
  /** Whether any agent is online: if not, offer the offline form (it becomes a ticket). */
  agentsOnline: boolean;
  mode: WidgetMode;
}

export const startChatInput = z.strictObject({
  name: z.preprocess(blankToUndefined, trimmed(limits.name).optional()),
  email: z.preprocess(blankToUndefined, email.optional()),
  /** The page the customer was on, shown to the agent. */
  pageUrl: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000).optional()),
  /** The customer's first message, stored with the session. */
  message: z.preprocess(
    blankToUndefined,
    z.string().max(chatLimits.body, { message: `must be at most ${chatLimits.body} characters` }).optional(),
  ),
  /** The first message's client id: a retried start does not store it twice. */
  clientId: clientId.optional(),
});
export type StartChatInput = z.input<typeof startChatInput>;

export interface StartedChat {
  session: ChatSessionState;
}

/** "Nobody is online: leave a message" — becomes a ticket (channel `chat`). */
export const offlineMessageInput = z.strictObject({
  name: requiredText(limits.name),
  email,
  message: requiredText(limits.body),
  visitorId,
  pageUrl: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000).optional()),
});
export type OfflineMessageInput = z.input<typeof offlineMessageInput>;

export interface OfflineMessageResult {
  ticketNumber: number;
}

/** An agent's socket credential (12 h) and where the rooms are. */
export interface ChatAgentToken {
  token: string;
  roomsUrl: string;
}

/** A row of the console's chat list; `match` says why it matched a text search (`q`). */
export type ChatListItem = ChatSummary & { match: ChatSearchMatch | null };

export interface ChatTransfer {
  id: string;
  from: ChatAgentRef | null;
  to: ChatAgentRef | null;
  note: string | null;
  createdAt: IsoDate;
}

/** One chat as the console opens it: internal notes included. */
export interface ChatDetail {
  chat: ChatSummary & {
    rating: number | null;
    ratingComment: string | null;
    convertedTicket: { id: string; number: number } | null;
    /** Identified with a valid identify() hash. */
    verified: boolean;
    pageUrl: string | null;
    queuePosition: number | null;
    assignedAt: IsoDate | null;
    closedBy: 'customer' | 'agent' | 'system' | null;
  };
  messages: ChatMessage[];
  transfers: ChatTransfer[];
  reads: ChatReadState;
}

export interface ViewedArticle {
  id: string;
  locale: string;
  slug: string;
  title: string;
  /** The UTC day of the (last) view. */
  day: string;
}

/** The customer sidebar next to a conversation. */
export interface ChatCustomerContext {
  customer: Customer;
  verified: boolean;
  pageUrl: string | null;
  /** The customer's other chats, newest first. */
  previousChats: ChatSummary[];
  recentTickets: Ticket[];
  /** Help articles this visitor opened in the widget, most recent first. */
  viewedArticles: ViewedArticle[];
}
