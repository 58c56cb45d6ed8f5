import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { ChatAttachment, ChatMessage, ChatReadState, ChatSender } from '../../../shared/chat/protocol.ts';
import { Avatar } from '../../components/avatar.tsx';
import { Button } from '../../components/button.tsx';
import { Icon } from '../../components/icon.tsx';
import { dateTime } from '../../lib/format.ts';
import { seenMessageId, type Outgoing } from '../../state/chat-thread.ts';
import { ChatIcon } from './chat-icons.tsx';
import { fileSize } from '../../../shared/file-size.ts';
import { isImage, messageTime } from './format.ts';

type Kind = 'customer' | 'reply' | 'note';

function Attachments({ items }: { items: ChatAttachment[] }) {
  if (items.length === 0) return null;
  return (
    <ul class="chat-attachments">
      {items.map((file) => (
        <li key={file.id}>
          {isImage(file.contentType) ? (
            <a href={file.url} target="_blank" rel="noopener" class="chat-attachment chat-attachment--image">
              <img src={file.url} alt={file.fileName} loading="lazy" />
            </a>
          ) : (
            <a href={file.url} target="_blank" rel="noopener" class="chat-attachment">
              <ChatIcon name="file" size={16} />
              <span class="chat-attachment__name">{file.fileName}</span>
              <span class="chat-attachment__size">{fileSize(file.size)}</span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

function Bubble({
  kind,
  author,
  avatarUrl,
  body,
  attachments,
  at,
  footer,
}: {
  kind: Kind;
  author: string;
  avatarUrl?: string | null;
  body: string;
  attachments: ChatAttachment[];
  at: string;
  footer?: ComponentChildren;
}) {
  const label = kind === 'note' ? 'Internal note' : kind === 'customer' ? 'Customer' : 'Reply';
  return (
    <li class={`message message--${kind} chat-message`} data-kind={kind}>
      <Avatar name={author} src={avatarUrl} size={28} />
      <article class="message__bubble" aria-label={`${label} from ${author}`}>
        <header class="message__head">
          <span class="message__author">{author}</span>
          {kind === 'note' && (
            <span class="message__label message__label--note">
              <Icon name="lock" size={14} />
              Internal note
            </span>
          )}
          <time class="message__time" dateTime={at} title={dateTime(at)}>
            {messageTime(at)}
          </time>
        </header>
        {body && <div class="message__body">{body}</div>}
        <Attachments items={attachments} />
        {footer}
      </article>
    </li>
  );
}

const senderName = (sender: ChatSender, customerName: string) =>
  sender.type === 'agent' ? sender.name : sender.type === 'customer' ? sender.name || customerName : 'Lantern';

function StoredMessage({ message, customerName, seen }: { message: ChatMessage; customerName: string; seen: boolean }) {
  if (message.kind === 'system' || message.sender.type === 'system') {
    return (
      <li class="chat-event" data-kind="system">
        <span>{message.body}</span>
        <time dateTime={message.createdAt} title={dateTime(message.createdAt)}>
          {messageTime(message.createdAt)}
        </time>
      </li>
    );
  }
  const kind: Kind = message.internal ? 'note' : message.sender.type === 'customer' ? 'customer' : 'reply';
  return (
    <Bubble
      kind={kind}
      author={senderName(message.sender, customerName)}
      avatarUrl={message.sender.type === 'agent' ? message.sender.avatarUrl : null}
      body={message.body}
      attachments={message.attachments}
      at={message.createdAt}
      footer={seen ? <p class="chat-receipt">Seen</p> : undefined}
    />
  );
}

function OutgoingMessage({ item, me, onRetry }: { item: Outgoing; me: string; onRetry: (clientId: string) => void }) {
  const failed = item.delivery === 'failed';
  return (
    <Bubble
      kind={item.internal ? 'note' : 'reply'}
      author={me}
      body={item.body}
      attachments={item.attachments}
      at={item.createdAt}
      footer={
        failed ? (
          <p class="chat-receipt chat-receipt--failed" role="alert">
            Not sent{item.error ? `: ${item.error}` : '.'}{' '}
            <Button size="sm" variant="ghost" onClick={() => onRetry(item.clientId)}>
              Retry
            </Button>
          </p>
        ) : (
          <p class="chat-receipt chat-receipt--pending">Sending…</p>
        )
      }
    />
  );
}

/**
 * The conversation, oldest first, as a log that keeps itself scrolled to the newest message while
 * the agent is at the bottom (and leaves them alone while they read further up).
 */
export function ThreadView({
  messages,
  outbox = [],
  reads,
  customerName,
  me,
  typing,
  onRetry,
}: {
  messages: ChatMessage[];
  outbox?: Outgoing[];
  reads?: ChatReadState | null;
  customerName: string;
  me: string;
  typing?: ChatSender | null;
  onRetry?: (clientId: string) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const seenId = reads ? seenMessageId(messages, reads) : null;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [messages.length, outbox.length, typing]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onScroll = () => {
      pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 80;
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    // The window or the composer changing height must not leave the newest message out of sight.
    const resized = new ResizeObserver(() => {
      if (pinned.current) element.scrollTop = element.scrollHeight;
    });
    resized.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      resized.disconnect();
    };
  }, []);

  return (
    <div class="chat-scroller" ref={scroller} tabIndex={0} aria-label="Messages">
      {messages.length === 0 && outbox.length === 0 && <p class="chat-empty">No messages yet.</p>}
      <ol class="conversation chat-thread" role="log" aria-live="polite">
        {messages.map((message) => (
          <StoredMessage key={message.id} message={message} customerName={customerName} seen={message.id === seenId} />
        ))}
        {outbox.map((item) => (
          <OutgoingMessage key={item.clientId} item={item} me={me} onRetry={(clientId) => onRetry?.(clientId)} />
        ))}
      </ol>
      {typing && (
        <p class="chat-typing" aria-live="polite">
          <span class="chat-typing__dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          {senderName(typing, customerName)} is typing…
        </p>
      )}
    </div>
  );
}
