import { computed, signal } from '@preact/signals';
import type { AgentPresence, AgentStatus, ChatSummary, LobbyServerFrame } from '../../shared/chat/protocol.ts';
import { lobbyRoomId } from './chat-limits.ts';
import { notifyNewChat } from './chat-notify.ts';
import { openRoomSocket, type RoomSocket, type SocketStatus } from './chat-socket.ts';

/**
 * The agents' lobby (`/parties/agents/lobby`): one socket per console, open while an agent is signed
 * in, carrying who is online, the queue of waiting chats and the chats assigned to this agent.
 * Everything here is a signal the inbox, the availability control and the title read from.
 */

export const lobbyStatus = signal<SocketStatus | 'idle'>('idle');
export const agentsPresence = signal<AgentPresence[]>([]);
/** Waiting chats, oldest first, as the lobby orders them. */
export const queue = signal<ChatSummary[]>([]);
/** Active chats assigned to this agent. */
export const mine = signal<ChatSummary[]>([]);
/** Set after the first snapshot: lists can tell "empty" from "not loaded yet". */
export const lobbyReady = signal(false);
/** The latest summary of any chat the lobby mentioned: other lists patch their rows from it. */
export const chatUpdates = signal<ReadonlyMap<string, ChatSummary>>(new Map());
/** Last error frame from the lobby (a refused availability change), for the control to show. */
export const lobbyError = signal<string | null>(null);

let socket: RoomSocket | null = null;
let me: string | null = null;

export const myPresence = computed(() => agentsPresence.value.find((agent) => agent.id === me) ?? null);

function upsert(list: ChatSummary[], chat: ChatSummary, keep: boolean): ChatSummary[] {
  const without = list.filter((item) => item.id !== chat.id);
  if (!keep) return without.length === list.length ? list : without;
  const index = list.findIndex((item) => item.id === chat.id);
  if (index === -1) return [...list, chat];
  return list.map((item) => (item.id === chat.id ? chat : item));
}

function remember(chats: ChatSummary[]): void {
  const next = new Map(chatUpdates.value);
  for (const chat of chats) next.set(chat.id, chat);
  chatUpdates.value = next;
}

/** A chat changed: it belongs in my list while active and mine, in the queue while waiting. */
function applyChat(chat: ChatSummary): void {
  mine.value = upsert(mine.value, chat, chat.status === 'active' && chat.assignedAgent?.id === me);
  queue.value = upsert(queue.value, chat, chat.status === 'waiting');
  remember([chat]);
}

function onFrame(raw: unknown): void {
  const frame = raw as LobbyServerFrame;
  switch (frame.type) {
    case 'snapshot':
      agentsPresence.value = frame.agents;
      queue.value = frame.queue;
      mine.value = frame.mine;
      lobbyReady.value = true;
      remember([...frame.queue, ...frame.mine]);
      return;
    case 'agents':
      agentsPresence.value = frame.agents;
      return;
    case 'queue': {
      const known = new Set(queue.value.map((chat) => chat.id));
      const arrived = frame.queue.filter((chat) => !known.has(chat.id));
      queue.value = frame.queue;
      remember(frame.queue);
      for (const chat of arrived) notifyNewChat(chat, 'waiting');
      return;
    }
    case 'chat': {
      const isNewWaiting = frame.chat.status === 'waiting' && !queue.value.some((chat) => chat.id === frame.chat.id);
      applyChat(frame.chat);
      if (isNewWaiting) notifyNewChat(frame.chat, 'waiting');
      return;
    }
    case 'assigned':
      applyChat(frame.chat);
      // Taking a chat yourself is not news; one given to you is.
      if (frame.reason !== 'accept') notifyNewChat(frame.chat, frame.reason);
      return;
    case 'error':
      lobbyError.value = frame.message;
      return;
  }
}

/** Connects the lobby for this agent (again after a sign-in as someone else). */
export function startLobby(agentId: string): void {
  if (socket && me === agentId) return;
  stopLobby();
  me = agentId;
  socket = openRoomSocket({
    party: 'agents',
    room: lobbyRoomId,
    onOpen: () => {
      lobbyError.value = null;
    },
    onFrame,
    onStatus: (status) => {
      lobbyStatus.value = status;
    },
  });
}

export function stopLobby(): void {
  socket?.close();
  socket = null;
  me = null;
  lobbyStatus.value = 'idle';
  agentsPresence.value = [];
  queue.value = [];
  mine.value = [];
  lobbyReady.value = false;
  chatUpdates.value = new Map();
}

/** Online, away or offline, and how many chats at once. False when not connected (nothing sent). */
export function setAvailability(status: AgentStatus, maxChats?: number): boolean {
  lobbyError.value = null;
  const sent = socket?.send({ type: 'availability', status, ...(maxChats === undefined ? {} : { maxChats }) }) ?? false;
  if (!sent) lobbyError.value = 'Not connected to the chat server. Trying again…';
  return sent;
}
