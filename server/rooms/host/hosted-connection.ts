import type { WebSocket } from 'ws';

/** Close codes the host uses on its own account (RFC 6455 §7.4 and the IANA registry). */
export const closeCodes = {
  goingAway: 1001,
  internalError: 1011,
  tryAgainLater: 1013,
} as const;

type StateUpdate = unknown | ((previous: unknown) => unknown);

// Hoisted so broadcasting does not allocate an options object per recipient.
const textFrame = { binary: false } as const;
const binaryFrame = { binary: true } as const;

/**
 * One client socket as a room sees it (`Party.Connection`): an id, the URL it connected with, and
 * per-connection state. Sends refuse to buffer without bound: a client that stops reading is
 * closed with 1013 once `maxBufferedBytes` are waiting for it.
 */
export class HostedConnection {
  state: unknown = null;
  /** The connection's id first, then what `getConnectionTags` returned. */
  tags: readonly string[];
  private attachment: unknown = null;

  constructor(
    private readonly ws: WebSocket,
    readonly id: string,
    readonly uri: string,
    private readonly maxBufferedBytes: number,
  ) {
    this.tags = [id];
  }

  get readyState(): number {
    return this.ws.readyState;
  }

  /** @deprecated in PartyKit too: the connection is the socket. */
  get socket(): this {
    return this;
  }

  send(message: string | ArrayBuffer | ArrayBufferView): void {
    if (this.canSend()) this.ws.send(message);
  }

  /** Sends a frame already encoded once for many recipients (see `HostedRoom.broadcast`). */
  sendEncoded(frame: Buffer, binary: boolean): void {
    if (this.canSend()) this.ws.send(frame, binary ? binaryFrame : textFrame);
  }

  close(code?: number, reason?: string): void {
    this.ws.close(code, reason);
  }

  setState(update: StateUpdate): unknown {
    this.state = typeof update === 'function' ? update(this.state) : update;
    return this.state;
  }

  /** @deprecated in PartyKit; kept for rooms written against the older API. */
  serializeAttachment(attachment: unknown): void {
    this.attachment = structuredClone(attachment ?? null);
  }

  /** @deprecated in PartyKit; kept for rooms written against the older API. */
  deserializeAttachment(): unknown {
    return structuredClone(this.attachment);
  }

  private canSend(): boolean {
    if (this.ws.readyState !== this.ws.OPEN) return false;
    if (this.ws.bufferedAmount <= this.maxBufferedBytes) return true;
    this.ws.close(closeCodes.tryAgainLater, 'Client is not reading');
    return false;
  }
}
