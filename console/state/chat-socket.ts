import { PartySocket } from 'partysocket';
import { api } from '../lib/api.ts';

/**
 * The console's WebSockets to the chat rooms. Every socket authenticates with a short-lived agent
 * token from the REST API (the session cookie never reaches the rooms, which may run on PartyKit);
 * `partysocket` reconnects with backoff and asks for the token again on every attempt, so a token
 * that expired (close code 4001) is replaced without anyone noticing.
 */

interface ChatToken {
  token: string;
  roomsUrl: string;
}

/** Tokens live 12 h; fetch a new one well before, so a reconnect never tries a stale one. */
const tokenLifetimeMs = 60 * 60 * 1000;

let token: { value: Promise<ChatToken>; at: number } | null = null;

export function chatToken(): Promise<ChatToken> {
  if (!token || Date.now() - token.at > tokenLifetimeMs) {
    const value = api.chats.token();
    token = { value, at: Date.now() };
    // A failed request must not be cached: the next attempt asks again.
    value.catch(() => {
      if (token?.value === value) token = null;
    });
  }
  return token.value;
}

export function forgetChatToken(): void {
  token = null;
}

/** Close codes the rooms use (see server/rooms): these end a socket for good, except 4001. */
export const closeCodes = { unauthenticated: 4001, forbidden: 4003, notFound: 4004 } as const;

export type SocketStatus = 'connecting' | 'open' | 'reconnecting' | 'refused';

export interface RoomSocket {
  /** True when the frame went out; false while disconnected (the caller keeps it for later). */
  send(frame: object): boolean;
  close(): void;
}

export interface RoomSocketOptions {
  party: 'main' | 'agents';
  room: string;
  onOpen: () => void;
  onFrame: (frame: unknown) => void;
  onStatus: (status: SocketStatus, closeCode?: number) => void;
}

/** `http://host:port` → what PartySocket wants: the host and ws/wss. */
function socketTarget(roomsUrl: string): { host: string; protocol: 'ws' | 'wss' } {
  const url = new URL(roomsUrl, window.location.href);
  return { host: url.host, protocol: url.protocol === 'https:' ? 'wss' : 'ws' };
}

/**
 * Opens a room socket once the first token has told us where the rooms live. Frames are JSON;
 * anything unparsable is dropped (the rooms only send JSON).
 */
export function openRoomSocket(options: RoomSocketOptions): RoomSocket {
  let socket: PartySocket | null = null;
  let closed = false;
  options.onStatus('connecting');

  const start = (target: { host: string; protocol: 'ws' | 'wss' }) => {
    if (closed) return;
    const next = new PartySocket({
      ...target,
      party: options.party,
      room: options.room,
      query: async () => ({ token: (await chatToken()).token }),
      // Refusals other than an expired token are final: retrying would be refused the same way.
      shouldReconnectOnClose: (event) => event.code !== closeCodes.forbidden && event.code !== closeCodes.notFound,
      maxReconnectionDelay: 10_000,
      // Nothing is queued inside the socket: the outbox decides what to re-send after `join`.
      maxEnqueuedMessages: 0,
    });
    next.addEventListener('open', () => {
      options.onStatus('open');
      options.onOpen();
    });
    next.addEventListener('message', (event: MessageEvent) => {
      if (typeof event.data !== 'string') return;
      let frame: unknown;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      options.onFrame(frame);
    });
    next.addEventListener('close', (event) => {
      if (closed) return;
      if (event.code === closeCodes.unauthenticated) forgetChatToken();
      const final = event.code === closeCodes.forbidden || event.code === closeCodes.notFound;
      options.onStatus(final ? 'refused' : 'reconnecting', event.code);
    });
    socket = next;
  };

  const connect = (attempt: number) => {
    chatToken().then(
      (first) => start(socketTarget(first.roomsUrl)),
      () => {
        // The token request failed (offline, server restarting): try again with backoff.
        if (closed) return;
        options.onStatus('reconnecting');
        setTimeout(() => connect(attempt + 1), Math.min(10_000, 1000 * 2 ** attempt));
      },
    );
  };
  connect(0);

  return {
    send(frame) {
      if (!socket || socket.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(frame));
      return true;
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}
