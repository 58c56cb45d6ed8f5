import PartySocket from 'partysocket';
import WebSocket from 'ws';
import type { LobbyServerFrame, SessionServerFrame } from '../../../shared/chat/protocol.ts';

export type ServerFrame = SessionServerFrame | LobbyServerFrame;
type FrameOf<T extends ServerFrame['type']> = Extract<ServerFrame, { type: T }>;

const defaultWaitMs = 5_000;

/**
 * A chat client for room tests: a real `partysocket` (what widget and console use) over `ws`,
 * recording every frame it receives so a test can wait for one, or prove one never came.
 * It does not reconnect by itself; tests reconnect on purpose.
 */
export class RoomClient {
  readonly frames: ServerFrame[] = [];
  readonly socket: PartySocket;
  /** Resolves with the close code once the server (or the test) closes the socket. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly waiters = new Set<() => void>();
  private openedOnce = false;

  constructor(options: { host: string; party: string; room: string; token: string }) {
    this.socket = new PartySocket({
      host: options.host,
      party: options.party,
      room: options.room,
      query: { token: options.token },
      WebSocket,
      maxRetries: 0,
    });
    this.socket.addEventListener('message', (event: MessageEvent) => {
      this.frames.push(JSON.parse(String(event.data)) as ServerFrame);
      for (const wake of this.waiters) wake();
    });
    this.socket.addEventListener('open', () => {
      this.openedOnce = true;
    });
    this.closed = new Promise((resolve) => {
      this.socket.addEventListener('close', (event: CloseEvent) => resolve({ code: event.code, reason: event.reason }));
    });
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  opened(timeoutMs = defaultWaitMs): Promise<void> {
    if (this.openedOnce) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket did not open')), timeoutMs);
      this.socket.addEventListener('open', () => {
        clearTimeout(timer);
        resolve();
      });
      void this.closed.then(({ code }) => reject(new Error(`socket closed with ${code} before opening`)));
    });
  }

  send(frame: object | string): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The first frame (from `since`, default: all received so far) of this type matching `where`. */
  async next<T extends ServerFrame['type']>(
    type: T,
    where: (frame: FrameOf<T>) => boolean = () => true,
    options: { since?: number; timeoutMs?: number } = {},
  ): Promise<FrameOf<T>> {
    const find = () =>
      this.frames.slice(options.since ?? 0).find((frame): frame is FrameOf<T> => frame.type === type && where(frame as FrameOf<T>));
    const found = find();
    if (found) return found;
    return new Promise((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? defaultWaitMs;
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(new Error(`no "${type}" frame matched within ${timeoutMs} ms; got ${JSON.stringify(this.frames.map((f) => f.type))}`));
      }, timeoutMs);
      const wake = () => {
        const frame = find();
        if (!frame) return;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(frame);
      };
      this.waiters.add(wake);
    });
  }

  /** All frames of a type received so far. */
  all<T extends ServerFrame['type']>(type: T): FrameOf<T>[] {
    return this.frames.filter((frame): frame is FrameOf<T> => frame.type === type);
  }

  close(): void {
    this.socket.close();
  }
}
