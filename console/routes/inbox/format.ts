import type { AgentStatus, ChatSessionStatus, ChatSummary } from '../../../shared/chat/protocol.ts';
import { dateTime } from '../../lib/format.ts';

/** Words and small formats the inbox shares. */

export const chatStatusLabels: Record<ChatSessionStatus, string> = { waiting: 'Waiting', active: 'Active', closed: 'Closed' };
export const agentStatusLabels: Record<AgentStatus, string> = { online: 'Online', away: 'Away', offline: 'Offline' };

const locale = typeof navigator !== 'undefined' ? navigator.language : 'en';
const clock = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });

/** "14:05" today, the date and time otherwise: chats are read in the moment. */
export function messageTime(iso: string, now = Date.now()): string {
  const at = new Date(iso);
  return new Date(now).toDateString() === at.toDateString() ? clock.format(at) : dateTime(iso);
}

/** The public help-centre address of an article, as the customer will open it. */
export function helpArticleUrl(locale: string, slug: string): string {
  return `${window.location.origin}/help/${encodeURIComponent(locale)}/articles/${encodeURIComponent(slug)}`;
}

/** The list's one-line preview of a chat. */
export function previewOf(chat: ChatSummary): string {
  const last = chat.lastMessage;
  if (!last) return chat.status === 'waiting' ? 'Waiting for a message…' : 'No messages yet';
  const text = last.body.trim() || 'Sent a file';
  return last.senderType === 'agent' ? `Reply: ${text}` : text;
}

export const isImage = (contentType: string) => contentType.startsWith('image/');
