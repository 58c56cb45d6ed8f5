/**
 * npm run bench:chat — live chat under load, end to end over loopback.
 *
 * Starts the real server (`server/main.ts`, its own process, so its memory is its own), signs in
 * agents, starts chat sessions through the widget API (each simulated customer with its own
 * address via X-Forwarded-For, as behind a proxy), opens a customer socket and an agent socket per
 * session, then sends messages at a fixed rate from both sides and measures the time until the
 * other side receives each one. Every message is counted: lost (never delivered) and duplicated
 * (delivered twice) must both be 0, and the database must hold exactly what was acknowledged.
 *
 * BENCH_SESSIONS (2500 → 5000 sockets), BENCH_AGENTS (60), BENCH_RATE (1000 msg/s), BENCH_SECONDS (20).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { SessionServerFrame } from '../shared/chat/protocol.ts';
import { insertAgent } from '../server/agents/queries.ts';
import { systemActor } from '../server/audit/log.ts';
import { hashPassword } from '../server/auth/password.ts';
import { openDatabase } from '../server/db/open.ts';
import { spawnServer } from '../server/testing/spawn-server.ts';
import { freePort } from '../server/testing/free-port.ts';

const sessionCount = Number(process.env.BENCH_SESSIONS ?? 2500);
const agentCount = Number(process.env.BENCH_AGENTS ?? 60);
const rate = Number(process.env.BENCH_RATE ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const password = 'bench password 123';

/** Runs `task` over `items` with at most `limit` in flight. */
async function inBatches<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function percentile(sorted: number[], q: number): number {
  return sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
}

