import type * as Party from 'partykit/server';
import { createHash, randomUUID } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import type { Logger } from '../../lib/logger.ts';
import { closeCodes, HostedConnection } from './hosted-connection.ts';
import { MemoryStorage } from './memory-storage.ts';
import {
  asPartyConnection,
  asPartyRequest,
  asPartyRoom,
  type HostedRoomApi,
  type PartiesContext,
  type PartyServerClass,
} from './party-types.ts';

/** What a room needs from the host that holds it. */
export interface RoomHost {
  readonly env: Record<string, unknown>;
  readonly logger: Logger;
  readonly maxBufferedBytes: number;
  readonly idleEvictionMs: number;
  /** While the host shuts down, sockets close without calling room handlers. */
  readonly closing: boolean;
  evict(room: HostedRoom): void;
}

/** PartyKit's documented tag limits (it enforces them for hibernating rooms). */
const maxTags = 10;
const maxTagLength = 256;
/** WebSocket `readyState` OPEN. */
const open = 1;

/**
 * One live instance of a party class for one room id, with PartyKit's semantics: `onStart` runs
 * once and everything else waits for it; a connection is visible to `getConnections` from before
 * `onConnect` until it closes; nothing a handler throws escapes the room.
 *
 * As in PartyKit, a client's messages reach `onMessage` only once its `onConnect` has finished.
 * PartyKit gets there by completing the handshake only then; we complete it at once and hold the
 * messages back, which keeps the socket out of the HTTP server's hands while the room works.
 */
