import type * as Party from 'partykit/server';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { createLogger, type Logger } from '../../lib/logger.ts';
import { closeCodes } from './hosted-connection.ts';
import { HostedRoom, type RoomHost } from './hosted-room.ts';
import { createPartiesContext } from './party-stubs.ts';
import {
  asPartyLobby,
  asPartyRequest,
  executionContext,
  fromPartyRequest,
  type PartiesContext,
  type PartyServerClass,
} from './party-types.ts';
import { refuseUpgrade, requestFromUpgrade, respondToUpgrade } from './raw-http.ts';
import { parsePartyPath, type PartyAddress } from './url.ts';

export interface PartyHostOptions {
  /** Party name → class, as in partykit.json; `main` is the party PartyKit's default URLs use. */
  parties: Record<string, PartyServerClass>;
  /** What rooms see as `room.env` (PartyKit's `--var`s). */
  env: Record<string, unknown>;
  /** Larger frames are refused by ws with close code 1009. Rooms enforce their own, smaller limits. */
  maxPayloadBytes?: number;
  /** A client that lets this much pile up unread is closed with 1013. */
  maxBufferedBytes?: number;
  /** How long a room with no connections and no requests lives on before it is dropped. */
  idleEvictionMs?: number;
  logger?: Logger;
}

interface HostedParty {
  name: string;
  serverClass: PartyServerClass;
  rooms: Map<string, HostedRoom>;
}

const defaults = {
  maxPayloadBytes: 64 * 1024,
  maxBufferedBytes: 4 * 1024 * 1024,
  idleEvictionMs: 30_000,
};
/** On shutdown, how long clients get to answer our close frame before their sockets are cut. */
const closeGraceMs = 1_000;

/**
 * Hosts PartyKit rooms (`Party.Server` classes) in this process, on `ws`, at PartyKit's URL shape
 * `/parties/:party/:room`, so `partysocket` clients cannot tell it from PartyKit itself.
 *
 * One instance per party and room id, created on first use and dropped after `idleEvictionMs`
 * without users (PartyKit evicts idle Durable Objects the same way); a later visitor gets a fresh
 * instance. Room state that must survive belongs in SQLite, not in the room object.
 */
export class PartyHost implements RoomHost {
  readonly env: Record<string, unknown>;
  readonly logger: Logger;
  readonly maxBufferedBytes: number;
  readonly idleEvictionMs: number;
  private readonly parties = new Map<string, HostedParty>();
  private readonly wss: WebSocketServer;
  private shuttingDown: Promise<void> | undefined;

  constructor(options: PartyHostOptions) {
    this.env = options.env;
    this.logger = options.logger ?? createLogger();
    this.maxBufferedBytes = options.maxBufferedBytes ?? defaults.maxBufferedBytes;
    this.idleEvictionMs = options.idleEvictionMs ?? defaults.idleEvictionMs;
    for (const [name, serverClass] of Object.entries(options.parties)) {
      this.parties.set(name, { name, serverClass, rooms: new Map() });
    }
    this.wss = new WebSocketServer({
      noServer: true,
      // Chat frames are small JSON; compression would cost more CPU per frame than it saves.
      perMessageDeflate: false,
      maxPayload: options.maxPayloadBytes ?? defaults.maxPayloadBytes,
    });
  }

  get closing(): boolean {
    return this.shuttingDown !== undefined;
  }

  /** Live room instances (all parties). */
  get roomCount(): number {
    let count = 0;
    for (const party of this.parties.values()) count += party.rooms.size;
    return count;
  }

  /** Open sockets, including those still in their room's onConnect. */
  get connectionCount(): number {
    return this.wss.clients.size;
  }

