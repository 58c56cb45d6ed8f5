import { useEffect, useState } from 'preact/hooks';
import type { ChatSummary } from '../../../shared/chat/protocol.ts';
import { api } from '../../lib/api.ts';
import { currentQuery } from '../../lib/router.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { useResource } from '../../lib/use-resource.ts';
import { useUrlText } from '../../lib/use-url-text.ts';
import { chatUpdates } from '../../state/chat-lobby.ts';

/**
 * The inbox's lists that the lobby does not push: every active chat (other agents' too) and closed
 * chats. Active chats are re-read every 20 s while the tab is on screen; rows the lobby has news
 * about are patched at once.
 */

const activeRefreshMs = 20_000;

export function useActiveChats() {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => {
      if (!document.hidden) setTick((value) => value + 1);
    }, activeRefreshMs);
    return () => clearInterval(timer);
  }, []);
  return useResource(() => api.chats.list({ status: 'active', limit: 100 }).then((page) => page.items), String(tick));
}

/** Rows replaced by the lobby's newer summary of the same chat, when it has one. */
export function withLiveUpdates(chats: ChatSummary[]): ChatSummary[] {
  const updates = chatUpdates.value;
  return chats.map((chat) => {
    const update = updates.get(chat.id);
    return update && update.lastActivityAt >= chat.lastActivityAt ? update : chat;
  });
}

/** Closed chats, newest first, searched by transcript words (`?q=` in the URL). */
export function useClosedChats() {
  const [text, setText] = useUrlText('q');
  // The URL follows the box once typing pauses: search on that, not on every keystroke.
  const q = (currentQuery.value.get('q') ?? '').trim();
  const list = usePagedList((cursor) => api.chats.list({ status: 'closed', q: q || undefined, cursor, limit: 25 }), `closed:${q}`);
  return { text, setText, list };
}
