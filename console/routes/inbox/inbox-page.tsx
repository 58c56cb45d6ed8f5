import { useEffect, useState } from 'preact/hooks';
import { Icon } from '../../components/icon.tsx';
import { Link } from '../../components/link.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { isOneOf } from '../../lib/labels.ts';
import { paths } from '../../lib/paths.ts';
import { currentQuery, navigate } from '../../lib/router.ts';
import { startChat } from '../../state/chat.ts';
import { mine, queue } from '../../state/chat-lobby.ts';
import { selectedChatId } from '../../state/chat-rooms.ts';
import { currentAgent } from '../../state/session.ts';
import { ChatListPane, inboxTabs, type InboxTab } from './chat-list.tsx';
import { SelectedChat } from './conversation.tsx';
import '../../styles/inbox.css';

/** Alt+↑ / Alt+↓ move to the previous or next chat in the list on screen, from anywhere in the inbox. */
function useChatSwitchKeys(chatId: string | null) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
      const rows = [...document.querySelectorAll<HTMLAnchorElement>('.chat-list .chat-row')];
      if (rows.length === 0) return;
      event.preventDefault();
      const index = rows.findIndex((row) => row.dataset.chatId === chatId);
      const next = rows[index === -1 ? 0 : (index + (event.key === 'ArrowDown' ? 1 : -1) + rows.length) % rows.length];
      if (next) {
        navigate(next.getAttribute('href') ?? paths.inbox());
        next.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [chatId]);
}

function NoChatSelected() {
  const waiting = queue.value.length;
  return (
    <section class="inbox__conversation inbox__conversation--empty" aria-label="No chat selected">
      <div class="empty-state">
        <Icon name="chat" size={40} />
        <p class="empty-state__title">No chat selected</p>
        <p class="empty-state__body">
          {mine.value.length > 0
            ? 'Choose a conversation from the list.'
            : waiting > 0
              ? `${waiting} ${waiting === 1 ? 'customer is' : 'customers are'} waiting in the queue.`
              : 'New chats appear here as customers start them in the widget.'}
        </p>
        <p class="muted">Alt+↑ and Alt+↓ move between chats.</p>
      </div>
    </section>
  );
}

/**
 * /console/inbox and /console/inbox/:chatId: the chat list, the conversation, and the customer
 * beside it (seed plan §3.4). One page for both paths, so switching chats keeps the list, the
 * sockets and what was typed.
 */
export function InboxPage({ chatId = null }: { chatId?: string | null }) {
  const agent = currentAgent.value;
  const tabParam = currentQuery.value.get('tab');
  const tab: InboxTab = isOneOf(inboxTabs, tabParam) ? tabParam : 'mine';
  const [detailsOpen, setDetailsOpen] = useState(false);

  useEffect(() => {
    if (agent) startChat(agent);
  }, [agent]);

  useEffect(() => {
    selectedChatId.value = chatId;
    setDetailsOpen(false);
    return () => {
      selectedChatId.value = null;
    };
  }, [chatId]);

  useEffect(() => {
    if (!detailsOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDetailsOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [detailsOpen]);

  useChatSwitchKeys(chatId);

  return (
    <div class={`inbox${chatId ? ' inbox--chat-open' : ''}${detailsOpen ? ' inbox--details-open' : ''}`}>
      <section class="inbox__list" aria-label="Chats">
        <header class="inbox__head">
          <PageHeading title="Inbox" />
          <Link href={paths.chatHistory()} class="button button--ghost button--sm">
            <Icon name="search" size={16} />
            History
          </Link>
        </header>
        <ChatListPane tab={tab} selectedId={chatId} />
      </section>
      {chatId ? (
        <SelectedChat key={chatId} chatId={chatId} detailsOpen={detailsOpen} onToggleDetails={() => setDetailsOpen(!detailsOpen)} />
      ) : (
        <NoChatSelected />
      )}
      {detailsOpen && <div class="inbox__scrim" aria-hidden="true" onClick={() => setDetailsOpen(false)} />}
    </div>
  );
}