function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.status} ${response.url}: ${await response.text()}`);
  return (await response.json()) as T;
}

interface Side {
  socket: WebSocket;
  lastSeq: number;
}
interface Conversation {
  sessionId: string;
  customer: Side;
  agent: Side;
}
interface InFlight {
  sentAt: number;
  delivered: number;
  acked: boolean;
}

const dataDir = mkdtempSync(join(tmpdir(), 'lantern-bench-chat-'));
let server: ChildProcess | undefined;

try {
  // Agents with passwords, written before the server starts (the product's own insert function).
  const database = openDatabase(join(dataDir, 'lantern.db'));
  const passwordHash = await hashPassword(password);
  const agentEmails: string[] = [];
  for (let i = 0; i < agentCount; i += 1) {
    const email = `agent${i}@bench.test`;
    await insertAgent(database.db, { name: `Agent ${i}`, email, role: 'agent', passwordHash }, systemActor);
    agentEmails.push(email);
  }
  database.close();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  ({ child: server } = await spawnServer({ port, dataDir, env: { LANTERN_TRUST_PROXY: '1' }, stderr: 'inherit' }));
  const pid = server.pid ?? 0;
  const siteKey = (openDatabase(join(dataDir, 'lantern.db')).sqlite.prepare('select public_key from sites limit 1').get() as { public_key: string }).public_key;
  const wsBase = base.replace(/^http/, 'ws');
  const maxChats = Math.ceil(sessionCount / agentCount) + 1;
  if (maxChats > 50) throw new Error(`an agent takes at most 50 chats: raise BENCH_AGENTS to at least ${Math.ceil(sessionCount / 49)}`);

  console.log(`Signing in ${agentCount} agents…`);
  const agentTokens = new Map<string, string>();
  const lobbies: WebSocket[] = [];
  await inBatches(agentEmails, 10, async (email) => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const session = await json<{ csrfToken: string; agent: { id: string } }>(login);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { token } = await json<{ token: string }>(
      await fetch(`${base}/api/support/chat/token`, { method: 'POST', headers: { cookie, 'x-csrf-token': session.csrfToken } }),
    );
    agentTokens.set(session.agent.id, token);
    const lobby = new WebSocket(`${wsBase}/parties/agents/lobby?token=${encodeURIComponent(token)}`, { perMessageDeflate: false });
    await new Promise<void>((ready, fail) => {
      lobby.once('open', ready);
      lobby.once('error', fail);
    });
    lobby.send(JSON.stringify({ type: 'availability', status: 'online', maxChats }));
    lobbies.push(lobby);
  });
  await new Promise((r) => setTimeout(r, 500));

  console.log(`Starting ${sessionCount} chat sessions through the widget API…`);
  const setupStarted = performance.now();
  const started = await inBatches(Array.from({ length: sessionCount }, (_, i) => i), 32, async (i) => {
    const headers = {
      'content-type': 'application/json',
      origin: base,
      'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    };
    const visitorId = `benchvisitor${String(i).padStart(8, '0')}`;
    const visitor = await json<{ token: string }>(
      await fetch(`${base}/api/widget/sites/${siteKey}/chat/visitor`, { method: 'POST', headers, body: JSON.stringify({ visitorId }) }),
    );
    const { session } = await json<{ session: { id: string; assignedAgent: { id: string } | null } }>(
      await fetch(`${base}/api/widget/sites/${siteKey}/chat/sessions`, {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${visitor.token}` },
        body: JSON.stringify({ name: `Customer ${i}` }),
      }),
    );
    if (!session.assignedAgent) throw new Error(`session ${i} was not assigned; raise BENCH_AGENTS`);
    return { sessionId: session.id, customerToken: visitor.token, agentToken: agentTokens.get(session.assignedAgent.id) ?? '' };
  });
  console.log(`  ${sessionCount} sessions in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);

  const inFlight = new Map<string, InFlight>();
  const latencies: number[] = [];
  const ackLatencies: number[] = [];
  let delivered = 0;
  let duplicated = 0;
  let errorFrames = 0;
  let unexpectedCloses = 0;
  let measuring = false;

  const open = (path: string, token: string, side: Side, onFrame: (frame: SessionServerFrame) => void) =>
    new Promise<WebSocket>((ready, fail) => {
      const socket = new WebSocket(`${wsBase}${path}?token=${encodeURIComponent(token)}`, { perMessageDeflate: false });
      socket.on('message', (data) => {
        const frame = JSON.parse(String(data)) as SessionServerFrame;
        if (frame.type === 'welcome') ready(socket);
        onFrame(frame);
      });
      socket.once('open', () => socket.send(JSON.stringify({ type: 'join', lastSeq: side.lastSeq })));
      socket.once('error', fail);
      socket.on('close', () => {
        if (measuring) unexpectedCloses += 1;
      });
    });

  const receive = (side: Side) => (frame: SessionServerFrame) => {
    const now = performance.now();
    if (frame.type === 'message') {
      side.lastSeq = Math.max(side.lastSeq, frame.message.seq);
      const entry = frame.message.clientId ? inFlight.get(frame.message.clientId) : undefined;
      if (!entry) return; // system messages and our own echoes
      entry.delivered += 1;
      if (entry.delivered === 1) {
        delivered += 1;
        latencies.push(now - entry.sentAt);
      } else duplicated += 1;
    } else if (frame.type === 'ack') {
      const entry = inFlight.get(frame.clientId);
      if (entry && !entry.acked) {
        entry.acked = true;
        ackLatencies.push(now - entry.sentAt);
      }
    } else if (frame.type === 'error') errorFrames += 1;
  };

  console.log(`Opening ${sessionCount * 2} sockets…`);
  const connectStarted = performance.now();
  const conversations: Conversation[] = await inBatches(started, 64, async (s) => {
    const customer: Side = { socket: undefined as unknown as WebSocket, lastSeq: 0 };
    const agent: Side = { socket: undefined as unknown as WebSocket, lastSeq: 0 };
    customer.socket = await open(`/parties/main/${s.sessionId}`, s.customerToken, customer, receive(customer));
    agent.socket = await open(`/parties/main/${s.sessionId}`, s.agentToken, agent, receive(agent));
    return { sessionId: s.sessionId, customer, agent };
  });
  console.log(`  connected in ${((performance.now() - connectStarted) / 1000).toFixed(1)} s`);

  console.log(`Sending ${rate} messages/s for ${seconds} s…`);
  measuring = true;
  let sent = 0;
  let sequence = 0;
  const tickMs = 10;
  const perTick = (rate * tickMs) / 1000;
  const loadStarted = performance.now();
  await new Promise<void>((done) => {
    let owed = 0;
    const timer = setInterval(() => {
      const elapsed = performance.now() - loadStarted;
      if (elapsed >= seconds * 1000) {
        clearInterval(timer);
        done();
        return;
      }
      // Catch up after a late tick so the offered rate stays what was asked.
      owed = (elapsed / 1000) * rate - sent;
      const count = Math.max(0, Math.min(Math.round(owed), perTick * 5));
      for (let i = 0; i < count; i += 1) {
        const conversation = conversations[(sequence * 7919) % conversations.length] as Conversation;
        const from = sequence % 2 === 0 ? conversation.customer : conversation.agent;
        const clientId = `b${(sequence++).toString(36).padStart(8, '0')}`;
        inFlight.set(clientId, { sentAt: performance.now(), delivered: 0, acked: false });
        from.socket.send(JSON.stringify({ type: 'message', clientId, body: `message ${clientId}` }));
        sent += 1;
      }
    }, tickMs);
  });
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const memory = rssOf(pid);
  // Let the last messages arrive and their acks come back.
  const settled = () => delivered >= sent && [...inFlight.values()].every((m) => m.acked);
  for (let waited = 0; waited < 10_000 && !settled(); waited += 100) await new Promise((r) => setTimeout(r, 100));
  measuring = false;
  const held = conversations.reduce(
    (n, c) => n + (c.customer.socket.readyState === WebSocket.OPEN ? 1 : 0) + (c.agent.socket.readyState === WebSocket.OPEN ? 1 : 0),
    0,
  );
  const acked = [...inFlight.values()].filter((m) => m.acked).length;

  for (const c of conversations) {
    c.customer.socket.close();
    c.agent.socket.close();
  }
  for (const lobby of lobbies) lobby.close();
  server.kill('SIGTERM');
  await new Promise((r) => server?.once('exit', r));

  const check = openDatabase(join(dataDir, 'lantern.db'));
  const stored = (check.sqlite.prepare("select count(*) as n from chat_messages where client_id like 'b%'").get() as { n: number }).n;
  check.close();

  latencies.sort((a, b) => a - b);
  ackLatencies.sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`
connections held      ${held.toLocaleString()} session sockets + ${lobbies.length} agent lobby sockets
messages              ${sent.toLocaleString()} sent in ${loadSeconds.toFixed(1)} s = ${(sent / loadSeconds).toFixed(0)} msg/s offered
delivered             ${delivered.toLocaleString()} (lost ${sent - delivered}, duplicated ${duplicated})
acknowledged          ${acked.toLocaleString()}; stored in SQLite ${stored.toLocaleString()}
delivery latency      p50 ${ms(percentile(latencies, 0.5))}  p95 ${ms(percentile(latencies, 0.95))}  p99 ${ms(percentile(latencies, 0.99))}  max ${ms(latencies.at(-1) ?? NaN)}
ack latency           p50 ${ms(percentile(ackLatencies, 0.5))}  p95 ${ms(percentile(ackLatencies, 0.95))}  p99 ${ms(percentile(ackLatencies, 0.99))}
server memory         RSS ${memory.rss.toFixed(0)} MiB (peak ${memory.peak.toFixed(0)} MiB)
error frames          ${errorFrames}; unexpected socket closes ${unexpectedCloses}
load average          ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (sent - delivered !== 0 || duplicated !== 0 || stored !== acked) process.exitCode = 1;
} finally {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
}
