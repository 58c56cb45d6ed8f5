import { useEffect, useState } from 'preact/hooks';
import type { CannedContext } from '../../../shared/chat/canned.ts';
import type { ChatSummary } from '../../../shared/chat/protocol.ts';
import type { ChatDetail } from '../../../shared/schemas/chat.ts';
import type { Site } from '../../../shared/schemas/sites.ts';
import { Avatar } from '../../components/avatar.tsx';
import { Badge, PriorityBadge, type BadgeTone } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Link } from '../../components/link.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { isNotFound } from '../../lib/errors.ts';
import { dateTime } from '../../lib/format.ts';
import { paths } from '../../lib/paths.ts';
import { currentUrl } from '../../lib/router.ts';
import { useResource } from '../../lib/use-resource.ts';
import { chatUpdates, mine, queue } from '../../state/chat-lobby.ts';
import { openRooms, selectedIsLive, type ChatRoom } from '../../state/chat-rooms.ts';
import { currentAgent } from '../../state/session.ts';
import { ChatActions, type ChatFacts } from './chat-actions.tsx';
import { ChatIcon } from './chat-icons.tsx';
import { Composer } from './composer.tsx';
import { CustomerContext } from './customer-pane.tsx';
import { chatStatusLabels } from './format.ts';
import { ThreadView } from './thread-view.tsx';

const statusTones: Record<ChatSummary['status'], BadgeTone> = { waiting: 'amber', active: 'green', closed: 'grey' };

let sites: Promise<Site[]> | null = null;
/** Site names for `{{site.name}}`: read once per console. */
function useSiteName(siteId: string | undefined): string | null {
  const [list, setList] = useState<Site[] | null>(null);
  useEffect(() => {
    sites ??= api.sites.list().then(
      (result) => result.items,
      () => {
        sites = null;
        return [];
      },
    );
    let current = true;
    void sites.then((items) => current && setList(items));
    return () => {
      current = false;
    };
  }, []);
  return list?.find((site) => site.id === siteId)?.name ?? null;
}

/** The freshest summary the lobby has of this chat, if it is one of mine, waiting, or mentioned since. */
function knownSummary(chatId: string): ChatSummary | undefined {
  return mine.value.find((chat) => chat.id === chatId) ?? queue.value.find((chat) => chat.id === chatId) ?? chatUpdates.value.get(chatId);
}

