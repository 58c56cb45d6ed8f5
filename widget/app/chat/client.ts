import { WebSocket as ReconnectingSocket } from 'partysocket';
import { WidgetApiError, type WidgetEndpoint } from '../../../shared/api/widget.ts';
import { chatSessions, chatVisitor, emailChatTranscript, sendOfflineMessage, startChat, uploadChatFile } from '../../../shared/api/widget-chat.ts';
import type { ChatMessage, ChatReadState, ChatSessionState, SessionClientFrame, SessionServerFrame } from '../../../shared/chat/protocol.ts';
import type { ChatVisitor } from '../../../shared/schemas/chat.ts';
import type { LanternUser } from '../../contract.ts';
import { randomId, visitorId } from '../visitor.ts';
import { lastSeq, mergeMessages, unreadCount, unsettled, type Outgoing } from './messages.ts';

/**
 * Where the chat is: finding out (loading), the pre-chat form (start), nobody online (offline),
 * the offline message became ticket #n (ticket), a conversation (live), or no answer (down).
 */
export type ChatPhase = 'idle' | 'loading' | 'start' | 'offline' | 'ticket' | 'live' | 'down';

export interface ChatState {
  phase: ChatPhase;
  /** Identified with a good hash: the server knows their name and email, so no pre-chat form. */
  verified: boolean;
  session: ChatSessionState | null;
  /** Stored messages in seq order. */
  messages: ChatMessage[];
  /** Written here, not yet stored, in the order written. */
  outbox: Outgoing[];
  reads: ChatReadState;
  /** The name of the agent typing now. */
  typing: string | null;
  connected: boolean;
  ticket: number | null;
  /** Agent messages the visitor has not seen: the launcher's badge. */
  unread: number;
  /** For the transcript form: the email the visitor gave. */
  email: string;
}

export interface ChatForm {
  name: string;
  email: string;
  message: string;
}

export interface Chat {
  readonly state: ChatState;
  /** The chat view is on screen (or not): it loads the chat and marks messages read. */
  seen(visible: boolean): void;
  /** Finds the visitor's chat again after `down`. */
  load(): void;
  start(form: ChatForm): Promise<void>;
  leaveMessage(form: ChatForm): Promise<void>;
  send(body: string, files: File[]): void;
  retry(clientId: string): void;
  typing(): void;
  end(): void;
  rate(rating: number): void;
  emailTranscript(email: string): Promise<void>;
  /** After a closed chat: back to the start. */
  restart(): void;
  identify(user: LanternUser): void;
}

/** What survives reloads and page changes, per site in localStorage. */
interface Saved {
  pass: (ChatVisitor & { at: number }) | null;
  /** Whose pass and session these are: the identified user's id, '' for an anonymous visitor. */
  user: string;
  sessionId: string | null;
  /** Written but not stored yet (files already uploaded): sent again after a reload. */
  outbox: Pick<Outgoing, 'clientId' | 'body' | 'attachments'>[];
}

// Tokens live 24 h; renewing after 12 keeps a reconnect from ever presenting an expired one.
const passLifeMs = 12 * 3600_000;
// A socket that takes this long to ack is dead without knowing it: reconnect, which resends.
const ackTimeoutMs = 10_000;
// Tell the agent "typing" at most this often, and "stopped" after this long without a key.
const typingEveryMs = 3000;
const typingIdleMs = 4000;
// A lost "stopped typing" frame must not leave the indicator on for ever.
const typingShownMs = 8000;
const open = 1; // WebSocket.OPEN

function readSaved(key: string): Saved | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as Saved | null;
  } catch {
    return null; // storage blocked or garbled: start afresh
  }
}

/**
 * The visitor's side of live chat, outside any component so it keeps going while the panel is
 * closed (unread badge) and the state is the same wherever it is drawn. `changed` redraws.
 *
 * Delivery: a message is in the outbox, with its clientId, until the room acks it or sends it
 * back. The outbox is sent after every join (so after each reconnect) and kept in localStorage,
 * so nothing typed is lost to a network drop or a reload, and the room's clientId check keeps it
 * from being stored twice.
 */
