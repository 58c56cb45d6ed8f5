import type { ChatAttachment, ChatMessage } from '../../../shared/chat/protocol.ts';

/**
 * A message the visitor wrote that the room has not acknowledged yet. It keeps its clientId for
 * life: every (re)send carries the same one, so the room stores it once however often it is sent.
 */
export interface Outgoing {
  clientId: string;
  body: string;
  /** Uploaded and ready to attach. */
  attachments: ChatAttachment[];
  /** Picked but not uploaded yet (not kept across reloads: a File cannot be stored). */
  files: File[];
  /** Why the room or the upload refused it; null while it is on its way. */
  failed: string | null;
}

/**
 * Adds what arrived to what is shown, in seq order, one entry per seq: a message received twice
 * (a broadcast after its ack, a replay after a reconnect) replaces itself instead of repeating.
 */
export function mergeMessages(shown: ChatMessage[], arrived: ChatMessage[]): ChatMessage[] {
  if (!arrived.length) return shown;
  const bySeq = new Map(shown.map((message) => [message.seq, message]));
  for (const message of arrived) bySeq.set(message.seq, message);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The outgoing messages still not in the conversation: the ones stored are shown from there. */
export const unsettled = (outbox: Outgoing[], shown: ChatMessage[]): Outgoing[] =>
  outbox.filter(({ clientId }) => !shown.some((message) => message.clientId === clientId));

/** Where a reconnecting client resumes: the highest seq it has, 0 for none. */
export const lastSeq = (shown: ChatMessage[]): number => shown[shown.length - 1]?.seq ?? 0;

/** Agent messages after the visitor's read position: what the launcher's badge counts. */
export const unreadCount = (shown: ChatMessage[], readSeq: number): number =>
  shown.filter((message) => message.seq > readSeq && message.sender.type === 'agent').length;

