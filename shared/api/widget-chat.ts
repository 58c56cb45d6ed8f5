import type { ChatAttachment, ChatSessionState } from '../chat/protocol.ts';
import type { ChatVisitor, ChatVisitorInput, OfflineMessageInput, OfflineMessageResult, StartChatInput, StartedChat } from '../schemas/chat.ts';
import type { TranscriptEmailResult } from '../schemas/transcripts.ts';
import { widgetCall, type WidgetEndpoint } from './widget.ts';

/**
 * The widget's chat calls (/api/widget/sites/:key/chat/…), the only ones the widget's chat makes:
 * JSON or a form in, JSON out, the visitor token as Bearer. Types only from the schemas, so zod
 * never reaches a visitor.
 */
function chatCall<T>(at: WidgetEndpoint, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  return widgetCall<T>(at, `chat/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    body: isForm ? body : body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The visitor's token (403 for a wrong identify() hash). Keep the `visitorId` it returns. */
export const chatVisitor = (at: WidgetEndpoint, input: ChatVisitorInput) => chatCall<ChatVisitor>(at, 'visitor', null, input);

/** The visitor's chats on this site, newest first. */
export const chatSessions = (at: WidgetEndpoint, token: string) => chatCall<ChatSessionState[]>(at, 'sessions', token);

/** Starts a chat, or returns the visitor's open one; the first message is stored once per clientId. */
export const startChat = (at: WidgetEndpoint, token: string, input: StartChatInput) => chatCall<StartedChat>(at, 'sessions', token, input);

/** Nobody online: the message becomes a ticket. */
export const sendOfflineMessage = (at: WidgetEndpoint, input: OfflineMessageInput) => chatCall<OfflineMessageResult>(at, 'offline', null, input);

/** An image or PDF for the chat; send its id in the next message's attachmentIds. */
export function uploadChatFile(at: WidgetEndpoint, token: string, sessionId: string, file: Blob, fileName: string) {
  const form = new FormData();
  form.append('file', file, fileName);
  return chatCall<ChatAttachment>(at, `sessions/${encodeURIComponent(sessionId)}/attachments`, token, form);
}

/** "Email me the transcript": the visitor's own chat, without internal notes. 503 when the server sends no email, 429 when asked too often. */
export const emailChatTranscript = (at: WidgetEndpoint, token: string, sessionId: string, email: string) =>
  chatCall<TranscriptEmailResult>(at, `sessions/${encodeURIComponent(sessionId)}/transcript`, token, { email });
