import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chatLimits, type ChatMessage, type ChatSessionState } from '../../shared/chat/protocol.ts';
import type { TestServer } from '../testing/harness.ts';
import { newAgent, type SignedIn } from '../testing/client.ts';
import { roomsSecretHeader } from './effects.ts';
import { RoomClient } from './testing/room-client.ts';

/**
 * The chat rooms' contract, run against both hosts (rooms.inprocess.test.ts and
 * rooms.partykit.test.ts): a real Lantern server with the real REST API hands out tokens and
 * starts chats; real partysocket clients talk to the rooms, wherever they are hosted.
 */
export interface RoomsUnderTest {
  /** Started with `LANTERN_TRUST_PROXY=1` (see `roomsTestServerEnv`). */
  server: TestServer;
  /** `host:port` of the rooms, as partysocket's `host` option takes it. */
  roomsHost: string;
  /** The lobby's offline grace the rooms were started with (ms). */
  offlineGraceMs: number;
  /** Plain HTTP to a room (its onRequest), as another room or Lantern's REST routes reach it. */
  roomFetch(path: string, init: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

interface Agent {
  id: string;
  name: string;
  token: string;
  raw: SignedIn['raw'];
}

interface Visitor {
  visitorId: string;
  token: string;
}

/** Environment for the suite's Lantern server. */
export const roomsTestServerEnv = { LANTERN_TRUST_PROXY: '1' };

let sequence = 0;
const uniqueId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(sequence++).toString(36).padStart(4, '0')}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  for (const started = Date.now(); !condition(); await pause(20)) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
  }
}

