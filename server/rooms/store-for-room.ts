import type * as Party from 'partykit/server';
import { HttpChatStore } from './http-store.ts';
import type { ChatStore } from './store.ts';

/**
 * What a room reads from `room.env`. The in-process host hands over live objects (the store that
 * calls the chat domain directly, the server's logger); on PartyKit everything is a string var
 * from partykit.json, `--var` or `.env`, and the store talks to Lantern over HTTP.
 */
export interface RoomsEnv {
  /** In-process only: a ChatStore object. */
  LANTERN_STORE?: ChatStore;
  /** On PartyKit: Lantern's base URL, e.g. https://support.example.com. */
  LANTERN_API_URL?: string;
  /** Both hosts: authorizes room-to-room and Lantern-to-room POSTs, and (PartyKit) calls to Lantern. */
  LANTERN_ROOMS_SECRET?: string;
  /** In-process only: the server's structured logger. */
  LANTERN_LOGGER?: RoomLogger;
  /** How long an agent stays online after their last console socket closed (ms, default 30 000). */
  LANTERN_LOBBY_OFFLINE_GRACE_MS?: string | number;
}

export interface RoomLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface RoomSettings {
  store: ChatStore;
  secret: string;
  logger: RoomLogger;
  offlineGraceMs: number;
}

const defaultOfflineGraceMs = 30_000;
/** One HTTP store per (URL, secret): every room of an isolate shares its connections. */
const httpStores = new Map<string, ChatStore>();

export function chatStoreFor(room: Pick<Party.Room, 'env'>): ChatStore {
  const env = room.env as RoomsEnv;
  if (isChatStore(env.LANTERN_STORE)) return env.LANTERN_STORE;
  const apiUrl = env.LANTERN_API_URL;
  const secret = env.LANTERN_ROOMS_SECRET;
  if (typeof apiUrl !== 'string' || apiUrl === '' || typeof secret !== 'string' || secret === '') {
    throw new Error('Chat rooms need LANTERN_API_URL and LANTERN_ROOMS_SECRET (see partykit.json)');
  }
  const key = `${apiUrl}\n${secret}`;
  let store = httpStores.get(key);
  if (!store) {
    store = new HttpChatStore({ apiUrl, secret });
    httpStores.set(key, store);
  }
  return store;
}

export function roomSettings(room: Pick<Party.Room, 'env'>): RoomSettings {
  const env = room.env as RoomsEnv;
  const secret = env.LANTERN_ROOMS_SECRET;
  if (typeof secret !== 'string' || secret === '') throw new Error('Chat rooms need LANTERN_ROOMS_SECRET');
  const grace = Number(env.LANTERN_LOBBY_OFFLINE_GRACE_MS ?? defaultOfflineGraceMs);
  return {
    store: chatStoreFor(room),
    secret,
    logger: env.LANTERN_LOGGER ?? consoleLogger,
    offlineGraceMs: Number.isFinite(grace) && grace >= 0 ? grace : defaultOfflineGraceMs,
  };
}

function isChatStore(value: unknown): value is ChatStore {
  return typeof value === 'object' && value !== null && typeof (value as ChatStore).appendMessage === 'function';
}

/** PartyKit collects console output per room; JSON keeps it greppable like the server's logs. */
const consoleLogger: RoomLogger = {
  warn: (message, fields) => console.warn(JSON.stringify({ level: 'warn', msg: message, ...fields })),
  error: (message, fields) => console.error(JSON.stringify({ level: 'error', msg: message, ...fields })),
};
