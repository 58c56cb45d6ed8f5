import type { ChatAttachment, ChatMessage, ChatReadState, ChatSender } from '../../shared/chat/protocol.ts';

/**
 * One chat's messages as the console holds them: what the room has stored (each once, in seq
 * order) and what this console has sent that the room has not acknowledged yet.
 *
 * Pure functions only, so the rules that keep a conversation whole (merge by seq, match acks by
 * clientId, retry without duplicating) are tested without a browser or a socket.
 */

/** A message typed here that is not stored yet: `pending` until acked, `failed` until retried. */
export interface Outgoing {
  clientId: string;
  body: string;
  internal: boolean;
  attachments: ChatAttachment[];
  createdAt: string;
  delivery: 'pending' | 'failed';
  /** Why it failed, shown next to the Retry button. */
  error: string | null;
  /** When it last went out on the socket (ms); null while waiting for a connection. */
  sentAt: number | null;
}

export interface Thread {
  /** Stored messages, ascending by seq, no seq twice. */
  messages: ChatMessage[];
  /** Unacknowledged messages in the order they were typed. */
  outbox: Outgoing[];
}

export const emptyThread: Thread = { messages: [], outbox: [] };

/** How long a sent message may wait for its ack before it shows as failed (with Retry). */
export const ackTimeoutMs = 15_000;

/** Stored messages plus new ones, by seq; a seq seen before keeps the newer copy. */
export function mergeMessages(existing: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return existing;
  // The usual case: messages arrive in order after everything we have.
  let previous = existing.at(-1)?.seq ?? -1;
  const inOrderAfter = incoming.every((message) => {
    const ok = message.seq > previous;
    previous = message.seq;
    return ok;
  });
  if (inOrderAfter) return [...existing, ...incoming];
  const bySeq = new Map<number, ChatMessage>();
  for (const message of existing) bySeq.set(message.seq, message);
  for (const message of incoming) bySeq.set(message.seq, message);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** Stored messages arrived (a welcome, a broadcast): merge them and settle our own ones among them. */
export function receive(thread: Thread, incoming: ChatMessage[]): Thread {
  if (incoming.length === 0) return thread;
  const stored = new Set(incoming.map((message) => message.clientId).filter((id): id is string => id !== null));
  return {
    messages: mergeMessages(thread.messages, incoming),
    outbox: stored.size === 0 ? thread.outbox : thread.outbox.filter((item) => !stored.has(item.clientId)),
  };
}

export interface Ack {
  clientId: string;
  id: string;
  seq: number;
  createdAt: string;
}

/** The room stored one of ours: it becomes a stored message with the seq the room gave it. */
export function acknowledge(thread: Thread, ack: Ack, sender: ChatSender, sessionId: string): Thread {
  const item = thread.outbox.find((entry) => entry.clientId === ack.clientId);
  if (!item) return thread;
  const outbox = thread.outbox.filter((entry) => entry !== item);
  if (thread.messages.some((message) => message.seq === ack.seq)) return { ...thread, outbox };
  const message: ChatMessage = {
    id: ack.id,
    sessionId,
    seq: ack.seq,
    clientId: item.clientId,
    sender,
    kind: item.body === '' && item.attachments.length > 0 ? 'file' : 'text',
    body: item.body,
    attachments: item.attachments,
    internal: item.internal,
    createdAt: ack.createdAt,
  };
  return { messages: mergeMessages(thread.messages, [message]), outbox };
}

export function enqueue(thread: Thread, item: Outgoing): Thread {
  return { ...thread, outbox: [...thread.outbox, item] };
}

function updateOutgoing(thread: Thread, clientId: string, change: (item: Outgoing) => Outgoing): Thread {
  if (!thread.outbox.some((item) => item.clientId === clientId)) return thread;
  return { ...thread, outbox: thread.outbox.map((item) => (item.clientId === clientId ? change(item) : item)) };
}

export const markSent = (thread: Thread, clientId: string, now: number): Thread =>
  updateOutgoing(thread, clientId, (item) => ({ ...item, sentAt: now }));

export const markFailed = (thread: Thread, clientId: string, error: string): Thread =>
  updateOutgoing(thread, clientId, (item) => ({ ...item, delivery: 'failed', error, sentAt: null }));

/** Retry keeps the clientId, so a message that did arrive after all is not stored twice. */
export const retry = (thread: Thread, clientId: string): Thread =>
  updateOutgoing(thread, clientId, (item) => ({ ...item, delivery: 'pending', error: null, sentAt: null }));

/** Messages to put on the wire now: pending and not yet sent on this connection. */
export const unsent = (thread: Thread): Outgoing[] => thread.outbox.filter((item) => item.delivery === 'pending' && item.sentAt === null);

/** The room asked us to slow down: this one goes out again on the next flush (same clientId). */
export const requeue = (thread: Thread, clientId: string): Thread => updateOutgoing(thread, clientId, (item) => ({ ...item, sentAt: null }));

/** A connection dropped: whatever was in flight goes out again once we are back (same clientIds). */
export const resetInFlight = (thread: Thread): Thread =>
  thread.outbox.some((item) => item.sentAt !== null)
    ? { ...thread, outbox: thread.outbox.map((item) => (item.sentAt === null ? item : { ...item, sentAt: null })) }
    : thread;

/** Sent messages that waited too long for an ack while connected are shown as failed. */
export function expireStale(thread: Thread, now: number, timeoutMs = ackTimeoutMs): Thread {
  const stale = thread.outbox.filter((item) => item.delivery === 'pending' && item.sentAt !== null && now - item.sentAt > timeoutMs);
  return stale.reduce((next, item) => markFailed(next, item.clientId, 'No answer from the server.'), thread);
}

/** The highest seq we hold: what a reconnecting socket asks to resume after. */
export const lastSeq = (thread: Thread): number => thread.messages.at(-1)?.seq ?? 0;

/** Messages from the customer after what the agents have read. */
export function unreadCount(messages: ChatMessage[], readSeq: number): number {
  let count = 0;
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index];
    if (!message || message.seq <= readSeq) break;
    if (message.sender.type === 'customer') count++;
  }
  return count;
}

/** The seq of the last message an agent should mark read (the newest one we hold), or null if none is new. */
export function readTarget(messages: ChatMessage[], readSeq: number): number | null {
  const newest = messages.at(-1)?.seq ?? 0;
  return newest > readSeq ? newest : null;
}

/**
 * The agents' last message the customer has read: the one a "Seen" receipt goes under.
 * Internal notes never count (the customer cannot see them).
 */
export function seenMessageId(messages: ChatMessage[], reads: ChatReadState): string | null {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index];
    if (!message) continue;
    if (message.sender.type === 'agent' && !message.internal && message.seq <= reads.customer) return message.id;
  }
  return null;
}

/** Every chat's unread count summed, for the document title. */
export const totalUnread = (counts: Iterable<number>): number => {
  let total = 0;
  for (const count of counts) total += count;
  return total;
};
