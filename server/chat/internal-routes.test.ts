import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatMessages } from '../db/schema.ts';
import { HttpChatStore } from '../rooms/http-store.ts';
import { ChatRuleError } from '../rooms/store.ts';
import { tableCounts } from '../testing/client.ts';
import { agent, newClientId, startChatAs, startChatServer, visitor, type ChatFixture, type TestAgent, type TestVisitor } from './testing/fixtures.ts';

/**
 * POST /api/internal/rooms/:method, the store for rooms on PartyKit: nothing without the rooms
 * secret, every argument checked, and the HTTP store answering like the in-process one.
 */

let fx: ChatFixture;
let http: HttpChatStore;
let sam: TestAgent;
let ana: TestVisitor;
let sessionId: string;
beforeAll(async () => {
  fx = await startChatServer();
  http = new HttpChatStore({ apiUrl: `${fx.server.url}/`, secret: fx.server.config.roomsSecret });
  sam = await agent(fx, 'agent', 'Sam');
  ana = await visitor(fx);
  sessionId = (await startChatAs(fx, ana, { name: 'Ana', message: 'Hello' })).session.id;
});
afterAll(() => fx?.server.close());

const rpc = (method: string, body: string, authorization?: string) =>
  fetch(`${fx.server.url}/api/internal/rooms/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body,
  });

const append = (clientId = newClientId()) =>
  JSON.stringify([{ sessionId, who: ana.who, clientId, body: 'sneaky', attachmentIds: [], internal: false }]);

describe('internal rooms RPC', () => {
  it('refuses a missing or wrong secret with 401 and does nothing', async () => {
    const before = tableCounts(fx.server);
    const secret = fx.server.config.roomsSecret;
    for (const authorization of [undefined, '', 'Bearer', `Bearer ${secret}x`, `Bearer ${secret.slice(0, -1)}`, `Basic ${secret}`, `Bearer ${fx.server.config.secret}`]) {
      const response = await rpc('appendMessage', append(), authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    }
    const wrong = new HttpChatStore({ apiUrl: fx.server.url, secret: 'not-the-rooms-secret-not-the-rooms-secret' });
    await expect(wrong.appendMessage({ sessionId, who: ana.who, clientId: newClientId(), body: 'x', attachmentIds: [], internal: false })).rejects.toThrow(/HTTP 401/);
    expect(tableCounts(fx.server)).toEqual(before);
  });

  it('checks every argument: wrong shapes are 422 with fields, bad JSON 400, unknown methods 404; nothing written', async () => {
    const before = tableCounts(fx.server);
    const auth = `Bearer ${fx.server.config.roomsSecret}`;
    const cases: [string, string, number][] = [
      ['appendMessage', '{"not":"an array"}', 422],
      ['appendMessage', JSON.stringify([{ sessionId, who: { kind: 'visitor', siteId: fx.site.id, visitorId: ana.who.visitorId, verified: true, extra: 1 }, clientId: newClientId(), body: 'x', attachmentIds: [], internal: false }]), 422],
      ['appendMessage', JSON.stringify([{ sessionId, who: ana.who, clientId: 'bad id!', body: 'x', attachmentIds: [], internal: false }]), 422],
      ['appendMessage', JSON.stringify([{ sessionId, who: ana.who, clientId: newClientId(), body: 'x'.repeat(4001), attachmentIds: [], internal: false }]), 422],
      ['markRead', JSON.stringify([sessionId, sam.who, -1]), 422],
      ['rate', JSON.stringify([sessionId, ana.who, 9]), 422],
      ['setAvailability', JSON.stringify([sam.who, 'busy']), 422],
      ['queue', JSON.stringify([1]), 422],
      ['appendMessage', '[{', 400],
      ['dropTables', '[]', 404],
      ['constructor', '[]', 404],
      ['__proto__', '[]', 404],
    ];
    for (const [method, body, status] of cases) {
      const response = await rpc(method, body, auth);
      expect(response.status, `${method} ${body.slice(0, 60)}`).toBe(status);
      if (status === 422) expect(((await response.json()) as { error: { fields: object } }).error.fields).toBeTypeOf('object');
    }
    expect(tableCounts(fx.server)).toEqual(before);
  });

  it('answers like the in-process store, and refusals come back as the same ChatRuleError', async () => {
    const token = (await sam.signedIn.api.chats.token()).token;
    expect(await http.authenticate(token)).toEqual(sam.who);
    expect(await http.authenticate('forged.token')).toBeNull();
    expect(await http.openSession(sessionId, ana.who)).toEqual(await fx.store.openSession(sessionId, ana.who));

    const stranger = await visitor(fx);
    expect(await http.openSession(sessionId, stranger.who)).toBeNull();
    const refused = await http.appendMessage({ sessionId, who: stranger.who, clientId: newClientId(), body: 'hi', attachmentIds: [], internal: false }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ChatRuleError);
    expect(refused).toMatchObject({ code: 'not_found' });

    const sent = await http.appendMessage({ sessionId, who: ana.who, clientId: newClientId(), body: 'Over HTTP', attachmentIds: [], internal: false });
    expect(sent).toMatchObject({ duplicate: false, message: { body: 'Over HTTP', sender: { type: 'customer', name: 'Ana' } }, effects: [{ kind: 'lobby', sessionId }] });
    expect(fx.server.database.db.select().from(chatMessages).where(eq(chatMessages.id, sent.message.id)).get()).toBeDefined();

    const { agents, effects } = await http.setAvailability(sam.who, 'online', 2);
    expect(agents.find((a) => a.id === sam.who.agentId)?.status).toBe('online');
    expect(effects).toContainEqual({ kind: 'lobby', sessionId, assigned: { agentId: sam.who.agentId, reason: 'auto' }, queueChanged: true });
    expect(await http.lobbySnapshot(sam.who)).toEqual(await fx.store.lobbySnapshot(sam.who));
    expect(await http.queue()).toEqual([]);
    expect(await http.agentsPresence()).toEqual(await fx.store.agentsPresence());
    expect(await http.chatSummary(sessionId, null)).toEqual(await fx.store.chatSummary(sessionId, null));
    expect(await http.readState(sessionId)).toEqual(await fx.store.readState(sessionId));

    const kim = await agent(fx, 'agent', 'Kim');
    const moved = await http.transfer(sessionId, sam.who, kim.who.agentId, undefined);
    expect(moved.messages[0]?.body).toBe('Transferred from Sam to Kim');
    await expect(http.rate(sessionId, ana.who, 5, undefined)).rejects.toMatchObject({ code: 'conflict' });
    await http.close(sessionId, ana.who);
    await expect(http.accept(sessionId, kim.who)).rejects.toMatchObject({ code: 'closed' });
    expect((await http.rate(sessionId, ana.who, 5, undefined)).session.rating).toBe(5);
    expect((await http.messagesAfter(sessionId, 0, 'customer')).at(-1)?.body).toBe('Ana ended the chat');
  });
});