export function createChat(at: WidgetEndpoint, user: LanternUser | null, changed: () => void): Chat {
  const key = `lantern.chat.${at.siteKey}`;
  let saved: Saved = readSaved(key) ?? { pass: null, user: '', sessionId: null, outbox: [] };
  let identity = user;
  let socket: ReconnectingSocket | null = null;
  let joined = false;
  let visible = false;
  let lastTyping = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let agentTypingTimer: ReturnType<typeof setTimeout> | undefined;
  let ackTimer: ReturnType<typeof setTimeout> | undefined;

  const blank = (): ChatState => ({
    phase: 'idle',
    verified: saved.pass?.verified ?? false,
    session: null,
    messages: [],
    outbox: [],
    reads: { customer: 0, agent: 0 },
    typing: null,
    connected: false,
    ticket: null,
    unread: 0,
    email: identity?.email ?? '',
  });
  const state = blank();
  const whose = () => identity?.id ?? '';

  function save() {
    // A File cannot be stored: a message still uploading is not kept across a reload.
    saved.outbox = state.outbox.filter((item) => !item.files.length).map(({ clientId, body, attachments }) => ({ clientId, body, attachments }));
    try {
      localStorage.setItem(key, JSON.stringify(saved));
    } catch {
      // storage blocked: the chat lasts this page view
    }
  }

  const sendFrame = (frame: SessionClientFrame): boolean => {
    if (socket?.readyState !== open) return false;
    socket.send(JSON.stringify(frame));
    return true;
  };

  function update() {
    const waiting = state.outbox.length;
    state.outbox = unsettled(state.outbox, state.messages);
    if (state.outbox.length !== waiting) save(); // stored: no longer ours to resend after a reload
    const top = lastSeq(state.messages);
    if (visible && joined && top > state.reads.customer && document.visibilityState === 'visible' && sendFrame({ type: 'read', seq: top })) {
      state.reads = { ...state.reads, customer: top };
    }
    state.unread = unreadCount(state.messages, state.reads.customer);
    changed();
  }

  /** The visitor's token, asking for one when there is none, it is old, or `fresh` (who is online now?). */
  async function pass(fresh = false): Promise<ChatVisitor> {
    if (!fresh && saved.pass && saved.user === whose() && Date.now() - saved.pass.at < passLifeMs) return saved.pass;
    let answer: ChatVisitor;
    try {
      answer = await chatVisitor(at, { visitorId: visitorId(), identity: identity ?? undefined }); // undefined: left out of the JSON
    } catch (error) {
      if (!identity || !(error instanceof WidgetApiError) || error.status !== 403) throw error;
      console.warn(`Lantern: identify() was refused for user "${identity.id}": the hash does not match. The visitor stays anonymous.`);
      identity = null;
      return pass(true);
    }
    // Another person's chat (a different sign-in on this browser) is not theirs to resume.
    if (saved.user !== whose()) saved = { pass: null, user: whose(), sessionId: null, outbox: [] };
    saved.pass = { ...answer, at: Date.now() };
    state.verified = answer.verified;
    save();
    return saved.pass;
  }

  async function load() {
    if (state.phase !== 'idle' && state.phase !== 'down') return;
    state.phase = 'loading';
    update();
    try {
      const { token, agentsOnline } = await pass(true);
      // An open chat of theirs (an identified user on another device, or storage that was cleared).
      const [latest] = await chatSessions(at, token);
      if (latest && latest.status !== 'closed') join(latest.id, latest);
      else {
        state.phase = agentsOnline ? 'start' : 'offline';
        update();
      }
    } catch {
      state.phase = 'down';
      update();
    }
  }

  function join(sessionId: string, session: ChatSessionState | null) {
    drop();
    saved.sessionId = sessionId;
    save();
    Object.assign(state, { phase: 'live', session, messages: [], reads: { customer: 0, agent: 0 }, typing: null, connected: false });
    const ws = new ReconnectingSocket(
      async () => {
        const { roomsUrl, token } = await pass();
        return `${roomsUrl.replace(/^http/, 'ws')}/parties/main/${encodeURIComponent(sessionId)}?token=${encodeURIComponent(token)}`;
      },
      undefined,
      {
        // Spread out, so a restarted server is not hit by every visitor in the same instant.
        minReconnectionDelay: 500 + Math.random() * 1000,
        maxReconnectionDelay: 15_000,
        reconnectionDelayGrowFactor: 1.6,
        // 4003/4004: not this visitor's chat, or no such chat. Trying again cannot help.
        shouldReconnectOnClose: ({ code }) => code !== 4003 && code !== 4004,
      },
    );
    socket = ws;
    ws.onopen = () => {
      state.connected = true;
      sendFrame({ type: 'join', lastSeq: lastSeq(state.messages) });
      update();
    };
    ws.onclose = ({ code }) => {
      if (socket !== ws) return;
      state.connected = joined = false;
      // 4001: the token was refused (expired, or the secret changed): the next attempt gets a new one.
      if (code === 4001 && saved.pass) saved.pass.at = 0;
      if (code === 4003 || code === 4004) forget();
      else update();
    };
    ws.onmessage = ({ data }) => receive(JSON.parse(String(data)) as SessionServerFrame);
    update();
  }

  function drop() {
    const ws = socket;
    socket = null;
    joined = false;
    ws?.close();
    clearTimeout(ackTimer);
  }

  /** Forgets the current chat (closed and done with, or refused) and goes back to the start. */
  function forget() {
    drop();
    saved.sessionId = null;
    Object.assign(state, blank());
    save();
    if (visible) void load();
    else update();
  }

  function receive(frame: SessionServerFrame) {
    switch (frame.type) {
      case 'welcome':
        joined = true;
        state.session = frame.session;
        state.reads = higher(state.reads, frame.reads);
        state.messages = mergeMessages(state.messages, frame.messages);
        // What the room already has is settled by update(); the rest goes (again), in order.
        for (const item of unsettled(state.outbox, state.messages)) transmit(item);
        break;
      case 'message':
        state.messages = mergeMessages(state.messages, [frame.message]);
        if (frame.message.sender.type === 'agent') state.typing = null;
        break;
      case 'ack': {
        // Shown as stored at once; the broadcast of the same seq, if it comes, replaces it.
        const item = state.outbox.find(({ clientId }) => clientId === frame.clientId);
        if (item && state.session) {
          const { clientId, body, attachments } = item;
          const message: ChatMessage = {
            id: frame.id,
            sessionId: state.session.id,
            seq: frame.seq,
            clientId,
            sender: { type: 'customer', name: state.session.customerName },
            kind: body ? 'text' : 'file',
            body,
            attachments,
            internal: false,
            createdAt: frame.createdAt,
          };
          state.messages = mergeMessages(state.messages, [message]);
        }
        break;
      }
      case 'typing':
        if (frame.sender.type !== 'agent') return;
        state.typing = frame.typing ? frame.sender.name : null;
        clearTimeout(agentTypingTimer);
        agentTypingTimer = setTimeout(() => {
          state.typing = null;
          update();
        }, typingShownMs);
        break;
      case 'read':
        state.reads = higher(state.reads, frame.reads);
        break;
      case 'session':
        state.session = frame.session;
        break;
      case 'error': {
        const item = state.outbox.find(({ clientId }) => clientId === frame.clientId);
        if (!item) return;
        item.failed = frame.message;
        break;
      }
      default:
        return; // presence: nothing the visitor needs
    }
    update();
  }

  /** Sends one outgoing message if it is ready and the room has welcomed us; else the next welcome will. */
  function transmit(item: Outgoing) {
    if (item.failed || item.files.length || !joined) return;
    sendFrame({ type: 'message', clientId: item.clientId, body: item.body, attachmentIds: item.attachments.map(({ id }) => id) });
    clearTimeout(ackTimer);
    ackTimer = setTimeout(() => {
      if (state.outbox.some((waiting) => !waiting.failed && !waiting.files.length)) socket?.reconnect();
    }, ackTimeoutMs);
  }

  async function deliver(item: Outgoing) {
    item.failed = null;
    update();
    const sessionId = saved.sessionId;
    try {
      for (const file of [...item.files]) {
        if (!sessionId) throw new WidgetApiError(0);
        item.attachments.push(await uploadChatFile(at, (await pass()).token, sessionId, file, file.name));
        item.files.shift();
      }
    } catch (error) {
      const status = error instanceof WidgetApiError ? error.status : 0;
      item.failed = status === 413 ? 'the file is too large' : status === 415 ? 'only images and PDFs can be sent' : 'the upload failed';
      update();
      return;
    }
    save();
    transmit(item);
    update();
  }

  function stopTyping() {
    clearTimeout(typingTimer);
    if (lastTyping && sendFrame({ type: 'typing', typing: false })) lastTyping = 0;
  }

  const chat: Chat = {
    state,
    seen(shown) {
      visible = shown;
      if (shown && state.phase === 'idle') void load();
      else update();
    },
    load: () => void load(),
    async start({ name, email, message }) {
      // The first message goes with the session; should the answer be lost, the outbox sends it
      // again with the same clientId once the room is joined, and the room keeps one copy.
      const clientId = randomId();
      // An identified visitor is not asked: the page told us who they are.
      name ||= identity?.name ?? '';
      email ||= identity?.email ?? '';
      const { session } = await startChat(at, (await pass()).token, { name, email, pageUrl: pageUrl(), message, clientId });
      state.email = email;
      join(session.id, session);
      state.outbox = [{ clientId, body: message, attachments: [], files: [], failed: null }];
      save();
      update();
    },
    async leaveMessage(form) {
      const { ticketNumber } = await sendOfflineMessage(at, { ...form, visitorId: visitorId(), pageUrl: pageUrl() });
      state.phase = 'ticket';
      state.ticket = ticketNumber;
      state.email = form.email;
      update();
    },
    send(body, files) {
      const item: Outgoing = { clientId: randomId(), body, attachments: [], files, failed: null };
      state.outbox = [...state.outbox, item];
      stopTyping();
      void deliver(item);
    },
    retry(clientId) {
      const item = state.outbox.find((waiting) => waiting.clientId === clientId);
      if (item) void deliver(item);
      if (!state.connected) socket?.reconnect();
    },
    typing() {
      const now = Date.now();
      if (now - lastTyping >= typingEveryMs && sendFrame({ type: 'typing', typing: true })) lastTyping = now;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(stopTyping, typingIdleMs);
    },
    // These two must not be lost to a dropped socket: partysocket keeps them until it is back.
    end: () => socket?.send(JSON.stringify({ type: 'close' } satisfies SessionClientFrame)),
    rate: (rating) => socket?.send(JSON.stringify({ type: 'rate', rating } satisfies SessionClientFrame)),
    async emailTranscript(email) {
      if (!saved.sessionId) return;
      await emailChatTranscript(at, (await pass()).token, saved.sessionId, email);
    },
    restart: forget,
    identify(next) {
      if (next.id === identity?.id && next.hash === identity.hash) return;
      identity = next;
      state.email ||= next.email ?? '';
      if (saved.user !== next.id) {
        // Someone else's chat is on screen: it is not this user's to see.
        if (state.phase !== 'idle') forget();
      } else if (saved.sessionId && state.phase !== 'live') join(saved.sessionId, null);
    },
  };

  // Back after a reload or on another page: the same chat, and what was still unsent.
  if (saved.sessionId && saved.user === whose()) {
    state.outbox = saved.outbox.map((item) => ({ ...item, files: [], failed: null }));
    join(saved.sessionId, null);
  }
  document.addEventListener('visibilitychange', update);
  return chat;
}

/** The page the visitor is on, for the agent; left out when it is too long to be worth it. */
const pageUrl = () => (location.href.length <= 2000 && /^https?:/.test(location.href) ? location.href : undefined);

const higher = (a: ChatReadState, b: ChatReadState): ChatReadState => ({
  customer: Math.max(a.customer, b.customer),
  agent: Math.max(a.agent, b.agent),
});
