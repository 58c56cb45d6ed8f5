import type { ChatSummary } from '../../../shared/chat/protocol.ts';
import { Avatar } from '../../components/avatar.tsx';
import { PriorityBadge } from '../../components/badge.tsx';
import { Link } from '../../components/link.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { EmptyState, ErrorState, LoadMore, Loading } from '../../components/states.tsx';
import { paths } from '../../lib/paths.ts';
import { currentUrl, navigate, withQuery } from '../../lib/router.ts';
import { lobbyReady, mine, queue } from '../../state/chat-lobby.ts';
import { openRooms, unreadOf } from '../../state/chat-rooms.ts';
import { chatStatusLabels, previewOf } from './format.ts';
import { useActiveChats, useClosedChats, withLiveUpdates } from './list-data.ts';

export const inboxTabs = ['mine', 'queue', 'active', 'closed'] as const;
export type InboxTab = (typeof inboxTabs)[number];

const tabLabels: Record<InboxTab, string> = { mine: 'Mine', queue: 'Queue', active: 'All active', closed: 'Closed' };

/** The newest thing said in a chat: the live room's last message when we have the room. */
function livePreview(chat: ChatSummary): string {
  const messages = openRooms.value.get(chat.id)?.thread.value.messages ?? [];
  // "Sam joined the chat" says less than what the customer wrote before it.
  const last = messages.findLast((message) => message.kind !== 'system') ?? messages.at(-1);
  if (!last) return previewOf(chat);
  if (last.kind === 'system') return last.body;
  const text = last.body.trim() || `Sent ${last.attachments[0]?.fileName ?? 'a file'}`;
  if (last.internal) return `Note: ${text}`;
  return last.sender.type === 'agent' ? `Reply: ${text}` : text;
}

function ChatRow({ chat, current, href, showAgent }: { chat: ChatSummary; current: boolean; href: string; showAgent: boolean }) {
  const unread = unreadOf(chat);
  return (
    <li>
      <Link
        href={href}
        class={`chat-row${current ? ' chat-row--current' : ''}${unread > 0 ? ' chat-row--unread' : ''}`}
        aria-current={current ? 'true' : undefined}
        data-chat-id={chat.id}
      >
        <span class="chat-row__avatar">
          <Avatar name={chat.customer.name} size={36} />
          <span class={`chat-row__state chat-row__state--${chat.status}`} aria-hidden="true" />
        </span>
        <span class="chat-row__body">
          <span class="chat-row__top">
            <span class="chat-row__name">{chat.customer.name}</span>
            <span class="chat-row__time">
              <RelativeTime iso={chat.lastActivityAt} />
            </span>
          </span>
          <span class="chat-row__preview">{livePreview(chat)}</span>
          <span class="chat-row__meta">
            <span class="visually-hidden">{chatStatusLabels[chat.status]}.</span>
            {/* Only what stands out: most chats have the default priority. */}
            {(chat.priority === 'high' || chat.priority === 'urgent') && <PriorityBadge priority={chat.priority} />}
            {showAgent && <span>{chat.assignedAgent ? chat.assignedAgent.name : 'Unassigned'}</span>}
          </span>
        </span>
        {unread > 0 && (
          <span class="chat-row__unread">
            {unread}
            <span class="visually-hidden"> unread</span>
          </span>
        )}
      </Link>
    </li>
  );
}

function ChatRows({ chats, selectedId, showAgent = false }: { chats: ChatSummary[]; selectedId: string | null; showAgent?: boolean }) {
  const search = currentUrl.value.search;
  return (
    <ul class="chat-list">
      {chats.map((chat) => (
        <ChatRow key={chat.id} chat={chat} current={chat.id === selectedId} href={`${paths.chat(chat.id)}${search}`} showAgent={showAgent} />
      ))}
    </ul>
  );
}

const byActivity = (a: ChatSummary, b: ChatSummary) => b.lastActivityAt.localeCompare(a.lastActivityAt);

