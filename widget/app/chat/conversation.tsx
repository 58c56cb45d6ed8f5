import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ChatAttachment, ChatMessage } from '../../../shared/chat/protocol.ts';
import { AfterClose } from './after-close.tsx';
import type { Chat, ChatState } from './client.ts';
import { Composer } from './composer.tsx';
import type { Outgoing } from './messages.ts';

/** The conversation: where it stands, the messages (a polite live region), and the composer or, once closed, the rating. */
export function Conversation({ chat, baseUrl }: { chat: Chat; baseUrl: string }) {
  const { state } = chat;
  const { session, messages, outbox } = state;
  const list = useRef<HTMLOListElement>(null);
  const closed = session?.status === 'closed';
  // "Seen" or "Sent" goes under the visitor's newest stored message only.
  const mine = messages.filter(({ sender }) => sender.type === 'customer').pop();

  // Follow the conversation as it grows.
  useEffect(() => {
    const last = list.current?.lastElementChild;
    if (last) last.scrollIntoView({ block: 'nearest' });
  }, [messages.length, outbox.length, state.typing]);

  return (
    <div class="chat">
      <div class="status row">
        <p role="status">{status(state)}</p>
        {session && !closed && (
          <button type="button" class="pill small" onClick={chat.end}>
            End chat
          </button>
        )}
      </div>
      <ol ref={list} class="messages" role="log" aria-live="polite" aria-label="Conversation">
        {messages.map((message) => (
          <Bubble key={message.seq} message={message} baseUrl={baseUrl}>
            {message === mine && <span class="state">{state.reads.agent >= message.seq ? 'Seen' : 'Sent'}</span>}
          </Bubble>
        ))}
        {outbox.map((item) => (
          <Pending key={item.clientId} item={item} baseUrl={baseUrl} onRetry={() => chat.retry(item.clientId)} />
        ))}
      </ol>
      {/* Outside the log: who is typing is not worth announcing every few seconds. */}
      <p class="typing" aria-hidden="true">
        {state.typing && `${state.typing} is typing…`}
      </p>
      {closed ? <AfterClose chat={chat} /> : <Composer chat={chat} />}
    </div>
  );
}

function status({ connected, session }: ChatState): string {
  if (session?.status === 'closed') return 'This chat has ended.';
  if (!connected || !session) return 'Connecting…';
  if (session.assignedAgent) return `You're chatting with ${session.assignedAgent.name}.`;
  return session.queuePosition ? `You are #${session.queuePosition} in line.` : 'Waiting for an agent…';
}

function Bubble({ message, baseUrl, children }: { message: ChatMessage; baseUrl: string; children?: ComponentChildren }) {
  const { sender } = message;
  if (sender.type === 'system') return <li class="system">{message.body}</li>;
  const agent = sender.type === 'agent' ? sender : null;
  return (
    <li class={agent ? 'message' : 'message mine'}>
      {agent &&
        (agent.avatarUrl && /^https?:/.test(agent.avatarUrl) ? (
          <img class="avatar" src={agent.avatarUrl} alt="" />
        ) : (
          <span class="avatar" aria-hidden="true">
            {agent.name.slice(0, 1)}
          </span>
        ))}
      <div>
        <span class={agent ? 'who' : 'sr'}>{agent ? agent.name : 'You:'}</span>
        <div class="bubble">
          {linked(message.body)}
          <Files files={message.attachments} baseUrl={baseUrl} />
        </div>
        {children}
      </div>
    </li>
  );
}

/** A message on its way: shown at once, with its state and, when refused, a way to send it again. */
function Pending({ item, baseUrl, onRetry }: { item: Outgoing; baseUrl: string; onRetry: () => void }) {
  return (
    <li class="message mine">
      <div>
        <span class="sr">You:</span>
        <div class="bubble">
          {linked(item.body)}
          <Files files={item.attachments} baseUrl={baseUrl} />
          {item.files.map((file) => (
            <span key={file.name} class="file">
              {file.name}
            </span>
          ))}
        </div>
        {item.failed ? (
          <span class="state failed">
            Not sent: {item.failed}.{' '}
            <button type="button" class="retry" onClick={onRetry}>
              Retry
            </button>
          </span>
        ) : (
          <span class="state">Sending…</span>
        )}
      </div>
    </li>
  );
}

function Files({ files, baseUrl }: { files: ChatAttachment[]; baseUrl: string }) {
  return (
    <>
      {files.map(({ id, url, fileName, contentType }) => (
        <a key={id} class="file" href={baseUrl + url} target="_blank" rel="noopener noreferrer">
          {contentType.startsWith('image/') ? <img src={baseUrl + url} alt={fileName} /> : fileName}
        </a>
      ))}
    </>
  );
}

/** Text with its web addresses made links (agents paste help-article links); the rest stays text. */
function linked(text: string) {
  return text.split(/(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/).map((part, index) =>
    index % 2 ? (
      <a href={part} target="_blank" rel="noopener noreferrer">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
