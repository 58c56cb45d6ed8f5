import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAgent, type SignedIn } from '../../testing/client.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { analyticsVersionReader, createChangeFeed } from './change-feed.ts';
import { liveRoutes } from './routes.ts';

/** Reads server-sent events off a fetch body, as a browser's EventSource would. */
function eventReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    /** The next block (event or comment) that satisfies `match`, within `timeoutMs`. */
    async next(match: (block: string) => boolean, timeoutMs = 5000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (match(block)) return block;
          continue;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms; buffered: ${JSON.stringify(buffer)}`);
        const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), left))]);
        if (chunk === null) continue;
        if (chunk.done) throw new Error('stream ended');
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

const dataOf = (block: string) => JSON.parse(block.split('\n').find((line) => line.startsWith('data: '))?.slice(6) ?? 'null') as { version: number };

let server: TestServer;
let agent: SignedIn;
let customerId: string;

beforeAll(async () => {
  server = await startTestServer();
  agent = await newAgent(server, 'agent');
  customerId = (await agent.api.customers.create({ name: 'Grace Hopper', email: 'grace@navy.example' })).id;
});
afterAll(() => server.close());

describe('GET /api/support/analytics/stream', () => {
  it('sends a change event when a ticket is created through the API', async () => {
    const controller = new AbortController();
    const response = await agent.raw('/api/support/analytics/stream', { signal: controller.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = eventReader(response.body as ReadableStream<Uint8Array>);
    await events.next((block) => block === ': connected');
    const before = Number(server.database.sqlite.prepare('select version from analytics_state where id = 1').pluck().get());

    await agent.api.tickets.create({ subject: 'Invoice missing', description: 'Where is my invoice?', customerId, priority: 'medium', channel: 'email', status: 'open', tags: [] });
    const change = await events.next((block) => block.startsWith('event: change'));
    expect(dataOf(change).version).toBeGreaterThan(before);
    expect(change).toContain(`id: ${dataOf(change).version}`);
    controller.abort();
  });

  it('tells a reconnecting client at once what it missed (Last-Event-ID)', async () => {
    const response = await agent.raw('/api/support/analytics/stream', { headers: { 'last-event-id': '0' } });
    const events = eventReader(response.body as ReadableStream<Uint8Array>);
    const change = await events.next((block) => block.startsWith('event: change'), 2000);
    expect(dataOf(change).version).toBeGreaterThan(0);
    await events.cancel();
  });

  it('refuses anonymous callers', async () => {
    const response = await fetch(`${server.url}/api/support/analytics/stream`);
    expect(response.status).toBe(401);
  });
});

describe('the stream and its shared poller', () => {
  let feedServer: Server;
  let url: string;
  let shared: ReturnType<typeof createChangeFeed>;

  beforeAll(async () => {
    shared = createChangeFeed(analyticsVersionReader(server.database.sqlite), { intervalMs: 100 });
    const app = new Hono().route('/', liveRoutes(server.deps, shared));
    feedServer = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
    });
    url = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/stream`;
  });
  afterAll(() => new Promise<void>((resolve) => {
    feedServer.closeAllConnections();
    feedServer.close(() => resolve());
  }));

  it('shares one poller among clients and lets go of each one that disconnects', async () => {
    const clients = await Promise.all([0, 1, 2].map(async () => {
      const controller = new AbortController();
      const response = await fetch(url, { signal: controller.signal });
      const events = eventReader(response.body as ReadableStream<Uint8Array>);
      await events.next((block) => block === ': connected');
      return { controller, events };
    }));
    expect(shared.listeners()).toBe(3);

    await agent.api.tickets.create({ subject: 'Password reset', description: 'No email arrives', customerId, priority: 'low', channel: 'web', status: 'open', tags: [] });
    const versions = await Promise.all(clients.map(({ events }) => events.next((block) => block.startsWith('event: change')).then(dataOf)));
    expect(new Set(versions.map((v) => v.version)).size).toBe(1);

    for (const { controller } of clients) controller.abort();
    const deadline = Date.now() + 3000;
    while (shared.listeners() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shared.listeners()).toBe(0);
  });
});
