import type { ChatAgentRef, ChatAttachment, ChatMessage, ChatSender } from '../../shared/chat/protocol.ts';
import type { ChatAttachmentRef } from '../db/schema.ts';
import { chatFileUrl } from './file-urls.ts';
import type { MessageRow } from './rows.ts';

/** A stored message's author as joined from agents (null when the agent row is gone). */
export interface SenderAgent {
  name: string | null;
  avatarUrl: string | null;
}

export function toAgentRef(id: string | null, name: string | null, avatarUrl: string | null): ChatAgentRef | null {
  return id && name !== null ? { id, name, avatarUrl } : null;
}

export const toChatAttachment = (secret: string, ref: ChatAttachmentRef): ChatAttachment => ({
  id: ref.id,
  fileName: ref.fileName,
  contentType: ref.contentType,
  size: ref.size,
  url: chatFileUrl(secret, ref.id),
});

/** Who wrote a stored message, as every reader shows it (rooms, console, transcripts). */
export function senderOf(row: Pick<MessageRow, 'senderType' | 'senderAgentId'>, agent: SenderAgent, customerName: string): ChatSender {
  switch (row.senderType) {
    case 'customer':
      return { type: 'customer', name: customerName };
    case 'agent':
      return { type: 'agent', id: row.senderAgentId ?? '', name: agent.name ?? 'Former agent', avatarUrl: agent.avatarUrl };
    case 'system':
      return { type: 'system' };
  }
}

export function toChatMessage(secret: string, row: MessageRow, agent: SenderAgent, customerName: string): ChatMessage {
  return {
    id: row.id,
    sessionId: row.sessionId,
    seq: row.seq,
    clientId: row.clientId,
    sender: senderOf(row, agent, customerName),
    kind: row.kind,
    body: row.body,
    attachments: row.attachments.map((ref) => toChatAttachment(secret, ref)),
    internal: row.isInternal,
    createdAt: row.createdAt.toISOString(),
  };
}
