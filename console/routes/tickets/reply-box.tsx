import { useState } from 'preact/hooks';
import type { Ticket, TicketMessage, TicketStatus } from '../../../shared/schemas/tickets.ts';
import { Alert } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { api } from '../../lib/api.ts';
import { errorFor, errorMessage, fieldErrorsOf } from '../../lib/errors.ts';

type Mode = 'reply' | 'note';

interface ReplyBoxProps {
  ticket: Ticket;
  onSent: (result: { message: TicketMessage; ticket: Ticket }) => void;
}

/**
 * Write a public reply or an internal note. "Send and set pending/resolved" changes the status in
 * the same request, so the reply and the status change cannot half-happen.
 */
export function ReplyBox({ ticket, onSent }: ReplyBoxProps) {
  const [mode, setMode] = useState<Mode>('reply');
  const [body, setBody] = useState('');
  const [sending, setSending] = useState<TicketStatus | 'send' | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(status?: TicketStatus) {
    setSending(status ?? 'send');
    setError(null);
    try {
      const result = await api.tickets.addMessage(ticket.id, { body, internal: mode === 'note', ...(status ? { status } : {}) });
      setBody('');
      onSent(result);
    } catch (failure) {
      // The text stays in the box so nothing typed is lost.
      const fields = fieldErrorsOf(failure);
      setError(errorFor(fields, 'body') ? `The message ${errorFor(fields, 'body')}.` : errorMessage(failure));
    } finally {
      setSending(null);
    }
  }

  const note = mode === 'note';
  const empty = body.trim() === '';
  return (
    <form
      class={`reply-box${note ? ' reply-box--note' : ''}`}
      aria-label="Reply"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <fieldset class="segmented">
        <legend class="visually-hidden">Message type</legend>
        <label class={`segmented__option${!note ? ' is-selected' : ''}`}>
          <input type="radio" name="mode" value="reply" checked={!note} onChange={() => setMode('reply')} />
          Reply
        </label>
        <label class={`segmented__option segmented__option--note${note ? ' is-selected' : ''}`}>
          <input type="radio" name="mode" value="note" checked={note} onChange={() => setMode('note')} />
          Internal note
        </label>
      </fieldset>
      <label class="visually-hidden" for="reply-body">
        {note ? 'Internal note' : `Reply to ${ticket.customer.name}`}
      </label>
      <textarea
        id="reply-body"
        class="textarea reply-box__input"
        rows={5}
        aria-describedby="reply-hint"
        placeholder={note ? 'Write a note for your team…' : `Write a reply to ${ticket.customer.name}…`}
        value={body}
        onInput={(event) => setBody(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey) && !empty && !sending) {
            event.preventDefault();
            void send();
          }
        }}
      />
      <p class="reply-box__hint" id="reply-hint">
        {note ? 'Only your team can see internal notes.' : `${ticket.customer.name} will see this reply.`} Ctrl+Enter sends.
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <div class="reply-box__actions">
        <Button type="submit" variant="primary" busy={sending === 'send'} disabled={empty || sending !== null}>
          Send
        </Button>
        <Button busy={sending === 'pending'} disabled={empty || sending !== null} onClick={() => void send('pending')}>
          Send and set pending
        </Button>
        <Button busy={sending === 'resolved'} disabled={empty || sending !== null} onClick={() => void send('resolved')}>
          Send and set resolved
        </Button>
      </div>
    </form>
  );
}
