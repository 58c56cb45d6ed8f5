import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PartySocket from 'partysocket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { SessionServerFrame } from '../shared/chat/protocol.ts';
import { openDatabase } from './db/open.ts';
import { spawnServer } from './testing/spawn-server.ts';
import { freePort } from './testing/free-port.ts';

/**
 * The zero-loss promise, tested the hard way: the real server process is killed with SIGKILL in the
 * middle of a conversation and started again on the same data. Every message the server had
 * acknowledged must still be there exactly once, and both clients (partysocket, reconnecting on
 * their own) must resume without gaps or duplicates.
 */

const admin = { email: 'crash@lantern.test', password: 'crash test password 1' };

const until = async (what: string, check: () => boolean, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** A chat client that keeps what it sent until acked, resends it after reconnecting, and merges by seq. */
class ChatClient {
  readonly received = new Map<number, string | null>(); // seq → clientId
  readonly duplicates: number[] = [];
  readonly acked = new Set<string>();
  readonly unacked = new Map<string, string>(); // clientId → body
  welcomes = 0;
  private lastSeq = 0;
  readonly socket: PartySocket;

  constructor(host: string, sessionId: string, token: string) {
    this.socket = new PartySocket({
      host,
      party: 'main',
      room: sessionId,
      query: { token },
      WebSocket,
      minReconnectionDelay: 50,
      maxReconnectionDelay: 500,
      maxEnqueuedMessages: 0,
    });
    this.socket.addEventListener('open', () => this.socket.send(JSON.stringify({ type: 'join', lastSeq: this.lastSeq })));
    this.socket.addEventListener('message', (event) => this.onFrame(JSON.parse(String(event.data)) as SessionServerFrame));
  }

  private onFrame(frame: SessionServerFrame) {
    if (frame.type === 'welcome') {
      this.welcomes += 1;
      for (const message of frame.messages) this.take(message.seq, message.clientId);
      for (const [clientId, body] of this.unacked) this.transmit(clientId, body);
    } else if (frame.type === 'message') this.take(frame.message.seq, frame.message.clientId);
    else if (frame.type === 'error' && frame.clientId) {
      // Refused for now (flood guard, store unavailable): send it again later with the same id.
      const { clientId } = frame;
      setTimeout(() => {
        const body = this.unacked.get(clientId);
        if (body !== undefined) this.transmit(clientId, body);
      }, frame.retryAfterMs ?? 200);
    } else if (frame.type === 'ack') {
      this.acked.add(frame.clientId);
      this.unacked.delete(frame.clientId);
      this.take(frame.seq, frame.clientId);
    }
  }

  private take(seq: number, clientId: string | null) {
    const known = this.received.get(seq);
    if (known !== undefined && known !== clientId) this.duplicates.push(seq);
    this.received.set(seq, clientId);
    this.lastSeq = Math.max(this.lastSeq, seq);
  }

  private transmit(clientId: string, body: string) {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ type: 'message', clientId, body }));
  }

  say(clientId: string, body: string) {
    this.unacked.set(clientId, body);
    this.transmit(clientId, body);
  }

  close() {
    this.socket.close();
  }
}

describe('chat survives the server being killed', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-crash-'));
  let port = 0;
  let server: ChildProcess | undefined;

  const start = async () => {
    ({ child: server } = await spawnServer({
      port,
      dataDir,
      env: { LANTERN_ADMIN_EMAIL: admin.email, LANTERN_ADMIN_PASSWORD: admin.password },
    }));
  };

  beforeAll(async () => {
    port = await freePort();
    await start();
  }, 60_000);

  afterAll(() => {
    server?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged message exactly once and resumes both sides', { timeout: 90_000 }, async () => {
    const base = `http://127.0.0.1:${port}`;
    const host = `127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    expect(login.status).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const agentToken = ((await (await fetch(`${base}/api/support/chat/token`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } })).json()) as { token: string }).token;

    const db = openDatabase(join(dataDir, 'lantern.db'));
    const siteKey = (db.sqlite.prepare('select public_key from sites limit 1').get() as { public_key: string }).public_key;
    db.close();
    const widgetHeaders = { 'content-type': 'application/json', origin: base };
    const visitor = (await (
      await fetch(`${base}/api/widget/sites/${siteKey}/chat/visitor`, { method: 'POST', headers: widgetHeaders, body: JSON.stringify({ visitorId: 'crashtestvisitor0001' }) })
    ).json()) as { token: string };
    const started = await fetch(`${base}/api/widget/sites/${siteKey}/chat/sessions`, {
      method: 'POST',
      headers: { ...widgetHeaders, authorization: `Bearer ${visitor.token}` },
      body: JSON.stringify({ name: 'Crash Test' }),
    });
    expect(started.status).toBe(201);
    const { session } = (await started.json()) as { session: { id: string } };

    const customer = new ChatClient(host, session.id, visitor.token);
    const agent = new ChatClient(host, session.id, agentToken);
    await until('both joined', () => customer.welcomes === 1 && agent.welcomes === 1);
    agent.socket.send(JSON.stringify({ type: 'accept' }));
    await until('the agent took the chat', () => [...customer.received.values()].includes(null));

    let n = 0;
    const talk = setInterval(() => {
      n += 1;
      (n % 3 === 0 ? agent : customer).say(`crash${String(n).padStart(5, '0')}`, `message ${n}`);
    }, 150);
    try {
      await until('some messages acknowledged', () => customer.acked.size + agent.acked.size >= 20);
      server?.kill('SIGKILL');
      await new Promise((r) => server?.once('exit', r));
      const ackedBeforeCrash = new Set([...customer.acked, ...agent.acked]);
      await new Promise((r) => setTimeout(r, 300)); // messages typed while the server is down
      await start();
      await until('both resumed', () => customer.welcomes >= 2 && agent.welcomes >= 2);
      await until('more messages after the restart', () => customer.acked.size + agent.acked.size >= ackedBeforeCrash.size + 20);

      clearInterval(talk);
      await until('every message acknowledged', () => customer.unacked.size === 0 && agent.unacked.size === 0);
      const sentIds = Array.from({ length: n }, (_, i) => `crash${String(i + 1).padStart(5, '0')}`);
      await until('both sides hold every message', () =>
        [customer, agent].every((client) => sentIds.every((id) => [...client.received.values()].includes(id))),
      );

      const check = openDatabase(join(dataDir, 'lantern.db'));
      const rows = check.sqlite
        .prepare('select seq, client_id as clientId from chat_messages where session_id = ? order by seq')
        .all(session.id) as { seq: number; clientId: string | null }[];
      check.close();
      const stored = rows.filter((row) => row.clientId?.startsWith('crash')).map((row) => row.clientId);
      // Every acknowledged message survived the kill, and nothing was stored twice.
      for (const id of ackedBeforeCrash) expect(stored).toContain(id);
      expect(new Set(stored).size).toBe(stored.length);
      expect(stored.sort()).toEqual(sentIds);
      // Sequence numbers have no gaps, and both clients saw the same ordered history without duplicates.
      expect(rows.map((row) => row.seq)).toEqual(rows.map((_, i) => i + 1));
      for (const client of [customer, agent]) {
        expect(client.duplicates).toEqual([]);
        expect([...client.received.keys()].sort((a, b) => a - b)).toEqual(rows.map((row) => row.seq));
      }
    } finally {
      clearInterval(talk);
      customer.close();
      agent.close();
    }
  });
});
