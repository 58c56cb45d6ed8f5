import { WidgetApiError, type WidgetEndpoint } from '../../../shared/api/widget.ts';
import type { ChatAttachment, ChatSessionState } from '../../../shared/chat/protocol.ts';
import type { ChatVisitor, OfflineMessageInput, OfflineMessageResult, StartChatInput, StartedChat } from '../../../shared/schemas/chat.ts';
import type { LanternUser } from '../../contract.ts';

/** A chat call: JSON or a form in, JSON out, the visitor token as Bearer, no cookies. */
async function call<T>({ baseUrl, siteKey }: WidgetEndpoint, path: string, token: string, body?: unknown): Promise<T> {
  const form = body instanceof FormData;
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}/api/widget/sites/${encodeURIComponent(siteKey)}/chat/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    credentials: 'omit',
    headers,
    body: form ? body : body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new WidgetApiError(response.status);
  return (await response.json()) as T;
}

/** A token for this browser's visitor, or for a signed-in user of the site (403 when the hash is wrong). */
export const passFor = (at: WidgetEndpoint, visitorId: string, identity: LanternUser | null) =>
  call<ChatVisitor>(at, 'visitor', '', identity ? { visitorId, identity } : { visitorId });

/** The visitor's chats, newest first. */
export const listSessions = (at: WidgetEndpoint, token: string) => call<ChatSessionState[]>(at, 'sessions', token);

/** Opens a chat with its first message (stored once per clientId, however often this is retried). */
export const startSession = (at: WidgetEndpoint, token: string, input: StartChatInput) => call<StartedChat>(at, 'sessions', token, input);

/** Nobody is online: the message becomes a ticket answered by email. */
export const leaveMessage = (at: WidgetEndpoint, input: OfflineMessageInput) => call<OfflineMessageResult>(at, 'offline', '', input);

export function uploadFile(at: WidgetEndpoint, token: string, sessionId: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return call<ChatAttachment>(at, `sessions/${encodeURIComponent(sessionId)}/attachments`, token, form);
}

export const emailTranscript = (at: WidgetEndpoint, token: string, sessionId: string, email: string) =>
  call<unknown>(at, `sessions/${encodeURIComponent(sessionId)}/transcript`, token, { email });