/** Marks the thread read while it is on screen in a visible tab. */
function useReadWhileVisible(room: ChatRoom | null) {
  const count = room?.thread.value.messages.length ?? 0;
  const welcomed = room?.welcomed.value ?? false;
  useEffect(() => {
    if (!room || !welcomed) return;
    const mark = () => {
      if (document.visibilityState === 'visible') room.markRead();
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [room, welcomed, count]);
}

const connectionNotes = { connecting: 'Connecting…', reconnecting: 'Reconnecting…', refused: 'You cannot join this chat.', open: null } as const;

interface Props {
  chatId: string;
  detailsOpen: boolean;
  onToggleDetails: () => void;
}

/**
 * One chat on screen: the conversation in the middle, the customer and actions beside it. Live
 * chats come from their room (messages, typing, receipts); closed ones are read once from the API
 * as a read-only transcript.
 */
export function SelectedChat({ chatId, detailsOpen, onToggleDetails }: Props) {
  const detail = useResource<ChatDetail>(() => api.chats.get(chatId), chatId);
  const known = knownSummary(chatId);
  const firstStatus = known?.status ?? detail.data?.chat.status;
  // Live or transcript is decided once, when the chat opens: a chat ending on screen stays in its room.
  const [live, setLive] = useState<boolean | null>(null);
  useEffect(() => {
    if (live === null && firstStatus) setLive(firstStatus !== 'closed');
  }, [live, firstStatus]);
  useEffect(() => {
    selectedIsLive.value = live === true;
    return () => {
      selectedIsLive.value = false;
    };
  }, [live]);

  const room = live ? (openRooms.value.get(chatId) ?? null) : null;
  useReadWhileVisible(room);
  const me = currentAgent.value;
  const session = room?.session.value ?? null;
  const base = detail.data?.chat;
  const siteName = useSiteName(known?.siteId ?? base?.siteId);

  if (isNotFound(detail.error)) {
    return (
      <section class="inbox__conversation">
        <ErrorState error={detail.error} />
      </section>
    );
  }
  if (!known && !base) {
    return (
      <section class="inbox__conversation">
        {detail.error ? <ErrorState error={detail.error} onRetry={detail.reload} /> : <Loading label="Opening the chat…" />}
      </section>
    );
  }

  const summary = (known ?? base) as ChatSummary;
  const status = session?.status ?? summary.status;
  const customerName = session?.customerName ?? summary.customer.name;
  const assigned = session ? session.assignedAgent : summary.assignedAgent;
  const converted =
    base?.convertedTicket ?? (session?.convertedTicketId ? { id: session.convertedTicketId, number: null } : null);
  const facts: ChatFacts = {
    id: chatId,
    status,
    assignedAgentId: assigned?.id ?? null,
    customerEmail: summary.customer.email,
    convertedTicket: converted,
  };
  const cannedContext: CannedContext = {
    customer: { name: customerName, email: summary.customer.email },
    agent: { name: me?.name ?? null },
    site: { name: siteName },
  };
  // Typing goes on while the socket reconnects: the outbox sends it once the room is back.
  const disabledReason =
    status === 'waiting' ? 'Accept this chat to reply.' : room?.status.value === 'refused' ? 'You cannot write in this chat.' : null;
  const connection = room ? connectionNotes[room.status.value] : null;
  const queuePosition = session?.queuePosition ?? null;
  const listHref = `${paths.inbox()}${currentUrl.value.search}`;

  return (
    <>
      <section class="inbox__conversation" aria-labelledby="chat-title">
        <header class="chat-header">
          <Link href={listHref} class="chat-header__back">
            <ChatIcon name="back" />
            <span>Chats</span>
          </Link>
          <Avatar name={customerName} size={36} />
          <div class="chat-header__who">
            <h2 class="chat-header__name" id="chat-title">
              {customerName}
            </h2>
            <p class="chat-header__meta">
              <Badge tone={statusTones[status]}>
                {chatStatusLabels[status]}
                {status === 'waiting' && queuePosition ? ` · #${queuePosition} in queue` : ''}
              </Badge>
              {summary.priority !== 'low' && <PriorityBadge priority={summary.priority} />}
              {assigned && <span>with {assigned.id === me?.id ? 'you' : assigned.name}</span>}
              {room?.presence.value && status !== 'closed' && (
                <span class={room.presence.value.customer ? 'chat-header__online' : 'muted'}>
                  {room.presence.value.customer ? 'Customer online' : 'Customer away'}
                </span>
              )}
              {connection && (
                <span class="chat-header__connection" role="status">
                  {connection}
                </span>
              )}
            </p>
          </div>
          <div class="chat-header__actions">
            {status === 'waiting' && room && (
              <Button variant="primary" size="sm" busy={room.pendingAction.value === 'accept'} onClick={() => room.act({ type: 'accept' })}>
                Accept
              </Button>
            )}
            <Button size="sm" variant="ghost" class="chat-header__details" aria-expanded={detailsOpen ? 'true' : 'false'} aria-controls="chat-side" onClick={onToggleDetails}>
              <ChatIcon name="details" />
              Details
            </Button>
          </div>
        </header>
        {room ? (
          <ThreadView
            messages={room.thread.value.messages}
            outbox={room.thread.value.outbox}
            reads={room.reads.value}
            customerName={customerName}
            me={me?.name ?? 'You'}
            typing={room.typing.value}
            onRetry={(clientId) => room.retry(clientId)}
          />
        ) : detail.data ? (
          <ThreadView messages={detail.data.messages} reads={detail.data.reads} customerName={customerName} me={me?.name ?? 'You'} />
        ) : detail.error ? (
          <ErrorState error={detail.error} onRetry={detail.reload} />
        ) : (
          <Loading label="Loading messages…" />
        )}
        {room && status !== 'closed' ? (
          <Composer key={chatId} chatId={chatId} room={room} context={cannedContext} disabledReason={disabledReason} />
        ) : (
          <p class="chat-ended">
            {summary.closedAt || session?.closedAt
              ? `This chat ended ${dateTime((session?.closedAt ?? summary.closedAt) as string)}. The transcript is read-only.`
              : 'This chat has ended.'}
          </p>
        )}
      </section>
      <aside class="inbox__side" id="chat-side" aria-label="Customer and actions">
        <div class="chat-side__close">
          <Button size="sm" variant="ghost" onClick={onToggleDetails}>
            Close details
          </Button>
        </div>
        <ChatActions chat={facts} room={room} />
        <CustomerContext chatId={chatId} />
      </aside>
    </>
  );
}