export function roomsContract(label: string, start: () => Promise<RoomsUnderTest>): void {
  describe(label, () => {
    let rooms: RoomsUnderTest;
    let siteKey: string;
    let clients: RoomClient[] = [];

    beforeAll(async () => {
      rooms = await start();
      siteKey = (rooms.server.database.sqlite.prepare('select public_key from sites limit 1').get() as { public_key: string }).public_key;
    }, 90_000);

    afterAll(async () => {
      await rooms?.stop();
    }, 30_000);

    // Every test starts from an empty queue with nobody online: close what it left open.
    afterEach(async () => {
      for (const client of clients) client.close();
      clients = [];
      await pause(50);
      const { sqlite } = rooms.server.database;
      sqlite.prepare("update chat_sessions set status = 'closed', closed_at = ? where status != 'closed'").run(Date.now());
      sqlite.prepare("update agent_availability set status = 'offline'").run();
    });

    /* ───────────── fixtures: everything through the real API ───────────── */

    const widget = async <T>(path: string, body: unknown, token?: string): Promise<T> => {
      const response = await fetch(`${rooms.server.url}/api/widget/sites/${siteKey}/chat${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: rooms.server.url,
          // Each call from its own address (the server trusts the proxy header in this suite), so the
          // per-address limit on new chats never decides a test.
          'x-forwarded-for': `10.9.${Math.floor(sequence / 250) % 250}.${sequence++ % 250}`,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };

    const visitor = async (): Promise<Visitor> => {
      const visitorId = uniqueId('visitor');
      const { token } = await widget<{ token: string }>('/visitor', { visitorId });
      return { visitorId, token };
    };

    const startChat = async (who: Visitor, name = 'Casey Customer'): Promise<ChatSessionState> =>
      (await widget<{ session: ChatSessionState }>('/sessions', { name }, who.token)).session;

    const agent = async (role: 'admin' | 'agent' = 'agent', name = 'Sam Agent'): Promise<Agent> => {
      const signedIn = await newAgent(rooms.server, role, name);
      const response = await signedIn.raw('/api/support/chat/token', { method: 'POST' });
      if (!response.ok) throw new Error(`chat token: ${response.status} ${await response.text()}`);
      const { token } = (await response.json()) as { token: string };
      return { id: signedIn.agentId, name, token, raw: signedIn.raw };
    };

    const connect = (party: 'main' | 'agents', room: string, token: string) => {
      const client = new RoomClient({ host: rooms.roomsHost, party, room, token });
      clients.push(client);
      return client;
    };

    /** An agent's console in the lobby, online (with room for `maxChats`) unless told otherwise. */
    const lobby = async (who: Agent, status: 'online' | 'away' | 'offline' = 'online', maxChats = 5) => {
      const client = connect('agents', 'lobby', who.token);
      await client.next('snapshot');
      if (status !== 'offline') {
        const since = client.frames.length;
        client.send({ type: 'availability', status, maxChats });
        await client.next('agents', (frame) => frame.agents.some((a) => a.id === who.id && a.status === status), { since });
      }
      return client;
    };

    /** Opens a socket to a chat and joins it; resolves with the welcome. */
    const join = async (sessionId: string, token: string, lastSeq = 0) => {
      const client = connect('main', sessionId, token);
      await client.opened();
      client.send({ type: 'join', lastSeq });
      const welcome = await client.next('welcome');
      return { client, welcome };
    };

    /** Sends a message and waits for its ack. */
    const say = async (client: RoomClient, body: string, extra: { internal?: boolean; clientId?: string } = {}) => {
      const clientId = extra.clientId ?? uniqueId('c');
      client.send({ type: 'message', clientId, body, ...(extra.internal ? { internal: true } : {}) });
      return client.next('ack', (frame) => frame.clientId === clientId);
    };

    const storedMessages = (sessionId: string) =>
      rooms.server.database.sqlite
        .prepare('select seq, client_id as clientId, body, is_internal as internal, sender_type as senderType from chat_messages where session_id = ? order by seq')
        .all(sessionId) as { seq: number; clientId: string | null; body: string; internal: number; senderType: string }[];

    /** A chat between a fresh customer and a fresh online agent it was auto-assigned to, both joined. */
    const conversation = async () => {
      const sam = await agent();
      const samLobby = await lobby(sam);
      const casey = await visitor();
      const session = await startChat(casey);
      expect(session.assignedAgent?.id).toBe(sam.id);
      const customer = await join(session.id, casey.token);
      const agentSide = await join(session.id, sam.token);
      return { sam, samLobby, casey, session, customer: customer.client, agent: agentSide.client, welcome: customer.welcome, agentWelcome: agentSide.welcome };
    };

    const bodiesOf = (messages: readonly ChatMessage[]) => messages.map((message) => message.body);

    /* ───────────── delivery ───────────── */

    describe('delivery', () => {
      it('acks the sender after storing, then delivers to the other side, in seq order', async () => {
        const { session, customer, agent: agentSocket, sam } = await conversation();
        const first = await say(customer, 'Hello, my lamp is blinking');
        const delivered = await agentSocket.next('message', (frame) => frame.message.clientId === first.clientId);
        expect(delivered.message).toMatchObject({ seq: first.seq, id: first.id, body: 'Hello, my lamp is blinking', sender: { type: 'customer' }, internal: false });

        const reply = await say(agentSocket, 'Let me check that for you');
        expect(reply.seq).toBeGreaterThan(first.seq);
        const received = await customer.next('message', (frame) => frame.message.clientId === reply.clientId);
        expect(received.message.sender).toMatchObject({ type: 'agent', id: sam.id, name: sam.name });

        // Several at once: acks and deliveries follow the order they were sent in.
        const ids = Array.from({ length: 5 }, () => uniqueId('burst'));
        for (const [i, clientId] of ids.entries()) customer.send({ type: 'message', clientId, body: `part ${i}` });
        const acks = await Promise.all(ids.map((clientId) => customer.next('ack', (frame) => frame.clientId === clientId)));
        expect(acks.map((ack) => ack.seq)).toEqual([...acks.map((ack) => ack.seq)].sort((a, b) => a - b));
        await agentSocket.next('message', (frame) => frame.message.clientId === ids.at(-1));
        const seen = agentSocket.all('message').map((frame) => frame.message.body).filter((body) => body.startsWith('part '));
        expect(seen).toEqual(['part 0', 'part 1', 'part 2', 'part 3', 'part 4']);

        // The sender never gets its own message back as a delivery.
        expect(customer.all('message').some((frame) => frame.message.clientId === first.clientId)).toBe(false);
        const stored = storedMessages(session.id).filter((row) => row.senderType !== 'system');
        expect(stored.map((row) => row.body)).toEqual(['Hello, my lamp is blinking', 'Let me check that for you', 'part 0', 'part 1', 'part 2', 'part 3', 'part 4']);
      });

      it('never lets an internal note reach the customer socket', async () => {
        const { casey, session, customer, agent: agentSocket, sam } = await conversation();
        const secondConsole = (await join(session.id, sam.token)).client;
        const note = await say(agentSocket, 'INTERNAL: customer was rude last time', { internal: true });
        await secondConsole.next('message', (frame) => frame.message.clientId === note.clientId && frame.message.internal);
        const visible = await say(agentSocket, 'Thanks for waiting');
        await customer.next('message', (frame) => frame.message.clientId === visible.clientId);
        expect(JSON.stringify(customer.frames)).not.toContain('INTERNAL');

        // Nor on a fresh join from the start.
        const again = await join(session.id, casey.token, 0);
        expect(bodiesOf(again.welcome.messages)).toContain('Thanks for waiting');
        expect(JSON.stringify(again.welcome)).not.toContain('INTERNAL');
        const agentView = await join(session.id, sam.token, 0);
        expect(bodiesOf(agentView.welcome.messages)).toContain('INTERNAL: customer was rude last time');
      });

      it('gives a reconnecting client exactly the messages it missed', async () => {
        const { casey, session, customer, agent: agentSocket } = await conversation();
        const before = await say(agentSocket, 'before the drop');
        await customer.next('message', (frame) => frame.message.clientId === before.clientId);
        customer.close();
        await customer.closed;
        const missed = [await say(agentSocket, 'missed one'), await say(agentSocket, 'missed two')];
        const back = await join(session.id, casey.token, before.seq);
        expect(back.welcome.messages.map((message) => message.seq)).toEqual(missed.map((ack) => ack.seq));
        expect(bodiesOf(back.welcome.messages)).toEqual(['missed one', 'missed two']);
        expect(back.welcome.session).toMatchObject({ id: session.id, status: 'active' });
        // And it is live again.
        const after = await say(agentSocket, 'after the drop');
        await back.client.next('message', (frame) => frame.message.clientId === after.clientId);
      });

      it('answers a re-sent clientId with the original ack and stores it once', async () => {
        const { casey, session, customer, agent: agentSocket } = await conversation();
        const clientId = uniqueId('retry');
        const original = await say(customer, 'sent once', { clientId });
        await agentSocket.next('message', (frame) => frame.message.clientId === clientId);
        customer.close();
        const back = await join(session.id, casey.token, 0);
        const again = await say(back.client, 'sent once', { clientId });
        expect(again).toEqual(original);
        const marker = await say(back.client, 'marker');
        await agentSocket.next('message', (frame) => frame.message.clientId === marker.clientId);
        expect(agentSocket.all('message').filter((frame) => frame.message.clientId === clientId)).toHaveLength(1);
        expect(storedMessages(session.id).filter((row) => row.clientId === clientId)).toHaveLength(1);
      });

      it('serves two sockets of the same visitor', async () => {
        const { casey, session, customer, agent: agentSocket } = await conversation();
        const secondTab = (await join(session.id, casey.token)).client;
        const fromAgent = await say(agentSocket, 'to both tabs');
        await customer.next('message', (frame) => frame.message.clientId === fromAgent.clientId);
        await secondTab.next('message', (frame) => frame.message.clientId === fromAgent.clientId);
        const fromTab = await say(customer, 'typed in tab one');
        await secondTab.next('message', (frame) => frame.message.clientId === fromTab.clientId);
        await agentSocket.next('message', (frame) => frame.message.clientId === fromTab.clientId);
      });
    });

    /* ───────────── who may connect ───────────── */

    describe('authentication', () => {
      it('closes a socket with a forged token (4001)', async () => {
        const { session } = await conversation();
        const forged = connect('main', session.id, 'eyJrIjoiYSJ9.forged');
        expect((await forged.closed).code).toBe(4001);
        const noToken = connect('main', session.id, '');
        expect((await noToken.closed).code).toBe(4001);
        const forgedLobby = connect('agents', 'lobby', 'nonsense');
        expect((await forgedLobby.closed).code).toBe(4001);
      });

      it("refuses another visitor's token (4003), a visitor in the lobby (4003), an unknown chat (4004)", async () => {
        const { session } = await conversation();
        const stranger = await visitor();
        const intruder = connect('main', session.id, stranger.token);
        expect((await intruder.closed).code).toBe(4003);
        expect(intruder.all('welcome')).toHaveLength(0);
        const inLobby = connect('agents', 'lobby', stranger.token);
        expect((await inLobby.closed).code).toBe(4003);
        expect(inLobby.frames).toHaveLength(0);
        const sam = await agent();
        const unknown = connect('main', '00000000-0000-4000-8000-000000000000', sam.token);
        expect((await unknown.closed).code).toBe(4004);
      });
    });

    /* ───────────── bad input ───────────── */

    describe('bad input', () => {
      it('refuses each bad frame with a clear error, stores nothing, and keeps the socket usable', async () => {
        const { session, customer, agent: agentSocket, sam } = await conversation();
        const storedBefore = storedMessages(session.id).length;
        const cases: [string, string | object, string][] = [
          ['invalid JSON', '{"type":"message",', 'invalid_frame'],
          ['not an object', '"hello"', 'invalid_frame'],
          ['unknown type', { type: 'delete_everything' }, 'unknown_type'],
          ['frame over the byte limit', { type: 'message', clientId: uniqueId('big'), body: 'x'.repeat(chatLimits.frameBytes) }, 'too_large'],
          ['body over the character limit', { type: 'message', clientId: uniqueId('long'), body: 'y'.repeat(chatLimits.body + 1) }, 'too_large'],
          ['bad clientId', { type: 'message', clientId: 'no', body: 'hi' }, 'validation_failed'],
          ['unknown field', { type: 'message', clientId: uniqueId('extra'), body: 'hi', admin: true }, 'validation_failed'],
          ['customer accepting', { type: 'accept' }, 'forbidden'],
          ['customer transferring', { type: 'transfer', toAgentId: sam.id }, 'forbidden'],
          ['customer writing an internal note', { type: 'message', clientId: uniqueId('note'), body: 'sneaky', internal: true }, 'forbidden'],
        ];
        for (const [what, frame, code] of cases) {
          const since = customer.frames.length;
          customer.send(frame);
          const error = await customer.next('error', () => true, { since });
          expect({ what, code: error.code }).toEqual({ what, code });
          expect(error.message.length).toBeGreaterThan(5);
        }
        const agentError = agentSocket.frames.length;
        agentSocket.send({ type: 'rate', rating: 5 });
        expect((await agentSocket.next('error', () => true, { since: agentError })).code).toBe('forbidden');

        expect(customer.isOpen).toBe(true);
        const fine = await say(customer, 'still here');
        await agentSocket.next('message', (frame) => frame.message.clientId === fine.clientId);
        expect(storedMessages(session.id).length).toBe(storedBefore + 1);
        expect(JSON.stringify(agentSocket.frames)).not.toContain('sneaky');
      });

      it('limits a flood with rate_limited frames; the socket works again afterwards', async () => {
        const { session, customer, agent: agentSocket } = await conversation();
        const ids = Array.from({ length: chatLimits.burst + 10 }, () => uniqueId('flood'));
        for (const clientId of ids) customer.send({ type: 'message', clientId, body: 'spam' });
        const limited = await customer.next('error', (frame) => frame.code === 'rate_limited');
        expect(limited.retryAfterMs).toBeGreaterThan(0);
        expect(ids).toContain(limited.clientId);
        const acked = () => customer.all('ack').filter((ack) => ids.includes(ack.clientId)).length;
        const refused = () => customer.all('error').filter((frame) => frame.code === 'rate_limited').length;
        // Every frame gets exactly one answer: its ack, or the refusal.
        await until(() => acked() + refused() >= ids.length);
        await pause(100);
        expect(acked() + refused()).toBe(ids.length);
        // The burst, less the join frame this socket sent first.
        expect(acked()).toBeGreaterThanOrEqual(chatLimits.burst - 1);
        expect(storedMessages(session.id).filter((row) => row.body === 'spam')).toHaveLength(acked());

        await pause(1000 / chatLimits.perSecond + 50);
        expect(customer.isOpen).toBe(true);
        const after = await say(customer, 'calm again');
        await agentSocket.next('message', (frame) => frame.message.clientId === after.clientId);
      });
    });

    /* ───────────── typing, reads, presence ───────────── */

    describe('typing, reads and presence', () => {
      it('passes typing to the other side only, and read positions to everyone', async () => {
        const { customer, agent: agentSocket, sam } = await conversation();
        customer.send({ type: 'typing', typing: true });
        const typing = await agentSocket.next('typing');
        expect(typing).toMatchObject({ typing: true, sender: { type: 'customer' } });
        agentSocket.send({ type: 'typing', typing: true });
        expect(await customer.next('typing')).toMatchObject({ typing: true, sender: { type: 'agent', id: sam.id } });
        expect(customer.all('typing').every((frame) => frame.sender.type === 'agent')).toBe(true);
        // Nothing typed is stored.

        const message = await say(customer, 'read me');
        await agentSocket.next('message', (frame) => frame.message.clientId === message.clientId);
        agentSocket.send({ type: 'read', seq: message.seq });
        expect((await customer.next('read', (frame) => frame.reads.agent >= message.seq)).reads.agent).toBe(message.seq);
      });

      it('tells the room who is here when sockets come and go', async () => {
        const { casey, session, customer, agent: agentSocket, sam, welcome, agentWelcome } = await conversation();
        // The customer came first: the agent's arrival is announced to them; the agent sees them in its welcome.
        expect(welcome.presence).toEqual({ customer: true, agents: [] });
        const arrived = await customer.next('presence', (frame) => frame.presence.agents.some((a) => a.id === sam.id));
        expect(arrived.presence.customer).toBe(true);
        expect(agentWelcome.presence).toMatchObject({ customer: true, agents: [{ id: sam.id, name: sam.name }] });
        customer.close();
        await agentSocket.next('presence', (frame) => !frame.presence.customer);
        const back = await join(session.id, casey.token);
        expect(back.welcome.presence.agents.map((a) => a.id)).toEqual([sam.id]);
        await agentSocket.next('presence', (frame) => frame.presence.customer, { since: agentSocket.frames.length - 1 });
      });
    });

    /* ───────────── accept, transfer, close, rate ───────────── */

    describe('session flows', () => {
      it('lets an agent accept a waiting chat, with a system message and a session update for both sides', async () => {
        const sam = await agent();
        const samLobby = await lobby(sam, 'away');
        const casey = await visitor();
        const session = await startChat(casey);
        expect(session).toMatchObject({ status: 'waiting', assignedAgent: null, queuePosition: 1 });
        await samLobby.next('chat', (frame) => frame.chat.id === session.id && frame.chat.status === 'waiting');
        const customer = (await join(session.id, casey.token)).client;
        const agentSide = (await join(session.id, sam.token)).client;
        agentSide.send({ type: 'accept' });
        const update = await customer.next('session', (frame) => frame.session.status === 'active');
        expect(update.session.assignedAgent?.id).toBe(sam.id);
        expect(update.session.queuePosition).toBeNull();
        const system = await customer.next('message', (frame) => frame.message.sender.type === 'system');
        expect(system.message.kind).toBe('system');
        await agentSide.next('session', (frame) => frame.session.assignedAgent?.id === sam.id);
        await samLobby.next('assigned', (frame) => frame.chat.id === session.id && frame.reason === 'accept');
      });

      it('transfers a chat to another agent, who is notified in the lobby', async () => {
        const { session, customer, agent: agentSocket, sam, samLobby } = await conversation();
        const kim = await agent('agent', 'Kim Agent');
        const kimLobby = await lobby(kim);
        agentSocket.send({ type: 'transfer', toAgentId: kim.id, note: 'Kim knows lamps' });
        const moved = await customer.next('session', (frame) => frame.session.assignedAgent?.id === kim.id);
        expect(moved.session.status).toBe('active');
        await customer.next('message', (frame) => frame.message.sender.type === 'system');
        const notice = await kimLobby.next('assigned', (frame) => frame.chat.id === session.id);
        expect(notice.reason).toBe('transfer');
        await samLobby.next('chat', (frame) => frame.chat.id === session.id && frame.chat.assignedAgent?.id === kim.id);
        expect(sam.id).not.toBe(kim.id);
      });

      it('closes from either side, refuses later messages, and takes the rating from the customer only', async () => {
        const { session, customer, agent: agentSocket } = await conversation();
        customer.send({ type: 'close' });
        await agentSocket.next('session', (frame) => frame.session.status === 'closed');
        await agentSocket.next('message', (frame) => frame.message.sender.type === 'system');
        const late = uniqueId('late');
        customer.send({ type: 'message', clientId: late, body: 'one more thing' });
        const refused = await customer.next('error', (frame) => frame.clientId === late);
        expect(refused.code).toBe('closed');
        expect(storedMessages(session.id).some((row) => row.clientId === late)).toBe(false);

        customer.send({ type: 'rate', rating: 5, comment: 'Quick and kind' });
        const rated = await agentSocket.next('session', (frame) => frame.session.rating === 5);
        expect(rated.session.status).toBe('closed');
      });

      it('lets the agent end the chat', async () => {
        const { customer, agent: agentSocket } = await conversation();
        agentSocket.send({ type: 'close' });
        const closed = await customer.next('session', (frame) => frame.session.status === 'closed');
        expect(closed.session.closedAt).not.toBeNull();
      });
    });

    /* ───────────── effects from outside the room ───────────── */

    describe('effects', () => {
      it('brings a change made over REST into the room (convert to ticket)', async () => {
        const { sam, session, customer, agent: agentSocket } = await conversation();
        const converted = await sam.raw(`/api/support/chats/${session.id}/convert`, { method: 'POST' });
        expect(converted.status).toBe(201);
        const { ticket } = (await converted.json()) as { ticket: { id: string } };
        const update = await customer.next('session', (frame) => frame.session.convertedTicketId === ticket.id);
        expect(update.session.id).toBe(session.id);
        await agentSocket.next('session', (frame) => frame.session.convertedTicketId === ticket.id);
        // The system message the REST change wrote reaches both sides, once.
        const system = await customer.next('message', (frame) => frame.message.sender.type === 'system' && frame.message.seq > 1);
        await agentSocket.next('message', (frame) => frame.message.id === system.message.id);
        const next = await say(agentSocket, 'after the conversion');
        await customer.next('message', (frame) => frame.message.clientId === next.clientId);
        expect(customer.all('message').filter((frame) => frame.message.id === system.message.id)).toHaveLength(1);
      });

      it('accepts room requests only with the rooms secret', async () => {
        const { session, customer } = await conversation();
        const refresh = (headers: Record<string, string>) =>
          rooms.roomFetch(`/parties/main/${session.id}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ type: 'refresh' }),
          });
        expect((await refresh({})).status).toBe(401);
        expect((await refresh({ [roomsSecretHeader]: 'x'.repeat(43) })).status).toBe(401);
        const lobbyForged = await rooms.roomFetch('/parties/agents/lobby', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'lobby', sessionId: session.id, queueChanged: true }),
        });
        expect(lobbyForged.status).toBe(401);
        const since = customer.frames.length;
        expect((await refresh({ [roomsSecretHeader]: rooms.server.config.roomsSecret })).status).toBe(200);
        await customer.next('session', (frame) => frame.session.id === session.id, { since });
      });
    });

    /* ───────────── lobby: queue, assignment, presence ───────────── */

    describe('lobby', () => {
      it('moves waiting customers up the queue when a chat ahead is taken', async () => {
        const sam = await agent();
        const samLobby = await lobby(sam, 'away');
        const first = await visitor();
        const second = await visitor();
        const ahead = await startChat(first, 'First Customer');
        const behind = await startChat(second, 'Second Customer');
        expect(ahead.queuePosition).toBe(1);
        expect(behind.queuePosition).toBe(2);
        const secondSocket = await join(behind.id, second.token);
        expect(secondSocket.welcome.session.queuePosition).toBe(2);
        await samLobby.next('queue', (frame) => frame.queue.some((chat) => chat.id === behind.id));

        const samInFirst = (await join(ahead.id, sam.token)).client;
        samInFirst.send({ type: 'accept' });
        const moved = await secondSocket.client.next('session', (frame) => frame.session.queuePosition === 1);
        expect(moved.session.status).toBe('waiting');
        const queue = await samLobby.next('queue', (frame) => !frame.queue.some((chat) => chat.id === ahead.id));
        expect(queue.queue.map((chat) => chat.id)).toEqual([behind.id]);
      });

      it('sends the assigned agent an "assigned" notice on auto-assignment, and the chat in their snapshot', async () => {
        const sam = await agent();
        const samLobby = await lobby(sam);
        const casey = await visitor();
        const session = await startChat(casey);
        expect(session.assignedAgent?.id).toBe(sam.id);
        const notice = await samLobby.next('assigned', (frame) => frame.chat.id === session.id);
        expect(notice.reason).toBe('auto');
        expect(notice.chat.status).toBe('active');
        const secondConsole = connect('agents', 'lobby', sam.token);
        const snapshot = await secondConsole.next('snapshot');
        expect(snapshot.mine.map((chat) => chat.id)).toContain(session.id);
      });

      it('shows who has a console open, and marks an agent offline after the grace period', async () => {
        const sam = await agent();
        const kim = await agent('agent', 'Kim Agent');
        const samLobby = await lobby(sam);
        const kimLobby = await lobby(kim);
        await samLobby.next('agents', (frame) => frame.agents.some((a) => a.id === kim.id && a.connected && a.status === 'online'));
        kimLobby.close();
        await samLobby.next('agents', (frame) => frame.agents.some((a) => a.id === kim.id && !a.connected && a.status === 'online'));
        await samLobby.next('agents', (frame) => frame.agents.some((a) => a.id === kim.id && a.status === 'offline'), {
          timeoutMs: rooms.offlineGraceMs + 5_000,
        });
      });

      it('refuses bad lobby frames and keeps the socket', async () => {
        const sam = await agent();
        const samLobby = await lobby(sam, 'offline');
        samLobby.send('not json');
        expect((await samLobby.next('error')).code).toBe('invalid_frame');
        samLobby.send({ type: 'availability', status: 'asleep' });
        await samLobby.next('error', (frame) => frame.code === 'validation_failed');
        samLobby.send({ type: 'availability', status: 'online', maxChats: 2 });
        await samLobby.next('agents', (frame) => frame.agents.some((a) => a.id === sam.id && a.status === 'online' && a.maxChats === 2));
        // Saying the same again is still answered: the console waits for that answer.
        const since = samLobby.frames.length;
        samLobby.send({ type: 'availability', status: 'online', maxChats: 2 });
        await samLobby.next('agents', (frame) => frame.agents.some((a) => a.id === sam.id && a.status === 'online'), { since });
      });
    });
  });
}
