import { useEffect, useState } from 'preact/hooks';
import type { AgentStatus } from '../../../shared/chat/protocol.ts';
import { Icon } from '../../components/icon.tsx';
import { Link } from '../../components/link.tsx';
import { paths } from '../../lib/paths.ts';
import { startChat } from '../../state/chat.ts';
import { lobbyError, lobbyStatus, myPresence, queue, setAvailability } from '../../state/chat-lobby.ts';
import { chatAlert, enableDesktopNotifications, notificationPermission, unlockSound } from '../../state/chat-notify.ts';
import { myUnread } from '../../state/chat-rooms.ts';
import { currentAgent } from '../../state/session.ts';
import '../../styles/chat-status.css';

export const statusLabels: Record<AgentStatus, string> = { online: 'Online', away: 'Away', offline: 'Offline' };

const connectionNotes = {
  connecting: 'Connecting to live chat…',
  reconnecting: 'Reconnecting to live chat…',
  refused: 'Live chat refused this console. Sign in again.',
} as const;

/**
 * The agent's live-chat status in the sidebar: online (new chats are assigned to them), away or
 * offline, and how many chats they take at once. Sends the lobby's `availability` frame; what
 * shows is what the lobby confirmed, so two consoles of one agent agree.
 */
export function AvailabilityControl() {
  const agent = currentAgent.value;
  useEffect(() => {
    if (agent) startChat(agent);
  }, [agent]);

  const presence = myPresence.value;
  const [requested, setRequested] = useState<AgentStatus | null>(null);
  const [maxText, setMaxText] = useState('');
  // The lobby's word replaces what we asked for once it arrives.
  useEffect(() => setRequested(null), [presence?.status]);
  useEffect(() => setMaxText(presence ? String(presence.maxChats) : ''), [presence?.maxChats]);

  const status = requested ?? presence?.status ?? 'offline';
  const connection = lobbyStatus.value;
  const note = lobbyError.value ?? (connection === 'open' || connection === 'idle' ? null : connectionNotes[connection]);
  const alert = chatAlert.value;
  const waiting = queue.value.length;
  const unread = myUnread.value;

  function commitMax() {
    const value = Number(maxText);
    if (!presence || !Number.isInteger(value) || value < 1 || value > 50) {
      setMaxText(presence ? String(presence.maxChats) : '');
      return;
    }
    if (value !== presence.maxChats) setAvailability(status, value);
  }

  return (
    <section class="chat-status" aria-label="Live chat">
      {/* Radios, not a select: three choices fit, and each is one click (or arrow key) away. */}
      <fieldset class="chat-status__choices" disabled={!presence}>
        <legend class="visually-hidden">Your chat availability</legend>
        {(Object.keys(statusLabels) as AgentStatus[]).map((value) => (
          <label key={value} class={`chat-status__choice${status === value ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name="chat-availability"
              value={value}
              checked={status === value}
              onChange={() => {
                unlockSound();
                if (setAvailability(value)) setRequested(value);
              }}
            />
            <span class={`chat-status__dot chat-status__dot--${value}`} aria-hidden="true" />
            {statusLabels[value]}
          </label>
        ))}
      </fieldset>
      <div class="chat-status__row">
        <label class="chat-status__label chat-status__label--wide" for="chat-max-chats">
          Chats at once
        </label>
        <input
          id="chat-max-chats"
          class="chat-status__max"
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          value={maxText}
          disabled={!presence}
          onInput={(event) => setMaxText(event.currentTarget.value)}
          onChange={commitMax}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitMax();
          }}
        />
      </div>
      {(waiting > 0 || unread > 0) && (
        <Link href={paths.inbox()} class="chat-status__counts">
          {unread > 0 && <span>{unread} unread</span>}
          {waiting > 0 && <span>{waiting} waiting</span>}
        </Link>
      )}
      {note && (
        <p class="chat-status__note" role="status">
          {note}
        </p>
      )}
      {notificationPermission.value === 'default' && (
        <button type="button" class="chat-status__enable" onClick={() => void enableDesktopNotifications()}>
          <Icon name="chat" size={14} />
          Enable desktop notifications
        </button>
      )}
      <div class="chat-status__alert" role="status">
        {alert && (
          <>
            <Link href={paths.chat(alert.chatId)} onClick={() => (chatAlert.value = null)}>
              {alert.text}
            </Link>
            <button type="button" class="chat-status__dismiss" onClick={() => (chatAlert.value = null)}>
              <Icon name="close" size={14} />
              <span class="visually-hidden">Dismiss</span>
            </button>
          </>
        )}
      </div>
    </section>
  );
}