  /** Takes WebSocket upgrades to `/parties/...` on this server. */
  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      // Upgrade sockets come without an error listener; an unheard error would crash the process.
      socket.on('error', () => socket.destroy());
      this.upgrade(req, socket, head, server).catch((error: unknown) => {
        this.logger.error('room upgrade failed', { url: req.url, error: describe(error) });
        refuseUpgrade(socket, 500, 'Internal error');
      });
    });
  }

  /** Plain HTTP to `/parties/:party/:room[/...]`: the room's `onRequest`. Mount it for `/parties/*`. */
  readonly fetch = async (request: Request): Promise<Response> => {
    if (this.closing) return text(503, 'Shutting down');
    const address = parsePartyPath(new URL(request.url).pathname);
    if (address === null) return text(404, 'Not found');
    if (address === 'invalid') return text(400, 'Invalid room id');
    const party = this.parties.get(address.party);
    if (!party) return text(404, `Party ${address.party} not found`);
    const { serverClass } = party;
    if (serverClass.onBeforeRequest) {
      let outcome: Response | Party.Request;
      try {
        // A copy, as in PartyKit: the hook may change its headers and hand it on.
        outcome = await serverClass.onBeforeRequest(asPartyRequest(new Request(request)), this.lobby(address, request), this.context());
      } catch (error) {
        this.logger.warn('onBeforeRequest refused a request', { party: address.party, room: address.room, error: describe(error) });
        return text(401, 'Unauthorized');
      }
      if (outcome instanceof Response) return outcome;
      request = fromPartyRequest(outcome);
    }
    return this.deliver(address, request);
  };

  /**
   * Closes every socket with 1001 and refuses new ones. Room handlers are not called any more: the
   * process is going away, and what they would write to may already be closed.
   */
  close(): Promise<void> {
    this.shuttingDown ??= this.shutDown();
    return this.shuttingDown;
  }

  /** Drops a room instance; the next visitor to its id gets a fresh one. */
  evict(room: HostedRoom): void {
    room.dispose();
    const rooms = this.parties.get(room.party)?.rooms;
    if (rooms?.get(room.id) === room) rooms.delete(room.id);
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, server: Server): Promise<void> {
    let request: Request;
    try {
      request = requestFromUpgrade(req);
    } catch {
      return refuseUpgrade(socket, 400, 'Bad request');
    }
    const address = parsePartyPath(new URL(request.url).pathname);
    if (address === null) {
      // Not ours. With no other upgrade handler nobody would ever answer, so say so.
      if (server.listenerCount('upgrade') === 1) refuseUpgrade(socket, 404, 'Not found');
      return;
    }
    if (this.closing) return refuseUpgrade(socket, 503, 'Shutting down');
    if (address === 'invalid') return refuseUpgrade(socket, 400, 'Invalid room id');
    const party = this.parties.get(address.party);
    if (!party) return refuseUpgrade(socket, 404, `Party ${address.party} not found`);

    const { serverClass } = party;
    if (serverClass.onBeforeConnect) {
      let outcome: Response | Party.Request;
      try {
        outcome = await serverClass.onBeforeConnect(asPartyRequest(request), this.lobby(address, request), this.context());
      } catch (error) {
        this.logger.warn('onBeforeConnect refused a connection', { party: address.party, room: address.room, error: describe(error) });
        return refuseUpgrade(socket, 401, 'Unauthorized');
      }
      if (outcome instanceof Response) return respondToUpgrade(socket, outcome);
      request = fromPartyRequest(outcome);
      if (this.closing) return refuseUpgrade(socket, 503, 'Shutting down');
    }
    if (socket.destroyed) return;

    // ws completes the handshake synchronously (no verifyClient), so the room is looked up only once
    // the socket is really ours: a refused handshake never creates or holds a room.
    this.wss.handleUpgrade(req, socket, head, (ws) => this.admit(party, address.room, ws, request));
  }

  private admit(party: HostedParty, id: string, ws: WebSocket, request: Request): void {
    let room: HostedRoom;
    try {
      room = this.room(party, id, request);
    } catch (error) {
      this.logger.error('room failed to construct', { party: party.name, room: id, error: describe(error) });
      ws.close(closeCodes.internalError, 'Room failed to start');
      return;
    }
    room.retain();
    void room.accept(ws, request);
  }

  /** Straight to the room's onRequest: the path `context.parties` stubs take too. */
  private async deliver(address: PartyAddress, request: Request): Promise<Response> {
    const party = this.parties.get(address.party);
    if (!party) return text(404, `Party ${address.party} not found`);
    if (this.closing) return text(503, 'Shutting down');
    let room: HostedRoom;
    try {
      room = this.room(party, address.room, request);
    } catch (error) {
      this.logger.error('room failed to construct', { party: address.party, room: address.room, error: describe(error) });
      return text(500, 'Internal error');
    }
    return room.request(request);
  }

  /** The live instance for this id, created (and its onStart begun) if there is none. */
  private room(party: HostedParty, id: string, request: Request): HostedRoom {
    const existing = party.rooms.get(id);
    if (existing) return existing;
    const room = new HostedRoom(this, party.name, id, party.serverClass, this.partiesContext(request));
    party.rooms.set(id, room);
    // A room whose onStart failed is forgotten, so the next visitor tries again with a fresh one.
    room.ready.catch(() => this.evict(room));
    return room;
  }

  /** `context.parties` as seen from a room first reached by `request` (PartyKit uses its host). */
  private partiesContext(request: Request): PartiesContext {
    const origin = new URL(request.url).origin;
    return createPartiesContext(this.parties.keys(), origin, (address, forwarded) => this.deliver(address, forwarded));
  }

  private lobby(address: PartyAddress, request: Request) {
    return asPartyLobby({ id: address.room, env: this.env, parties: this.partiesContext(request) });
  }

  private context() {
    return executionContext((error) => this.logger.error('waitUntil promise failed', { error: describe(error) }));
  }

  private async shutDown(): Promise<void> {
    for (const { rooms } of this.parties.values()) {
      for (const room of rooms.values()) room.dispose();
      rooms.clear();
    }
    const sockets = [...this.wss.clients];
    for (const ws of sockets) ws.close(closeCodes.goingAway, 'Server shutting down');
    await Promise.all(sockets.map(closedWithin));
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

function closedWithin(ws: WebSocket): Promise<void> {
  if (ws.readyState === ws.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const cut = setTimeout(() => ws.terminate(), closeGraceMs);
    ws.once('close', () => {
      clearTimeout(cut);
      resolve();
    });
  });
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