function MineList({ selectedId }: { selectedId: string | null }) {
  if (!lobbyReady.value) return <Loading label="Connecting…" />;
  const chats = [...mine.value].sort(byActivity);
  if (chats.length === 0) {
    return (
      <EmptyState title="No chats assigned to you">
        Set yourself online in the sidebar and new chats come to you; or take one from the queue.
      </EmptyState>
    );
  }
  return <ChatRows chats={chats} selectedId={selectedId} />;
}

function QueueList({ selectedId }: { selectedId: string | null }) {
  if (!lobbyReady.value) return <Loading label="Connecting…" />;
  if (queue.value.length === 0) return <EmptyState title="Nobody is waiting">Chats nobody has taken yet wait here, oldest first.</EmptyState>;
  return <ChatRows chats={queue.value} selectedId={selectedId} />;
}

function ActiveList({ selectedId }: { selectedId: string | null }) {
  const list = useActiveChats();
  if (list.error && !list.data) return <ErrorState error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading label="Loading chats…" />;
  const chats = withLiveUpdates(list.data).filter((chat) => chat.status === 'active');
  if (chats.length === 0) return <EmptyState title="No active chats">Chats agents are having now show here.</EmptyState>;
  return <ChatRows chats={chats} selectedId={selectedId} showAgent />;
}

function ClosedList({ selectedId }: { selectedId: string | null }) {
  const { text, setText, list } = useClosedChats();
  return (
    <>
      <div class="chat-list__search">
        <SearchBox label="Search closed chats" placeholder="Search transcripts…" value={text} onValue={setText} />
      </div>
      {list.error && list.items.length === 0 ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : list.loading && list.items.length === 0 ? (
        <Loading label="Searching…" />
      ) : list.items.length === 0 ? (
        <EmptyState title={text.trim() ? 'No closed chats match' : 'No closed chats yet'} />
      ) : (
        <div class={list.loading ? 'is-refreshing' : undefined}>
          <ChatRows chats={list.items} selectedId={selectedId} showAgent />
        </div>
      )}
      <LoadMore hasMore={list.hasMore && !list.loading} busy={list.loadingMore} onClick={list.loadMore} />
      <p class="chat-list__more">
        <Link href={paths.chatHistory(text.trim() ? { q: text.trim() } : undefined)}>Search all history with filters</Link>
      </p>
    </>
  );
}

/** Mine / Queue / All active / Closed, each a query parameter so the choice survives a reload. */
export function ChatListPane({ tab, selectedId }: { tab: InboxTab; selectedId: string | null }) {
  const counts: Partial<Record<InboxTab, number>> = { mine: mine.value.length, queue: queue.value.length };
  return (
    <>
      <div class="chat-tabs" role="tablist" aria-label="Chats">
        {inboxTabs.map((item) => (
          <button
            key={item}
            type="button"
            role="tab"
            id={`chat-tab-${item}`}
            aria-selected={item === tab ? 'true' : 'false'}
            aria-controls="chat-tab-panel"
            tabIndex={item === tab ? 0 : -1}
            class={`chat-tabs__tab${item === tab ? ' chat-tabs__tab--current' : ''}`}
            onClick={() => navigate(withQuery({ tab: item === 'mine' ? null : item }), { replace: true })}
            onKeyDown={(event) => {
              // Arrow keys move between tabs, as in any tab list.
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              event.preventDefault();
              const next = inboxTabs[(inboxTabs.indexOf(item) + step + inboxTabs.length) % inboxTabs.length] ?? 'mine';
              navigate(withQuery({ tab: next === 'mine' ? null : next }), { replace: true });
              document.getElementById(`chat-tab-${next}`)?.focus();
            }}
          >
            {tabLabels[item]}
            {counts[item] ? <span class={`chat-tabs__count${item === 'queue' ? ' chat-tabs__count--queue' : ''}`}>{counts[item]}</span> : null}
          </button>
        ))}
      </div>
      <div class="chat-list__panel" id="chat-tab-panel" role="tabpanel" aria-labelledby={`chat-tab-${tab}`}>
        {tab === 'mine' && <MineList selectedId={selectedId} />}
        {tab === 'queue' && <QueueList selectedId={selectedId} />}
        {tab === 'active' && <ActiveList selectedId={selectedId} />}
        {tab === 'closed' && <ClosedList selectedId={selectedId} />}
      </div>
    </>
  );
}
