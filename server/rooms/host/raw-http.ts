import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * HTTP on an upgrade socket, before (or instead of) WebSocket: node:http hands the socket over
 * raw, so refusals are written by hand.
 */

/** The WHATWG Request a room's `onConnect` sees: full URL with query string, and all headers. */
export function requestFromUpgrade(req: IncomingMessage): Request {
  const protocol = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  const url = new URL(req.url ?? '/', `${protocol}://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] ?? '', raw[i + 1] ?? '');
  return new Request(url, { method: req.method, headers });
}

export function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  writeResponse(socket, status, [['content-type', 'text/plain; charset=utf-8']], Buffer.from(message));
}

/** Answers the upgrade with a Response a room's `onBeforeConnect` returned (say, a 401). */
export async function respondToUpgrade(socket: Duplex, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  writeResponse(socket, response.status, [...response.headers], body, response.statusText);
}

// Framing headers are ours to set: the body is already read and the socket closes after it.
const framingHeaders = new Set(['content-length', 'transfer-encoding', 'connection']);

function writeResponse(socket: Duplex, status: number, headers: [string, string][], body: Buffer, statusText?: string): void {
  if (socket.destroyed) return;
  const lines = [`HTTP/1.1 ${status} ${statusText || STATUS_CODES[status] || ''}`];
  for (const [name, value] of headers) if (!framingHeaders.has(name.toLowerCase())) lines.push(`${name}: ${value}`);
  lines.push('connection: close', `content-length: ${body.byteLength}`, '', '');
  socket.end(Buffer.concat([Buffer.from(lines.join('\r\n')), body]));
}
