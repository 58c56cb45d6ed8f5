import type * as Party from 'partykit/server';
import type { HostedConnection } from './hosted-connection.ts';
import type { MemoryStorage } from './memory-storage.ts';

/**
 * A party class as PartyKit loads it: a `Party.Server` constructor, optionally with the static
 * `Party.Worker` hooks that run before a room is reached.
 */
export type PartyServerClass = (new (room: Party.Room) => Party.Server) &
  Partial<Pick<Party.Worker, 'onBeforeConnect' | 'onBeforeRequest'>>;

/** `room.context.parties`: reach another room's `onRequest` in-process. */
export type PartiesContext = Record<string, { get(id: string): HostedStub }>;

export interface HostedStub {
  fetch(pathOrInit?: string | RequestInit | Request, init?: RequestInit | Request): Promise<Response>;
  socket(): Promise<never>;
  connect(): never;
}

/** The part of `Party.Room` the host really provides. */
export interface HostedRoomApi {
  id: string;
  internalID: string;
  name: string;
  env: Record<string, unknown>;
  storage: MemoryStorage;
  context: { parties: PartiesContext };
  parties: PartiesContext;
  readonly connections: Map<string, Party.Connection>;
  broadcast(message: string | ArrayBuffer | ArrayBufferView, without?: string[]): void;
  getConnection(id: string): Party.Connection | undefined;
  getConnections(tag?: string): Iterable<Party.Connection>;
  blockConcurrencyWhile<T>(callback: () => Promise<T>): Promise<T>;
}

/** The part of `Party.Lobby` handed to the static `onBeforeConnect`/`onBeforeRequest` hooks. */
export interface HostedLobby {
  id: string;
  env: Record<string, unknown>;
  parties: PartiesContext;
}

/*
 * The only casts between our objects and PartyKit's types live here. PartyKit types rooms,
 * connections and requests with Cloudflare's Workers types, which describe a whole platform (AI,
 * Vectorize, analytics, alarms, hibernation, WebSocket event targets, `request.cf`). We host the
 * subset Lantern's rooms use, typed honestly above; everything else is absent at run time, so a
 * room reaching for it fails loudly instead of silently doing nothing.
 */

export function asPartyRoom(room: HostedRoomApi): Party.Room {
  return room as unknown as Party.Room;
}

export function asPartyConnection(connection: HostedConnection): Party.Connection {
  return connection as unknown as Party.Connection;
}

export function asPartyRequest(request: Request): Party.Request {
  return request as unknown as Party.Request;
}

export function asPartyLobby(lobby: HostedLobby): Party.Lobby {
  return lobby as unknown as Party.Lobby;
}

/** `waitUntil` keeps nothing alive here: the process outlives the request anyway. */
export function executionContext(onError: (error: unknown) => void): Party.ExecutionContext {
  const context = {
    waitUntil: (promise: Promise<unknown>) => void promise.catch(onError),
    passThroughOnException: () => {},
  };
  return context as unknown as Party.ExecutionContext;
}

/** Room hooks may hand back a Cloudflare request; at run time it is the WHATWG one we gave them. */
export function fromPartyRequest(request: Party.Request | Request): Request {
  return request as unknown as Request;
}
