import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type {
  ChatAttachment,
  ChatPresence,
  ChatReadState,
  ChatSender,
  ChatSessionState,
  ChatSummary,
  SessionClientFrame,
  SessionServerFrame,
} from '../../shared/chat/protocol.ts';
import { mine } from './chat-lobby.ts';
import { openRoomSocket, type RoomSocket, type SocketStatus } from './chat-socket.ts';
import {
  acknowledge,
  emptyThread,
  enqueue,
  expireStale,
  lastSeq,
  markFailed,
  markSent,
  readTarget,
  receive,
  requeue,
  resetInFlight,
  retry as retryOutgoing,
  unreadCount,
  unsent,
  type Thread,
} from './chat-thread.ts';

/**
 * One socket per chat the agent has open (`/parties/main/:sessionId`), kept for every active chat
 * assigned to them and for the one on screen. Each room holds the session, the thread (stored
 * messages plus the outbox), read positions, presence and typing, all as signals.
 *
 * Delivery: a message goes into the outbox with its own clientId and onto the socket once the room
 * has welcomed us; the ack moves it into the thread at the seq the room gave it. After a reconnect
 * we `join` with the last seq we hold, get what we missed, and re-send the outbox with the same
 * clientIds, which the room answers with the original acks instead of storing twice.
 */

export type RoomAction = 'accept' | 'transfer' | 'close';

/** How long "is typing…" stays without a new typing frame (the sender repeats it while typing). */
const typingShownMs = 8_000;

export class ChatRoom {
  readonly status = signal<SocketStatus>('connecting');
  /** True between the room's welcome and the next disconnect: only then do messages go out. */
  readonly welcomed = signal(false);
  readonly session = signal<ChatSessionState | null>(null);
  readonly thread = signal<Thread>(emptyThread);
  readonly reads = signal<ChatReadState>({ customer: 0, agent: 0 });
  readonly presence = signal<ChatPresence | null>(null);
  /** Who is typing on the other side (the customer, or another agent), if anyone. */
  readonly typing = signal<ChatSender | null>(null);
  /** The room refused something that was not a message (accept taken, transfer refused). */
  readonly actionError = signal<string | null>(null);
  /** The action waiting for the room's answer, so its button can show it is busy. */
  readonly pendingAction = signal<RoomAction | null>(null);
  /** Customer messages after what an agent has read. */
  readonly unread: ReadonlySignal<number>;

  private readonly socket: RoomSocket;
  private typingTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly id: string,
    private readonly me: Extract<ChatSender, { type: 'agent' }>,
  ) {
    this.unread = computed(() => unreadCount(this.thread.value.messages, this.reads.value.agent));
    this.socket = openRoomSocket({
      party: 'main',
      room: id,
      onOpen: () => this.socket.send({ type: 'join', lastSeq: lastSeq(this.thread.peek()) } satisfies SessionClientFrame),
      onFrame: (frame) => this.onFrame(frame as SessionServerFrame),
      onStatus: (status) => {
        batch(() => {
          this.status.value = status;
          if (status !== 'open') {
            this.welcomed.value = false;
            this.thread.value = resetInFlight(this.thread.peek());
            this.pendingAction.value = null;
          }
        });
      },
    });
  }

  private onFrame(frame: SessionServerFrame): void {
    switch (frame.type) {
      case 'welcome':
        batch(() => {
          this.session.value = frame.session;
          this.thread.value = receive(this.thread.peek(), frame.messages);
          this.reads.value = frame.reads;
          this.presence.value = frame.presence;
          this.welcomed.value = true;
        });
        this.flush();
        return;
      case 'ack':
        this.thread.value = acknowledge(this.thread.peek(), frame, this.me, this.id);
        return;
      case 'message':
        batch(() => {
          this.thread.value = receive(this.thread.peek(), [frame.message]);
          if (frame.message.sender.type === 'customer') this.setTyping(null);
        });
        return;
      case 'typing':
        if (frame.sender.type === 'agent' && frame.sender.id === this.me.id) return;
        this.setTyping(frame.typing ? frame.sender : null);
        return;
      case 'read':
        this.reads.value = frame.reads;
        return;
      case 'presence':
        this.presence.value = frame.presence;
        return;
      case 'session':
        batch(() => {
          this.session.value = frame.session;
          this.pendingAction.value = null;
        });
        return;
      case 'error':
        this.onError(frame);
        return;
    }
  }

  private onError(frame: Extract<SessionServerFrame, { type: 'error' }>): void {
    if (frame.clientId) {
      const clientId = frame.clientId;
      if (frame.code === 'rate_limited') {
        // Sent too fast: the message stays pending and goes out again when the room allows.
        this.thread.value = requeue(this.thread.peek(), clientId);
        setTimeout(() => this.flush(), frame.retryAfterMs ?? 1000);
        return;
      }
      const field = frame.fields?.body;
      this.thread.value = markFailed(this.thread.peek(), clientId, field ? `The message ${field}.` : frame.message);
      return;
    }
    // Typing and read frames refused for speed are not worth a word; a refused action is.
    if (frame.code === 'rate_limited' && this.pendingAction.peek() === null) return;
    batch(() => {
      this.actionError.value = frame.message;
      this.pendingAction.value = null;
    });
  }

  private setTyping(sender: ChatSender | null): void {
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.typingTimer = sender ? setTimeout(() => (this.typing.value = null), typingShownMs) : null;
    this.typing.value = sender;
  }

  /** Puts every unsent outbox message on the wire, if the room has welcomed us. */
  private flush(): void {
    if (!this.welcomed.peek()) return;
    let thread = this.thread.peek();
    for (const item of unsent(thread)) {
      const frame: SessionClientFrame = {
        type: 'message',
        clientId: item.clientId,
        body: item.body,
        attachmentIds: item.attachments.map((attachment) => attachment.id),
        internal: item.internal,
      };
      if (!this.socket.send(frame)) break;
      thread = markSent(thread, item.clientId, Date.now());
    }
    this.thread.value = thread;
  }

  send(body: string, options: { internal: boolean; attachments: ChatAttachment[] }): void {
    this.thread.value = enqueue(this.thread.peek(), {
      clientId: newClientId(),
      body,
      internal: options.internal,
      attachments: options.attachments,
      createdAt: new Date().toISOString(),
      delivery: 'pending',
      error: null,
      sentAt: null,
    });
    this.flush();
  }

  retry(clientId: string): void {
    this.thread.value = retryOutgoing(this.thread.peek(), clientId);
    this.flush();
  }

  /** Marks failed whatever waited too long for its ack; called on a timer. */
  expire(now: number): void {
    if (!this.welcomed.peek()) return;
    const next = expireStale(this.thread.peek(), now);
    if (next !== this.thread.peek()) this.thread.value = next;
  }

  /** Tells the room we have read up to the newest message (no frame when nothing is new). */
  markRead(): void {
    const seq = readTarget(this.thread.peek().messages, this.reads.peek().agent);
    if (seq === null || !this.welcomed.peek()) return;
    if (this.socket.send({ type: 'read', seq } satisfies SessionClientFrame)) {
      this.reads.value = { ...this.reads.peek(), agent: seq };
    }
  }

  setComposing(typing: boolean): void {
    if (this.welcomed.peek()) this.socket.send({ type: 'typing', typing } satisfies SessionClientFrame);
  }

  /** Accept, transfer or end: answered by a `session` frame (and system messages) or an error frame. */
  act(frame: Extract<SessionClientFrame, { type: RoomAction }>): boolean {
    this.actionError.value = null;
    if (!this.welcomed.peek() || !this.socket.send(frame)) {
      this.actionError.value = 'Not connected to this chat. Trying again…';
      return false;
    }
    this.pendingAction.value = frame.type;
    return true;
  }

  /** Messages typed but not stored yet: the room is kept open until they are. */
  get hasOutbox(): boolean {
    return this.thread.peek().outbox.some((item) => item.delivery === 'pending');
  }

  dispose(): void {
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.socket.close();
  }
}

