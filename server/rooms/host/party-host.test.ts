import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type * as Party from 'partykit/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.ts';
import EchoRoom from './fixtures/echo-room.ts';
import { describeHostContract } from './fixtures/host-contract.ts';
import OtherRoom from './fixtures/other-room.ts';
import { TestClient } from './fixtures/test-client.ts';
import { PartyHost, type PartyHostOptions } from './index.ts';

const greeting = 'hello from lantern';

interface Running {
  host: PartyHost;
  address: string;
  logs: string[];
  stop(): Promise<void>;
}

/** Our host on an ephemeral port, mounted the way the app mounts it: upgrades plus `fetch`. */
async function startHost(options: Partial<PartyHostOptions> = {}): Promise<Running> {
  const logs: string[] = [];
  const host = new PartyHost({
    parties: { main: EchoRoom, other: OtherRoom },
    env: { GREETING: greeting },
    logger: createLogger('debug', (line) => logs.push(line)),
    ...options,
  });
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: host.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started as Server));
  });
  host.attach(server);
  const { port } = server.address() as AddressInfo;
  return {
    host,
    address: `127.0.0.1:${port}`,
    logs,
    stop: async () => {
      await host.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let shared: Running;
beforeAll(async () => {
  shared = await startHost();
});
afterAll(() => shared.stop());

describeHostContract('PartyHost', () => ({ host: shared.address, greeting }));

describe('PartyHost beyond the contract', () => {
  const running: Running[] = [];
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.ws.terminate();
    await Promise.all(running.splice(0).map((host) => host.stop()));
  });
  async function ownHost(options: Partial<PartyHostOptions>) {
    const host = await startHost(options);
    running.push(host);
    return host;
  }
  async function connect(address: string, path: string) {
    const client = await TestClient.open(`ws://${address}${path}`);
    clients.push(client);
    return client;
  }
  const room = () => `room-${randomUUID()}`;

  it('holds every early connection until onStart is done, not only the first', async () => {
    const id = room();
    const clients = await Promise.all(Array.from({ length: 5 }, () => connect(shared.address, `/parties/main/${id}`)));
    for (const client of clients) expect(await client.next('welcome')).toMatchObject({ started: true, startCalls: 1 });
  });

  it('refuses upgrades it cannot route', async () => {
    const base = `ws://${shared.address}`;
    expect(await TestClient.refusal(`${base}/parties/nope/${room()}`)).toBe(404);
    expect(await TestClient.refusal(`${base}/parties/main/bad%zzid`)).toBe(400);
    expect(await TestClient.refusal(`${base}/parties/main`)).toBe(400);
    expect(await TestClient.refusal(`${base}/not-a-party`)).toBe(404);
  });

  it('answers HTTP for rooms without onRequest with 405, and a throwing onRequest with 500', async () => {
    class Quiet implements Party.Server {
      onConnect() {}
    }
    class Broken implements Party.Server {
      onRequest(): Response {
        throw new Error('broken onRequest');
      }
    }
    const { address, logs } = await ownHost({ parties: { main: Quiet, broken: Broken } });
    expect((await fetch(`http://${address}/parties/main/${room()}`)).status).toBe(405);
    expect((await fetch(`http://${address}/parties/broken/${room()}`)).status).toBe(500);
    expect((await fetch(`http://${address}/parties/main/bad%zz`)).status).toBe(400);
    expect(logs.some((line) => line.includes('broken onRequest'))).toBe(true);
  });

  it('closes a socket that sends a frame above maxPayloadBytes with 1009', async () => {
    const { address } = await ownHost({ maxPayloadBytes: 1024 });
    const client = await connect(address, `/parties/main/${room()}`);
    await client.next('welcome');
    client.ws.send('x'.repeat(2048));
    expect((await client.closed).code).toBe(1009);
  });

  it('logs what handlers throw and keeps the connection and other rooms working', async () => {
    class ThrowsAtOnce implements Party.Server {
      onMessage(): void {
        throw new Error('sync onMessage failure');
      }
    }
    const { address, logs } = await ownHost({ parties: { main: EchoRoom, other: OtherRoom, sync: ThrowsAtOnce } });
    const thrower = await connect(address, `/parties/main/${room()}`);
    const bystander = await connect(address, `/parties/main/${room()}`);
    const syncThrower = await connect(address, `/parties/sync/${room()}`);
    await thrower.next('welcome');
    await bystander.next('welcome');

    thrower.send({ op: 'throw' });
    syncThrower.send({ op: 'anything' });
    expect(await thrower.ask({ op: 'echo', data: 1 }, 'echo')).toMatchObject({ data: 1 });
    expect(await bystander.ask({ op: 'echo', data: 2 }, 'echo')).toMatchObject({ data: 2 });
    await expect.poll(() => logs.filter((line) => line.includes('onMessage')).length).toBe(2);
    expect(logs.join('\n')).toContain('onMessage asked to throw');
    expect(logs.join('\n')).toContain('sync onMessage failure');
    expect(syncThrower.ws.readyState).toBe(syncThrower.ws.OPEN);
  });

  it('retries onStart with a fresh instance after it failed', async () => {
    let starts = 0;
    class FailsFirst implements Party.Server {
      constructor(readonly room: Party.Room) {}
      onStart() {
        starts += 1;
        if (starts === 1) throw new Error('first start fails');
      }
      onConnect(connection: Party.Connection) {
        connection.send(JSON.stringify({ type: 'welcome', starts }));
      }
    }
    const { address } = await ownHost({ parties: { main: FailsFirst } });
    const id = room();
    const first = await connect(address, `/parties/main/${id}`);
    expect((await first.closed).code).toBe(1011);
    const second = await connect(address, `/parties/main/${id}`);
    expect(await second.next('welcome')).toMatchObject({ starts: 2 });
  });

  it('delivers messages sent during a slow onConnect after it, in order', async () => {
    class SlowConnect implements Party.Server {
      async onConnect(connection: Party.Connection) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        connection.setState({ ready: true });
      }
      onMessage(message: string | ArrayBuffer | ArrayBufferView, sender: Party.Connection<{ ready: boolean }>) {
        sender.send(JSON.stringify({ type: 'reply', message, ready: sender.state?.ready ?? false }));
      }
    }
    const { address } = await ownHost({ parties: { main: SlowConnect } });
    const client = await connect(address, `/parties/main/${room()}`);
    client.ws.send('one');
    client.ws.send('two');
    expect(await client.next('reply')).toMatchObject({ message: 'one', ready: true });
    expect(await client.next('reply')).toMatchObject({ message: 'two', ready: true });
  });

  it('evicts a room once it has been idle, and a later visitor gets a fresh instance', async () => {
    const { address, host } = await ownHost({ idleEvictionMs: 100 });
    const id = room();
    const first = await connect(address, `/parties/main/${id}`);
    const { instance } = await first.next('welcome');

    // Busy rooms stay, however long it takes.
    await new Promise((resolve) => setTimeout(resolve, 250));
    const second = await connect(address, `/parties/main/${id}`);
    expect(await second.next('welcome')).toMatchObject({ instance });

    await Promise.all([first.close(), second.close()]);
    await expect.poll(() => host.roomCount, { timeout: 2_000 }).toBe(0);
    const third = await connect(address, `/parties/main/${id}`);
    const fresh = await third.next('welcome');
    expect(fresh.instance).not.toBe(instance);
    expect(fresh).toMatchObject({ startCalls: 1 });
  });

  it('keeps the newer connection when an older one with the same id closes', async () => {
    const id = room();
    const older = await connect(shared.address, `/parties/main/${id}?_pk=same`);
    await older.next('welcome');
    const newer = await connect(shared.address, `/parties/main/${id}?_pk=same`);
    await newer.next('welcome');
    await older.close();
    // The fixture announces every close, the older socket's too; the id stays taken by the newer.
    expect(await newer.next('left')).toMatchObject({ id: 'same' });
    expect(await newer.ask({ op: 'lookup', id: 'same' }, 'lookup')).toMatchObject({ found: 'same' });
    expect(await newer.ask({ op: 'echo', data: 'ok' }, 'echo')).toMatchObject({ data: 'ok' });
  });

  it('closes a client that stops reading with 1013 instead of buffering without bound', async () => {
    const { address } = await ownHost({ maxBufferedBytes: 256 * 1024 });
    const client = await connect(address, `/parties/main/${room()}`);
    await client.next('welcome');
    client.ws.pause();
    client.send({ op: 'flood', count: 800, size: 64 * 1024 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    client.ws.resume();
    expect((await client.closed).code).toBe(1013);
  });

  it('close() closes every socket with 1001, calls no handlers and refuses newcomers', async () => {
    let closes = 0;
    class CountsCloses implements Party.Server {
      onConnect(connection: Party.Connection) {
        connection.send(JSON.stringify({ type: 'welcome' }));
      }
      onClose() {
        closes += 1;
      }
    }
    const running = await startHost({ parties: { main: CountsCloses } });
    const id = room();
    const a = await connect(running.address, `/parties/main/${id}`);
    const b = await connect(running.address, `/parties/main/${room()}`);
    await Promise.all([a.next('welcome'), b.next('welcome')]);

    await running.host.close();
    expect((await a.closed).code).toBe(1001);
    expect((await b.closed).code).toBe(1001);
    expect(closes).toBe(0);
    expect(await TestClient.refusal(`ws://${running.address}/parties/main/${id}`)).toBe(503);
    expect((await fetch(`http://${running.address}/parties/main/${id}`)).status).toBe(503);
    await running.stop();
  });
});
