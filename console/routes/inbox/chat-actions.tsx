import { useState } from 'preact/hooks';
import { transcriptUrl } from '../../../shared/api/support.ts';
import type { ChatSessionStatus } from '../../../shared/chat/protocol.ts';
import { Alert } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { Link } from '../../components/link.tsx';
import { api } from '../../lib/api.ts';
import { errorFor, errorMessage, fieldErrorsOf } from '../../lib/errors.ts';
import { paths } from '../../lib/paths.ts';
import { agentsPresence } from '../../state/chat-lobby.ts';
import type { ChatRoom } from '../../state/chat-rooms.ts';
import { currentAgent, isAdmin } from '../../state/session.ts';
import { agentStatusLabels } from './format.ts';

export interface ChatFacts {
  id: string;
  status: ChatSessionStatus;
  assignedAgentId: string | null;
  customerEmail: string | null;
  convertedTicket: { id: string; number: number | null } | null;
}

/** Hand the chat to a teammate, with a note they see first. Online agents with room come first. */
function TransferForm({ room, onDone }: { room: ChatRoom; onDone: () => void }) {
  const me = currentAgent.value;
  const candidates = agentsPresence.value
    .filter((agent) => agent.id !== me?.id)
    .sort((a, b) => Number(b.status === 'online') - Number(a.status === 'online') || a.name.localeCompare(b.name));
  const [to, setTo] = useState(candidates[0]?.id ?? '');
  const [note, setNote] = useState('');
  return (
    <form
      class="chat-transfer"
      aria-label="Transfer this chat"
      onSubmit={(event) => {
        event.preventDefault();
        if (to && room.act({ type: 'transfer', toAgentId: to, ...(note.trim() ? { note: note.trim() } : {}) })) onDone();
      }}
    >
      <div class="field">
        <label class="field__label" for="transfer-to">
          Transfer to
        </label>
        <select id="transfer-to" class="select" value={to} onChange={(event) => setTo(event.currentTarget.value)}>
          {candidates.length === 0 && <option value="">Nobody else on the team</option>}
          {candidates.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name} — {agentStatusLabels[agent.status]}, {agent.activeChats}/{agent.maxChats} chats
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label class="field__label" for="transfer-note">
          Note for them <span class="field__optional">(optional)</span>
        </label>
        <textarea id="transfer-note" class="textarea" rows={2} maxLength={500} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </div>
      <div class="chat-transfer__actions">
        <Button type="submit" variant="primary" size="sm" disabled={!to}>
          Transfer
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function EmailTranscript({ chatId, defaultTo }: { chatId: string; defaultTo: string }) {
  const [to, setTo] = useState(defaultTo);
  const [state, setState] = useState<{ busy: boolean; error: string | null; sent: string | null }>({ busy: false, error: null, sent: null });
  return (
    <form
      class="chat-email"
      aria-label="Email the transcript"
      onSubmit={async (event) => {
        event.preventDefault();
        const recipients = to
          .split(/[,\s]+/)
          .map((part) => part.trim())
          .filter(Boolean);
        setState({ busy: true, error: null, sent: null });
        try {
          const result = await api.transcripts.email(chatId, { to: recipients });
          setState({ busy: false, error: null, sent: `Sent to ${result.sent.join(', ')}.` });
        } catch (failure) {
          const field = errorFor(fieldErrorsOf(failure), 'to', 'Address');
          setState({ busy: false, error: field ? `Recipients: ${field}` : errorMessage(failure), sent: null });
        }
      }}
    >
      <label class="field__label" for="transcript-to">
        Email transcript to
      </label>
      <div class="inline-input">
        <input
          id="transcript-to"
          class="input input--sm"
          type="text"
          inputMode="email"
          autoComplete="off"
          placeholder="name@example.com"
          value={to}
          onInput={(event) => setTo(event.currentTarget.value)}
        />
        <Button type="submit" size="sm" busy={state.busy} disabled={!to.trim()}>
          Send
        </Button>
      </div>
      <div aria-live="polite">
        {state.sent && <p class="saved-note">{state.sent}</p>}
      </div>
      {state.error && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}

/**
 * What an agent can do with a chat: accept it from the queue, transfer it, end it, make it a
 * ticket, export or email its transcript (internal notes are never in a transcript).
 */
export function ChatActions({ chat, room }: { chat: ChatFacts; room: ChatRoom | null }) {
  const [transferring, setTransferring] = useState(false);
  const [converting, setConverting] = useState(false);
  const [convertError, setConvertError] = useState<string | null>(null);
  const [ticket, setTicket] = useState<{ id: string; number: number | null } | null>(null);
  const me = currentAgent.value;
  const pending = room?.pendingAction.value ?? null;
  const converted = ticket ?? chat.convertedTicket;
  const live = chat.status !== 'closed' && room !== null;

  return (
    <section class="chat-side__section" aria-labelledby="chat-actions-title">
      <h2 class="chat-side__title" id="chat-actions-title">
        Actions
      </h2>
      {room?.actionError.value && <Alert tone="error">{room.actionError.value}</Alert>}
      <div class="chat-actions">
        {live && chat.status === 'waiting' && (
          <Button variant="primary" size="sm" busy={pending === 'accept'} onClick={() => room.act({ type: 'accept' })}>
            Accept chat
          </Button>
        )}
        {live && chat.status === 'active' && chat.assignedAgentId !== me?.id && isAdmin.value && (
          <Button size="sm" busy={pending === 'accept'} onClick={() => room.act({ type: 'accept' })}>
            Take over
          </Button>
        )}
        {live && chat.status === 'active' && !transferring && (
          <Button size="sm" busy={pending === 'transfer'} onClick={() => setTransferring(true)}>
            Transfer…
          </Button>
        )}
        {converted ? (
          <Link href={paths.ticket(converted.id)} class="button button--secondary button--sm">
            {converted.number ? `Ticket #${converted.number}` : 'View ticket'}
          </Link>
        ) : (
          <Button
            size="sm"
            busy={converting}
            onClick={async () => {
              setConverting(true);
              setConvertError(null);
              try {
                const result = await api.transcripts.convert(chat.id);
                setTicket({ id: result.ticket.id, number: result.ticket.number });
              } catch (failure) {
                setConvertError(errorMessage(failure));
              } finally {
                setConverting(false);
              }
            }}
          >
            Convert to ticket
          </Button>
        )}
        {live && (
          <ConfirmButton
            label="End chat"
            question="End this chat?"
            confirmLabel="End chat"
            busy={pending === 'close'}
            onConfirm={() => room.act({ type: 'close' })}
          />
        )}
      </div>
      {convertError && <Alert tone="error">{convertError}</Alert>}
      {transferring && room && <TransferForm room={room} onDone={() => setTransferring(false)} />}
      <div class="chat-actions chat-actions--export">
        <span class="chat-actions__label">Export</span>
        <a class="button button--ghost button--sm" href={transcriptUrl('', chat.id, 'txt')} download>
          Text
        </a>
        <a class="button button--ghost button--sm" href={transcriptUrl('', chat.id, 'pdf')} download>
          PDF
        </a>
      </div>
      <EmailTranscript chatId={chat.id} defaultTo={chat.customerEmail ?? ''} />
    </section>
  );
}
