import type { Ticket, TicketMessage } from '../../../shared/schemas/tickets.ts';
import { Avatar } from '../../components/avatar.tsx';
import { Icon } from '../../components/icon.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';

type Kind = 'customer' | 'reply' | 'note';

const kindOf = (message: TicketMessage): Kind => (message.internal ? 'note' : message.author.type === 'customer' ? 'customer' : 'reply');

const kindLabels: Record<Kind, string> = { customer: 'Customer', reply: 'Reply', note: 'Internal note' };

function Message({ kind, author, body, at }: { kind: Kind; author: string; body: string; at: string }) {
  return (
    <li class={`message message--${kind}`} data-kind={kind}>
      <Avatar name={author} size={32} />
      <article class="message__bubble" aria-label={`${kindLabels[kind]} from ${author}`}>
        <header class="message__head">
          <span class="message__author">{author}</span>
          {kind === 'note' ? (
            <span class="message__label message__label--note">
              <Icon name="lock" size={14} />
              Internal note
            </span>
          ) : (
            <span class="message__label">{kind === 'customer' ? 'Customer' : 'Reply to customer'}</span>
          )}
          <span class="message__time">
            <RelativeTime iso={at} />
          </span>
        </header>
        <div class="message__body">{body}</div>
      </article>
    </li>
  );
}

/**
 * The thread, oldest first: the customer's original request (the ticket description), then every
 * reply and internal note. Notes are amber with a lock, so nobody mistakes one for a reply.
 */
export function Conversation({ ticket, messages }: { ticket: Ticket; messages: TicketMessage[] }) {
  return (
    <ol class="conversation" aria-label="Conversation">
      <Message kind="customer" author={ticket.customer.name} body={ticket.description} at={ticket.createdAt} />
      {messages.map((message) => (
        <Message key={message.id} kind={kindOf(message)} author={message.author.name} body={message.body} at={message.createdAt} />
      ))}
    </ol>
  );
}