export class HostedRoom {
  readonly ready: Promise<void>;
  private readonly server: Party.Server;
  /** By id, as rooms look them up; a reconnect with the same id replaces the older socket here. */
  private readonly connections = new Map<string, HostedConnection>();
  /** Every connection that joined and has not closed, same-id stragglers included. */
  private readonly members = new Set<HostedConnection>();
  /** Open connections plus handshakes and requests in flight: the room is idle when this is 0. */
  private users = 0;
  private evictionTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly host: RoomHost,
    readonly party: string,
    readonly id: string,
    serverClass: PartyServerClass,
    parties: PartiesContext,
  ) {
    this.server = new serverClass(asPartyRoom(this.api(parties)));
    this.ready = this.start();
  }

  /** Keeps the room from being evicted until the matching `release()`. */
  retain(): void {
    this.users += 1;
    if (this.evictionTimer) {
      clearTimeout(this.evictionTimer);
      this.evictionTimer = undefined;
    }
  }

  release(): void {
    this.users -= 1;
    if (this.users > 0 || this.host.closing) return;
    this.evictionTimer = setTimeout(() => this.host.evict(this), this.host.idleEvictionMs);
    this.evictionTimer.unref();
  }

  dispose(): void {
    clearTimeout(this.evictionTimer);
  }

  /** Runs a freshly upgraded socket through the room's connect cycle. Takes over one `retain()`. */
  async accept(ws: WebSocket, request: Request): Promise<void> {
    const connection = new HostedConnection(
      ws,
      new URL(request.url).searchParams.get('_pk') || randomUUID(),
      request.url,
      this.host.maxBufferedBytes,
    );
    // Hold the client's messages back (and stop reading) until onConnect is done.
    ws.pause();
    const early: [RawData, boolean][] = [];
    const holdBack = (data: RawData, isBinary: boolean) => void early.push([data, isBinary]);
    ws.on('message', holdBack);
    // Declared wide on purpose: the close listener changes it behind the await below.
    let phase = 'connecting' as 'connecting' | 'open' | 'closed';
    // An 'error' nobody listens to would crash the process, so listen from the first moment.
    ws.on('error', (error) => {
      if (phase === 'open') this.call('onError', connection, () => this.server.onError?.(asPartyConnection(connection), error));
    });
    ws.once('close', () => {
      this.leave(connection);
      if (phase === 'open') this.closed(connection);
      phase = 'closed';
    });

    const connected = await this.connect(connection, request).finally(() => this.release());
    if (!connected) {
      // Read again so the client's answer to our close frame arrives and the socket can end.
      ws.resume();
      return;
    }
    ws.off('message', holdBack);
    ws.on('message', (data, isBinary) => this.receive(connection, data, isBinary));
    for (const [data, isBinary] of early) this.receive(connection, data, isBinary);
    early.length = 0;
    // The client may have left while onConnect ran; the room has seen it arrive, so it sees it leave.
    if (phase === 'closed') return this.closed(connection);
    phase = 'open';
    ws.resume();
  }

  /** Plain HTTP to the room: `onRequest`, after `onStart`. */
  async request(request: Request): Promise<Response> {
    this.retain();
    try {
      if (!(await this.started())) return new Response('Room failed to start', { status: 500 });
      if (!this.server.onRequest) return new Response('This party does not handle HTTP requests', { status: 405 });
      return await this.server.onRequest(asPartyRequest(request));
    } catch (error) {
      this.report('onRequest', error);
      return new Response('Internal error', { status: 500 });
    } finally {
      this.release();
    }
  }

  broadcast(message: string | ArrayBuffer | ArrayBufferView, without?: string[]): void {
    // Encode once for every recipient instead of once per socket.
    const binary = typeof message !== 'string';
    const frame =
      typeof message === 'string'
        ? Buffer.from(message)
        : ArrayBuffer.isView(message)
          ? Buffer.from(message.buffer, message.byteOffset, message.byteLength)
          : Buffer.from(message);
    for (const connection of this.connections.values()) {
      if (without === undefined || !without.includes(connection.id)) connection.sendEncoded(frame, binary);
    }
  }

  /** Whether onStart went well (it was logged if not). */
  private started(): Promise<boolean> {
    return this.ready.then(
      () => true,
      () => false,
    );
  }

  private async start(): Promise<void> {
    try {
      await this.server.onStart?.();
    } catch (error) {
      this.report('onStart', error);
      throw error;
    }
  }

  /** onStart, tags, membership, onConnect. False when the connection did not make it. */
  private async connect(connection: HostedConnection, request: Request): Promise<boolean> {
    if (!(await this.started())) {
      connection.close(closeCodes.internalError, 'Room failed to start');
      return false;
    }
    const party = asPartyConnection(connection);
    const context = { request: asPartyRequest(request) };
    try {
      if (this.server.getConnectionTags) connection.tags = checkedTags(connection.id, await this.server.getConnectionTags(party, context));
      // Gone while we waited: it must not join, or it would never leave.
      if (connection.readyState !== open) return false;
      this.join(connection);
      await this.server.onConnect?.(party, context);
      return true;
    } catch (error) {
      this.report('onConnect', error, connection);
      // The room never got a working connection, so it gets no onClose for it either.
      this.leave(connection);
      connection.close(closeCodes.internalError, 'Uncaught exception when connecting');
      return false;
    }
  }

  private join(connection: HostedConnection): void {
    this.members.add(connection);
    this.connections.set(connection.id, connection);
    this.retain();
  }

  private leave(connection: HostedConnection): void {
    if (!this.members.delete(connection)) return;
    // A reconnect may already have taken over the id; never drop the newer connection.
    if (this.connections.get(connection.id) === connection) this.connections.delete(connection.id);
    this.release();
  }

  private receive(connection: HostedConnection, data: RawData, isBinary: boolean): void {
    if (!this.server.onMessage) return;
    const buffer = toBuffer(data);
    const message = isBinary ? toArrayBuffer(buffer) : buffer.toString();
    // Inlined rather than through call(): this is the per-frame path, so no closure per message.
    try {
      this.settle('onMessage', connection, this.server.onMessage(message, asPartyConnection(connection)));
    } catch (error) {
      this.report('onMessage', error, connection);
    }
  }

  private closed(connection: HostedConnection): void {
    if (this.host.closing) return;
    this.call('onClose', connection, () => this.server.onClose?.(asPartyConnection(connection)));
  }

  /** Runs a handler; whatever it throws, now or later, is logged and goes no further. */
  private call(handler: string, connection: HostedConnection, run: () => void | Promise<void>): void {
    try {
      this.settle(handler, connection, run());
    } catch (error) {
      this.report(handler, error, connection);
    }
  }

  private settle(handler: string, connection: HostedConnection, result: void | Promise<void>): void {
    if (result instanceof Promise) result.catch((error: unknown) => this.report(handler, error, connection));
  }

  private report(handler: string, error: unknown, connection?: HostedConnection): void {
    this.host.logger.error('room handler failed', {
      party: this.party,
      room: this.id,
      handler,
      connection: connection?.id,
      error: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
  }

  private *tagged(tag?: string): Generator<Party.Connection> {
    for (const connection of this.connections.values()) {
      if (tag === undefined || connection.tags.includes(tag)) yield asPartyConnection(connection);
    }
  }

  /** The `Party.Room` this instance's server sees. */
  private api(parties: PartiesContext): HostedRoomApi {
    const all = () => this.tagged();
    return {
      id: this.id,
      internalID: createHash('sha256').update(`${this.party}/${this.id}`).digest('hex'),
      name: this.party,
      env: this.host.env,
      storage: new MemoryStorage(),
      context: { parties },
      parties,
      get connections() {
        return new Map([...all()].map((connection) => [connection.id, connection]));
      },
      broadcast: (message, without) => this.broadcast(message, without),
      getConnection: (id) => {
        const connection = this.connections.get(id);
        return connection && asPartyConnection(connection);
      },
      getConnections: (tag) => this.tagged(tag),
      // Rooms run on one event loop without hibernation; there is no concurrency to block.
      blockConcurrencyWhile: (callback) => callback(),
    };
  }
}

function checkedTags(id: string, tags: string[]): string[] {
  const all = [id, ...tags.filter((tag) => tag !== id)];
  if (all.length > maxTags) throw new Error(`A connection can only have ${maxTags} tags, including the default id tag.`);
  for (const tag of all) {
    if (typeof tag !== 'string' || tag === '' || tag.length > maxTagLength) {
      throw new Error(`Connection tags must be non-empty strings of at most ${maxTagLength} characters.`);
    }
  }
  return all;
}

/** ws hands over a Buffer unless `binaryType` is changed, which we never do; the rest is for the type. */
function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

/** A copy: ws may hand out a view into a larger pooled buffer that rooms must not see. */
function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  const copy = new Uint8Array(buffer.byteLength);
  copy.set(buffer);
  return copy.buffer;
}
