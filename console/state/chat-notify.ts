import { signal } from '@preact/signals';
import type { ChatSummary } from '../../shared/chat/protocol.ts';
import { paths } from '../lib/paths.ts';
import { navigate } from '../lib/router.ts';

/**
 * Telling an agent about a new chat: a desktop notification and a short beep when the console is
 * in a background tab, a line in the console (`chatAlert`) when it is in front. Browsers only
 * allow the permission prompt and sound after a click, so both are unlocked from buttons.
 */

export type NotificationState = NotificationPermission | 'unsupported';

const supported = typeof window !== 'undefined' && 'Notification' in window;

export const notificationPermission = signal<NotificationState>(supported ? Notification.permission : 'unsupported');

export interface ChatAlert {
  chatId: string;
  text: string;
}

/** The newest "new chat" line for the console to show while it is the visible tab. */
export const chatAlert = signal<ChatAlert | null>(null);

/** Must run inside a click handler: browsers ignore permission requests made any other way. */
export async function enableDesktopNotifications(): Promise<void> {
  unlockSound();
  if (!supported) return;
  notificationPermission.value = await Notification.requestPermission();
}

let audio: AudioContext | null = null;

/** Creates the audio context during a click so later beeps may play (autoplay rules). */
export function unlockSound(): void {
  if (typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  if (audio.state === 'suspended') void audio.resume().catch(() => {});
}

/** Two short sine tones (no audio file to download): quiet, and distinct from the OS's own sounds. */
export function beep(): void {
  if (!audio || audio.state !== 'running') return;
  const start = audio.currentTime;
  for (const [offset, frequency] of [
    [0, 880],
    [0.16, 1175],
  ] as const) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.15, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.14);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.15);
  }
}

const reasonText: Record<'waiting' | 'auto' | 'transfer', string> = {
  waiting: 'is waiting for an agent',
  auto: 'was assigned to you',
  transfer: 'was transferred to you',
};

export function notifyNewChat(chat: ChatSummary, reason: 'waiting' | 'auto' | 'transfer'): void {
  const text = `Chat with ${chat.customer.name} ${reasonText[reason]}`;
  if (typeof document === 'undefined') return;
  if (!document.hidden) {
    chatAlert.value = { chatId: chat.id, text };
    return;
  }
  beep();
  if (notificationPermission.value !== 'granted') return;
  const notification = new Notification(reason === 'waiting' ? 'New chat waiting' : 'New chat for you', {
    body: `${text}.${chat.lastMessage ? `\n“${chat.lastMessage.body.slice(0, 120)}”` : ''}`,
    // One notification per chat: a second event replaces the first instead of piling up.
    tag: `lantern-chat-${chat.id}`,
  });
  notification.onclick = () => {
    window.focus();
    navigate(paths.chat(chat.id));
    notification.close();
  };
}