export function newClientId(): string {
  return crypto.randomUUID();
}

/* ───────────── Which rooms are open ───────────── */

export const openRooms = signal<ReadonlyMap<string, ChatRoom>>(new Map());
/** The chat on screen in the inbox, if any. */
export const selectedChatId = signal<string | null>(null);
/** Closed chats are read from the API instead; the inbox sets this for the one on screen. */
export const selectedIsLive = signal(false);

let identity: Extract<ChatSender, { type: 'agent' }> | null = null;
let stopSync: (() => void) | null = null;
let expiryTimer: ReturnType<typeof setInterval> | null = null;

/** The room for a chat, opening its socket if needed (only while chat state is started). */
export function roomFor(chatId: string): ChatRoom | null {
  const existing = openRooms.peek().get(chatId);
  if (existing || !identity) return existing ?? null;
  const created = new ChatRoom(chatId, identity);
  openRooms.value = new Map(openRooms.peek()).set(chatId, created);
  return created;
}

function syncRooms(wanted: Set<string>): void {
  const current = openRooms.peek();
  let next: Map<string, ChatRoom> | null = null;
  for (const [chatId, room] of current) {
    if (wanted.has(chatId) || room.hasOutbox) continue;
    room.dispose();
    next ??= new Map(current);
    next.delete(chatId);
  }
  if (next) openRooms.value = next;
  for (const chatId of wanted) roomFor(chatId);
}

/** Opens rooms for my chats and the one on screen, and closes the rest as they drop out. */
export function startRooms(me: Extract<ChatSender, { type: 'agent' }>): void {
  if (identity?.id === me.id && stopSync) return;
  stopRooms();
  identity = me;
  stopSync = effect(() => {
    const wanted = new Set(mine.value.map((chat) => chat.id));
    const selected = selectedChatId.value;
    if (selected && selectedIsLive.value) wanted.add(selected);
    syncRooms(wanted);
  });
  expiryTimer = setInterval(() => {
    const now = Date.now();
    for (const room of openRooms.peek().values()) room.expire(now);
  }, 2_000);
}

export function stopRooms(): void {
  stopSync?.();
  stopSync = null;
  if (expiryTimer) clearInterval(expiryTimer);
  expiryTimer = null;
  for (const room of openRooms.peek().values()) room.dispose();
  openRooms.value = new Map();
  identity = null;
}

/** A chat's unread count: the live room's when we have one, the summary's otherwise. */
export function unreadOf(chat: ChatSummary): number {
  const room = openRooms.value.get(chat.id);
  return room && room.session.value ? room.unread.value : chat.unread;
}

/** Unread customer messages across my chats: the number in the tab title. */
export const myUnread = computed(() => mine.value.reduce((total, chat) => total + unreadOf(chat), 0));
