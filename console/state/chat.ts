import { effect } from '@preact/signals';
import type { Agent } from '../../shared/schemas/agents.ts';
import { startLobby, stopLobby } from './chat-lobby.ts';
import { myUnread, startRooms, stopRooms } from './chat-rooms.ts';
import { forgetChatToken } from './chat-socket.ts';
import { currentAgent } from './session.ts';

/**
 * Live chat for the signed-in agent: the lobby socket, the rooms of their chats, and the unread
 * count in the tab title. Started by the availability control (always on screen once signed in),
 * stopped when the agent signs out, so another agent signing in on this browser starts afresh.
 */

let started: string | null = null;
let stopWatching: (() => void) | null = null;
let titleObserver: MutationObserver | null = null;
let stopTitle: (() => void) | null = null;

const unreadPrefix = /^\(\d+\) /;

function showUnreadInTitle(count: number): void {
  const base = document.title.replace(unreadPrefix, '');
  const next = count > 0 ? `(${count}) ${base}` : base;
  if (document.title !== next) document.title = next;
}

/** Pages set their own title; the count goes back in front whenever one does. */
function watchTitle(): void {
  stopTitle = effect(() => showUnreadInTitle(myUnread.value));
  const title = document.querySelector('title');
  if (!title) return;
  titleObserver = new MutationObserver(() => showUnreadInTitle(myUnread.peek()));
  titleObserver.observe(title, { childList: true, characterData: true, subtree: true });
}

export function startChat(agent: Agent): void {
  if (started === agent.id) return;
  stopChat();
  started = agent.id;
  startLobby(agent.id);
  startRooms({ type: 'agent', id: agent.id, name: agent.name, avatarUrl: agent.avatarUrl });
  watchTitle();
  stopWatching = effect(() => {
    if (currentAgent.value?.id !== started) stopChat();
  });
}

export function stopChat(): void {
  if (started === null) return;
  started = null;
  const unwatch = stopWatching;
  stopWatching = null;
  unwatch?.();
  stopTitle?.();
  stopTitle = null;
  titleObserver?.disconnect();
  titleObserver = null;
  showUnreadInTitle(0);
  stopRooms();
  stopLobby();
  forgetChatToken();
}
