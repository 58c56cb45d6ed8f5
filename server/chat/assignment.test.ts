import { eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { agentAvailability, chatSessions, chatTransfers } from '../db/schema.ts';
import type { RoomEffect } from '../rooms/store.ts';
import { startSession } from './sessions.ts';
import { agent, newVisitorId, startChatServer, type ChatFixture, type TestAgent } from './testing/fixtures.ts';

/**
 * Routing: least-loaded online agent with room, round robin on ties, a queue when everyone is
 * full (most urgent, then longest waiting first), drained as soon as room appears; accept,
 * transfer, close and rating with their system messages and rules. Each test gets its own server.
 */

let fx: ChatFixture;
beforeEach(async () => {
  await fx?.server.close();
  fx = await startChatServer();
});
afterAll(() => fx?.server.close());

async function start(name = 'Customer') {
  return startSession(fx.chat, { visitor: { kind: 'visitor', siteId: fx.site.id, visitorId: newVisitorId(), verified: false }, name, message: `Hi, I am ${name}` });
}

const assigneeOf = (sessionId: string) =>
  fx.server.database.db.select({ a: chatSessions.assignedAgentId }).from(chatSessions).where(eq(chatSessions.id, sessionId)).get()?.a ?? null;

const lobbyFor = (effects: RoomEffect[], sessionId: string) => effects.find((e) => e.kind === 'lobby' && e.sessionId === sessionId);

async function online(a: TestAgent, maxChats?: number) {
  return fx.store.setAvailability(a.who, 'online', maxChats);
}

describe('auto-assignment', () => {
  it('waits in the queue while nobody is online, then goes to the first agent who comes online', async () => {
    const sam = await agent(fx, 'agent', 'Sam');
    const first = await start('First');
    expect(first.session).toMatchObject({ status: 'waiting', queuePosition: 1, assignedAgent: null });
    expect(lobbyFor(first.effects, first.session.id)).toEqual({ kind: 'lobby', sessionId: first.session.id, queueChanged: true });
    const second = await start('Second');
    expect(second.session.queuePosition).toBe(2);

    const { effects, agents } = await online(sam, 1);
    expect(agents.find((a) => a.id === sam.who.agentId)).toMatchObject({ status: 'online', maxChats: 1, activeChats: 1 });
    expect(lobbyFor(effects, first.session.id)).toEqual({ kind: 'lobby', sessionId: first.session.id, assigned: { agentId: sam.who.agentId, reason: 'auto' }, queueChanged: true });
    expect(effects).toContainEqual({ kind: 'session', sessionId: first.session.id });
    expect(assigneeOf(first.session.id)).toBe(sam.who.agentId);
    expect(assigneeOf(second.session.id)).toBeNull();
    expect(await fx.store.openSession(second.session.id, sam.who)).toMatchObject({ status: 'waiting', queuePosition: 1 });

    const joined = await fx.store.messagesAfter(first.session.id, 1, 'customer');
    expect(joined).toMatchObject([{ sender: { type: 'system' }, body: 'Sam joined the chat', seq: 2 }]);
  });

  it('gives each chat to the least-loaded agent, taking turns on ties, and never over an agent’s limit', async () => {
    const ann = await agent(fx, 'agent', 'Ann');
    const bob = await agent(fx, 'agent', 'Bob');
    const cat = await agent(fx, 'agent', 'Cat');
    await online(ann, 2);
    await online(bob, 2);
    await online(cat, 1);
    const order: (string | null)[] = [];
    for (let i = 0; i < 5; i += 1) order.push((await start(`C${i}`)).session.assignedAgent?.name ?? null);
    // Ann, Bob, Cat each get one (never-assigned first, then by who waited longest); then Cat is full.
    expect(order.slice(0, 3).sort()).toEqual(['Ann', 'Bob', 'Cat']);
    expect(order.slice(3).sort()).toEqual(['Ann', 'Bob']);
    // The two with room took turns: the one assigned longer ago went first.
    expect(order[3]).toBe(order.slice(0, 3).find((name) => name !== 'Cat'));
    const loads = (await fx.store.agentsPresence()).map((a) => [a.name, a.activeChats, a.maxChats]);
    expect(loads).toEqual([
      ['Ann', 2, 2],
      ['Bob', 2, 2],
      ['Cat', 1, 1],
    ]);
    // Everyone is full: the next one waits.
    const sixth = await start('C5');
    expect(sixth.session).toMatchObject({ status: 'waiting', queuePosition: 1 });
  });

  it('ignores agents who are away, offline or deactivated', async () => {
    const away = await agent(fx, 'agent', 'Away');
    const gone = await agent(fx, 'agent', 'Gone');
    await fx.store.setAvailability(away.who, 'away', 5);
    await online(gone, 5);
    await gone.signedIn.api.auth.me(); // signed in, then deactivated by an admin:
    const admin = await agent(fx, 'admin', 'Boss');
    await admin.signedIn.api.agents.update(gone.who.agentId, { active: false });
    const chat = await start();
    expect(chat.session.status).toBe('waiting');
  });

  it('serves the queue most urgent first, then longest waiting, when room appears', async () => {
    const sam = await agent(fx, 'agent', 'Sam');
    const older = await start('Older');
    const newer = await start('Newer');
    const urgent = await start('Urgent');
    fx.server.database.db.update(chatSessions).set({ priority: 'urgent' }).where(eq(chatSessions.id, urgent.session.id)).run();
    expect((await fx.store.queue()).map((c) => c.customer.name)).toEqual(['Urgent', 'Older', 'Newer']);
    expect((await fx.store.openSession(older.session.id, sam.who))?.queuePosition).toBe(2);

    await online(sam, 1);
    expect(assigneeOf(urgent.session.id)).toBe(sam.who.agentId);
    // Raising the limit makes room at once, for the longest waiting.
    const { effects } = await online(sam, 2);
    expect(lobbyFor(effects, older.session.id)).toMatchObject({ assigned: { agentId: sam.who.agentId, reason: 'auto' } });
    expect(assigneeOf(newer.session.id)).toBeNull();

    // Closing a chat frees its place: the queue moves.
    const closed = await fx.store.close(urgent.session.id, sam.who);
    expect(closed.messages).toMatchObject([{ sender: { type: 'system' }, body: 'Sam ended the chat' }]);
    expect(closed.effects).toContainEqual({ kind: 'lobby', sessionId: newer.session.id, assigned: { agentId: sam.who.agentId, reason: 'auto' }, queueChanged: true });
    expect(assigneeOf(newer.session.id)).toBe(sam.who.agentId);
    expect(await fx.store.queue()).toEqual([]);
  });

  it('an agent stepping away keeps their chats and gets no new ones', async () => {
    const sam = await agent(fx, 'agent', 'Sam');
    await online(sam, 3);
    const mine = await start();
    await fx.store.setAvailability(sam.who, 'away', undefined);
    expect(assigneeOf(mine.session.id)).toBe(sam.who.agentId);
    expect((await start()).session.status).toBe('waiting');
    const row = fx.server.database.db.select().from(agentAvailability).where(eq(agentAvailability.agentId, sam.who.agentId)).get();
    expect(row).toMatchObject({ status: 'away', maxConcurrentChats: 3 });
    await expect(fx.store.setAvailability(sam.who, 'online', 0)).rejects.toMatchObject({ code: 'validation_failed' });
  });
});

describe('accept, transfer, close, rate', () => {
  it('an agent accepts a waiting chat; a colleague cannot take it from them, an admin can take over', async () => {
    const sam = await agent(fx, 'agent', 'Sam');
    const kim = await agent(fx, 'agent', 'Kim');
    const boss = await agent(fx, 'admin', 'Boss');
    const chat = await start();
    const accepted = await fx.store.accept(chat.session.id, sam.who);
    expect(accepted.session).toMatchObject({ status: 'active', assignedAgent: { id: sam.who.agentId, name: 'Sam' }, queuePosition: null });
    expect(accepted.messages.map((m) => m.body)).toEqual(['Sam joined the chat']);
    expect(accepted.effects).toContainEqual({ kind: 'lobby', sessionId: chat.session.id, assigned: { agentId: sam.who.agentId, reason: 'accept' }, queueChanged: true });
    // Accepting again changes nothing.
    expect((await fx.store.accept(chat.session.id, sam.who)).messages).toEqual([]);
    await expect(fx.store.accept(chat.session.id, kim.who)).rejects.toMatchObject({ code: 'forbidden' });
    const takeover = await fx.store.accept(chat.session.id, boss.who);
    expect(takeover.messages.map((m) => m.body)).toEqual(['Boss took over the chat']);
    expect(takeover.session.assignedAgent?.id).toBe(boss.who.agentId);
    // Customers cannot accept.
    const v = { kind: 'visitor' as const, siteId: fx.site.id, visitorId: newVisitorId(), verified: false };
    await expect(fx.store.accept(chat.session.id, v)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('transfers to another active agent with a system message both sides see; the note stays with the agents', async () => {
    const sam = await agent(fx, 'agent', 'Sam');
    const kim = await agent(fx, 'agent', 'Kim');
    const lee = await agent(fx, 'agent', 'Lee');
    const boss = await agent(fx, 'admin', 'Boss');
    const chat = await start();
    await fx.store.accept(chat.session.id, sam.who);

    const moved = await fx.store.transfer(chat.session.id, sam.who, kim.who.agentId, 'VIP, knows about refund policy');
    expect(moved.session.assignedAgent?.id).toBe(kim.who.agentId);
    expect(moved.messages).toMatchObject([{ sender: { type: 'system' }, body: 'Transferred from Sam to Kim', internal: false }]);
    expect(moved.effects).toContainEqual({ kind: 'lobby', sessionId: chat.session.id, assigned: { agentId: kim.who.agentId, reason: 'transfer' }, queueChanged: true });
    const customerSees = await fx.store.messagesAfter(chat.session.id, 0, 'customer');
    expect(customerSees.map((m) => m.body)).toContain('Transferred from Sam to Kim');
    expect(JSON.stringify(customerSees)).not.toContain('VIP');
    const transfers = fx.server.database.db.select().from(chatTransfers).where(eq(chatTransfers.sessionId, chat.session.id)).all();
    expect(transfers).toMatchObject([{ fromAgentId: sam.who.agentId, toAgentId: kim.who.agentId, note: 'VIP, knows about refund policy' }]);

    // Sam no longer has it; Lee never had it; an admin may move it anywhere.
    await expect(fx.store.transfer(chat.session.id, sam.who, lee.who.agentId, undefined)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(fx.store.transfer(chat.session.id, kim.who, kim.who.agentId, undefined)).rejects.toMatchObject({ code: 'conflict' });
    await expect(fx.store.transfer(chat.session.id, kim.who, '01900000-0000-7000-8000-000000000000', undefined)).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { toAgentId: 'is not an active agent' },
    });
    expect((await fx.store.transfer(chat.session.id, boss.who, lee.who.agentId, undefined)).messages[0]?.body).toBe('Transferred from Kim to Lee');
  });

  it('a transfer frees the old agent’s place for the queue', async () => {
    const sam = await agent(fx, 'agent', 'Sam');
    const kim = await agent(fx, 'agent', 'Kim');
    await online(sam, 1);
    const first = await start('First');
    const waiting = await start('Waiting');
    expect(waiting.session.status).toBe('waiting');
    const moved = await fx.store.transfer(first.session.id, sam.who, kim.who.agentId, undefined);
    expect(moved.effects).toContainEqual({ kind: 'lobby', sessionId: waiting.session.id, assigned: { agentId: sam.who.agentId, reason: 'auto' }, queueChanged: true });
  });

  it('closing: by the customer or the chat’s agent, once; then the customer may rate it once, 1–5', async () => {
    const sam = await agent(fx, 'agent', 'Sam');
    const kim = await agent(fx, 'agent', 'Kim');
    const chat = await start('Ana');
    const visitorWho = { kind: 'visitor' as const, siteId: fx.site.id, visitorId: (await fx.server.database.db.select().from(chatSessions).where(eq(chatSessions.id, chat.session.id)).get())?.visitorId ?? '', verified: false };
    await fx.store.accept(chat.session.id, sam.who);
    await expect(fx.store.rate(chat.session.id, visitorWho, 5, undefined)).rejects.toMatchObject({ code: 'conflict' });
    await expect(fx.store.close(chat.session.id, kim.who)).rejects.toMatchObject({ code: 'forbidden' });

    const closed = await fx.store.close(chat.session.id, visitorWho);
    expect(closed.session.status).toBe('closed');
    expect(closed.messages.map((m) => m.body)).toEqual(['Ana ended the chat']);
    const row = fx.server.database.db.select().from(chatSessions).where(eq(chatSessions.id, chat.session.id)).get();
    expect(row).toMatchObject({ status: 'closed', closedBy: 'customer' });
    expect(row?.closedAt).toBeInstanceOf(Date);
    // Closing again is harmless.
    expect(await fx.store.close(chat.session.id, sam.who)).toMatchObject({ messages: [], effects: [] });

    await expect(fx.store.rate(chat.session.id, sam.who, 5, undefined)).rejects.toMatchObject({ code: 'forbidden' });
    for (const bad of [0, 6, 2.5]) await expect(fx.store.rate(chat.session.id, visitorWho, bad, undefined)).rejects.toMatchObject({ code: 'validation_failed' });
    const rated = await fx.store.rate(chat.session.id, visitorWho, 4, 'Quick and kind');
    expect(rated.session.rating).toBe(4);
    await expect(fx.store.rate(chat.session.id, visitorWho, 5, undefined)).rejects.toMatchObject({ code: 'conflict' });
    expect(fx.server.database.db.select().from(chatSessions).where(eq(chatSessions.id, chat.session.id)).get()).toMatchObject({ rating: 4, ratingComment: 'Quick and kind' });
  });

  it('an ended chat cannot be accepted or transferred', async () => {
    const sam = await agent(fx, 'agent', 'Sam');
    const kim = await agent(fx, 'agent', 'Kim');
    const chat = await start();
    await fx.store.close(chat.session.id, sam.who);
    await expect(fx.store.accept(chat.session.id, sam.who)).rejects.toMatchObject({ code: 'closed' });
    await expect(fx.store.transfer(chat.session.id, sam.who, kim.who.agentId, undefined)).rejects.toMatchObject({ code: 'closed' });
  });

  it('the lobby snapshot has the agents, the queue and the agent’s own chats', async () => {
    const sam = await agent(fx, 'agent', 'Sam');
    await online(sam, 1);
    const mine = await start('Mine');
    const waiting = await start('Waiting');
    const snapshot = await fx.store.lobbySnapshot(sam.who);
    expect(snapshot.mine.map((c) => c.id)).toEqual([mine.session.id]);
    expect(snapshot.queue.map((c) => c.id)).toEqual([waiting.session.id]);
    expect(snapshot.mine[0]).toMatchObject({ customer: { name: 'Mine' }, lastMessage: { senderType: 'system', body: 'Sam joined the chat' }, unread: 1 });
    expect(snapshot.agents).toMatchObject([{ name: 'Sam', status: 'online', activeChats: 1, maxChats: 1, connected: false }]);
  });
});
