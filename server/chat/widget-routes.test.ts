import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WidgetApiError } from '../../shared/api/widget.ts';
import { chatSessions, chatVisitor, sendOfflineMessage } from '../../shared/api/widget-chat.ts';
import type { ApiErrorBody } from '../../shared/errors.ts';
import { systemActor } from '../audit/log.ts';
import { chatMessages, chatSessions as chatSessionRows, customers, sites, tickets } from '../db/schema.ts';
import { createSite } from '../sites/queries.ts';
import { tableCounts } from '../testing/client.ts';
import { agent, identityHash, newVisitorId, sessionsOf, startChatAs, startChatServer, visitor, widgetRaw, type ChatFixture } from './testing/fixtures.ts';
import { issueVisitorToken } from './tokens.ts';

/**
 * The widget's chat endpoints over HTTP, as a customer's page calls them: who the visitor is
 * (identify), that they reach only their own chats, starting chats, the offline form, and every
 * refusal writing nothing.
 */

let fx: ChatFixture;
beforeAll(async () => {
  fx = await startChatServer();
});
afterAll(() => fx?.server.close());

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: unknown) => (error instanceof WidgetApiError ? error.status : -1),
  );

describe('visitor identity', () => {
  it('an anonymous visitor keeps their id and is not verified; offline mode shows while nobody is online', async () => {
    const visitorId = newVisitorId();
    const pass = await chatVisitor(fx.at, { visitorId });
    expect(pass).toMatchObject({ visitorId, verified: false, roomsUrl: fx.server.url, agentsOnline: false, mode: 'both' });
    expect(pass.token).toMatch(/^[\w-]+\.[\w-]+$/);
  });

  it('a valid identify() hash gives a verified visitor id derived from the user id, the same on every device', async () => {
    const identity = { id: 'user-42', email: 'ana@example.com', name: 'Ana', hash: identityHash(fx.site.identitySecret, 'user-42') };
    const phone = await chatVisitor(fx.at, { visitorId: newVisitorId(), identity });
    const laptop = await chatVisitor(fx.at, { visitorId: newVisitorId(), identity });
    expect(phone.verified).toBe(true);
    expect(phone.visitorId).toMatch(/^id_/);
    expect(laptop.visitorId).toBe(phone.visitorId);

    // So the chat started on the phone is on the laptop too.
    const v = { pass: phone, who: { kind: 'visitor' as const, siteId: fx.site.id, visitorId: phone.visitorId, verified: true } };
    const { session } = await startChatAs(fx, v, { message: 'Hello from my phone' });
    expect((await chatSessions(fx.at, laptop.token)).map((s) => s.id)).toEqual([session.id]);
  });

  it("a verified visitor passing someone else's email is not linked to that customer, nor sees their history", async () => {
    const sam = await agent(fx);
    const identityOf = (id: string) => ({ id, email: 'ava@example.com', name: 'Ava', hash: identityHash(fx.site.identitySecret, id) });
    const ava = await visitor(fx, identityOf('user-ava'));
    const { session: avaChat } = await startChatAs(fx, ava, { name: 'Ava', email: 'ava@example.com', message: 'My new address is 12 Elm St' });
    const avaCustomer = (await sam.signedIn.api.chats.get(avaChat.id)).chat.customer.id;
    await sam.signedIn.api.tickets.create({ subject: 'Refund to card ending 4242', description: 'Private', customerId: avaCustomer });
    await fx.store.close(avaChat.id, ava.who);

    // Another signed-in user of the site, whose page passes Ava's email: the hash signs the id only.
    const eve = await visitor(fx, identityOf('user-eve'));
    expect(eve.pass.verified).toBe(true);
    const { session: eveChat } = await startChatAs(fx, eve, { name: 'Ava', email: 'ava@example.com', message: 'What is my address?' });
    const context = await sam.signedIn.api.chats.context(eveChat.id);
    expect(context.customer.id).not.toBe(avaCustomer);
    expect(context.customer.email).toBeNull(); // the address stays Ava's…
    expect(context.previousChats).toEqual([]);
    expect(context.recentTickets).toEqual([]);
    const stored = fx.server.database.db.select().from(chatSessionRows).where(eq(chatSessionRows.id, eveChat.id)).get();
    expect(stored?.customerEmail).toBe('ava@example.com'); // …and the chat keeps what was given

    // Ava herself, on another device, is still Ava: her verified id finds her record.
    const avaAgain = await visitor(fx, identityOf('user-ava'));
    const { session: again } = await startChatAs(fx, avaAgain, { message: 'Back again' });
    const hers = await sam.signedIn.api.chats.context(again.id);
    expect(hers.customer.id).toBe(avaCustomer);
    expect(hers.previousChats.map((c) => c.id)).toEqual([avaChat.id]);
    expect(hers.recentTickets.map((t) => t.subject)).toEqual(['Refund to card ending 4242']);
  });

  it('refuses a wrong hash with 403 and writes nothing', async () => {
    const before = tableCounts(fx.server);
    for (const hash of [identityHash('not-the-secret', 'user-42'), identityHash(fx.site.identitySecret, 'user-43'), 'abc', '']) {
      const response = await widgetRaw(fx, 'visitor', { method: 'POST', body: JSON.stringify({ visitorId: newVisitorId(), identity: { id: 'user-42', hash } }) });
      expect(response.status, hash).toBe(403);
      expect(((await response.json()) as ApiErrorBody).error.code).toBe('forbidden');
    }
    expect(tableCounts(fx.server)).toEqual(before);
  });

  it("a site's hash does not verify on another site", async () => {
    const other = await createSite(fx.server.database.db, { name: 'Other', allowedOrigins: [], themeColor: '#000000', greeting: 'Hi', position: 'bottom-right' }, systemActor);
    const response = await fetch(`${fx.server.url}/api/widget/sites/${other.publicKey}/chat/visitor`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ visitorId: newVisitorId(), identity: { id: 'user-42', hash: identityHash(fx.site.identitySecret, 'user-42') } }),
    });
    expect(response.status).toBe(403);
  });

  it('an anonymous visitor cannot take an identified visitor id', async () => {
    const identified = await chatVisitor(fx.at, { visitorId: newVisitorId(), identity: { id: 'user-7', hash: identityHash(fx.site.identitySecret, 'user-7') } });
    const impostor = await chatVisitor(fx.at, { visitorId: identified.visitorId });
    expect(impostor.visitorId).not.toBe(identified.visitorId);
    expect(impostor.verified).toBe(false);
  });
});

describe('a visitor reaches only their own chats', () => {
  it('cannot list, open, upload to or join another visitor’s chat', async () => {
    const ana = await visitor(fx);
    const mallory = await visitor(fx);
    const { session } = await startChatAs(fx, ana, { name: 'Ana', message: 'My order #1234 is late' });

    expect((await sessionsOf(fx, ana)).map((s) => s.id)).toEqual([session.id]);
    expect(await sessionsOf(fx, mallory)).toEqual([]);

    // The rooms ask the same store: Mallory's socket would be refused (4004), her frames too.
    expect(await fx.store.openSession(session.id, mallory.who)).toBeNull();
    expect(await fx.store.openSession(session.id, ana.who)).toMatchObject({ id: session.id });
    await expect(fx.store.appendMessage({ sessionId: session.id, who: mallory.who, clientId: 'mallory-1', body: 'hi', attachmentIds: [], internal: false })).rejects.toMatchObject({ code: 'not_found' });
    await expect(fx.store.markRead(session.id, mallory.who, 1)).rejects.toMatchObject({ code: 'not_found' });
    await expect(fx.store.close(session.id, mallory.who)).rejects.toMatchObject({ code: 'not_found' });

    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), 'x.pdf');
    const upload = await widgetRaw(fx, `sessions/${session.id}/attachments`, { method: 'POST', body: form, token: mallory.pass.token });
    expect(upload.status).toBe(404);

    // A token made for the same visitor id on another site, or a forged one, gets nothing.
    const forged = `${mallory.pass.token.split('.')[0]}.${ana.pass.token.split('.')[1]}`;
    const otherSite = issueVisitorToken(fx.server.config.secret, { siteId: '01900000-0000-7000-8000-000000000009', visitorId: ana.who.visitorId, verified: false });
    for (const token of [forged, otherSite, 'garbage', '']) {
      expect(await status(chatSessions(fx.at, token)), token).toBe(401);
    }
  });

  it('an agent token is not a visitor token', async () => {
    const sam = await agent(fx);
    const { token } = await sam.signedIn.api.chats.token();
    expect(await status(chatSessions(fx.at, token))).toBe(401);
  });
});

describe('starting a chat', () => {
  it('creates the customer and the waiting session with its first message; a retried start gives the same chat back', async () => {
    const v = await visitor(fx);
    const first = await widgetRaw(fx, 'sessions', {
      method: 'POST',
      token: v.pass.token,
      body: JSON.stringify({ name: 'Bo Chen', email: 'bo@example.com', pageUrl: 'https://shop.example/cart', message: 'Is the blue one in stock?', clientId: 'first-message-1' }),
    });
    expect(first.status).toBe(201);
    const { session } = (await first.json()) as { session: { id: string; status: string; queuePosition: number | null; customerName: string } };
    expect(session).toMatchObject({ status: 'waiting', customerName: 'Bo Chen' });
    expect(session.queuePosition).toBeGreaterThanOrEqual(1);

    const retry = await widgetRaw(fx, 'sessions', {
      method: 'POST',
      token: v.pass.token,
      body: JSON.stringify({ name: 'Bo Chen', message: 'Is the blue one in stock?', clientId: 'first-message-1' }),
    });
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { session: { id: string } }).session.id).toBe(session.id);

    const db = fx.server.database.db;
    const messages = db.select().from(chatMessages).where(eq(chatMessages.sessionId, session.id)).all();
    expect(messages.map((m) => [m.seq, m.body, m.senderType])).toEqual([[1, 'Is the blue one in stock?', 'customer']]);
    const customer = db.select().from(customers).where(eq(customers.email, 'bo@example.com')).get();
    expect(customer?.name).toBe('Bo Chen');
  });

  it('a returning anonymous visitor stays one customer; typing someone else’s email does not join their record', async () => {
    const db = fx.server.database.db;
    const v = await visitor(fx);
    const { session: one } = await startChatAs(fx, v, { name: 'Cleo', email: 'cleo@example.com' });
    await fx.store.close(one.id, v.who);
    const { session: two } = await startChatAs(fx, v, { name: 'Cleo' });
    expect(two.id).not.toBe(one.id);
    const owners = new Set(db.select({ c: customers.id }).from(customers).where(eq(customers.email, 'cleo@example.com')).all().map((r) => r.c));
    expect(owners.size).toBe(1);

    const impostor = await visitor(fx);
    await startChatAs(fx, impostor, { name: 'Not Cleo', email: 'cleo@example.com' });
    const cleo = db.select().from(customers).where(eq(customers.email, 'cleo@example.com')).get();
    expect(cleo?.name).toBe('Cleo');
    expect(db.select().from(customers).where(eq(customers.name, 'Not Cleo')).get()?.email).toBeNull();
  });

  it('refuses bad bodies with the fields named, and writes nothing', async () => {
    const v = await visitor(fx);
    const cases: [unknown, string][] = [
      [{ email: 'not-an-email' }, 'email'],
      [{ pageUrl: 'javascript:alert(1)' }, 'pageUrl'],
      [{ message: 'x'.repeat(4001) }, 'message'],
      [{ clientId: 'short' }, 'clientId'],
      [{ name: 'A', surprise: true }, 'surprise'],
      [{ name: 'n'.repeat(201) }, 'name'],
      [[1, 2], '_'],
    ];
    for (const [body, field] of cases) {
      const before = tableCounts(fx.server);
      const response = await widgetRaw(fx, 'sessions', { method: 'POST', token: v.pass.token, body: JSON.stringify(body) });
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(((await response.json()) as ApiErrorBody).error.fields).toHaveProperty(field);
      expect(tableCounts(fx.server)).toEqual(before);
    }
    const before = tableCounts(fx.server);
    const notJson = await widgetRaw(fx, 'sessions', { method: 'POST', token: v.pass.token, body: '{"name":', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    const visitorBad = await widgetRaw(fx, 'visitor', { method: 'POST', body: JSON.stringify({ visitorId: 'short' }) });
    expect(visitorBad.status).toBe(422);
    expect(((await visitorBad.json()) as ApiErrorBody).error.fields).toHaveProperty('visitorId');
    expect(tableCounts(fx.server)).toEqual(before);
  });

  it('refuses pages not allowed to run the site’s widget, and sites with chat turned off', async () => {
    const v = await visitor(fx);
    const foreign = await widgetRaw(fx, 'sessions', { method: 'POST', token: v.pass.token, body: '{}', headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await widgetRaw(fx, 'sessions', { method: 'OPTIONS', headers: { origin: fx.server.url, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');

    fx.server.database.db.update(sites).set({ widgetMode: 'help' }).where(eq(sites.id, fx.site.id)).run();
    try {
      const before = tableCounts(fx.server);
      const off = await widgetRaw(fx, 'sessions', { method: 'POST', token: v.pass.token, body: '{}' });
      expect(off.status).toBe(403);
      expect(tableCounts(fx.server)).toEqual(before);
      expect((await chatVisitor(fx.at, { visitorId: newVisitorId() })).mode).toBe('help');
    } finally {
      fx.server.database.db.update(sites).set({ widgetMode: 'both' }).where(eq(sites.id, fx.site.id)).run();
    }
  });
});

describe('agents online', () => {
  it('tells the widget whether anyone is online to chat', async () => {
    expect((await chatVisitor(fx.at, { visitorId: newVisitorId() })).agentsOnline).toBe(false);
    const sam = await agent(fx, 'agent', 'Sam');
    await fx.store.setAvailability(sam.who, 'online', 1);
    expect((await chatVisitor(fx.at, { visitorId: newVisitorId() })).agentsOnline).toBe(true);
    await fx.store.setAvailability(sam.who, 'offline', undefined);
    expect((await chatVisitor(fx.at, { visitorId: newVisitorId() })).agentsOnline).toBe(false);
  });
});

describe('the offline form', () => {
  it('becomes an open chat-channel ticket of the customer with that email', async () => {
    const { ticketNumber } = await sendOfflineMessage(fx.at, {
      name: 'Dana Diaz',
      email: 'Dana@Example.com',
      message: 'Nobody is here, so: my parcel never arrived.\nOrder 5521.',
      visitorId: newVisitorId(),
      pageUrl: 'https://shop.example/orders',
    });
    const ticket = fx.server.database.db.select().from(tickets).where(eq(tickets.number, ticketNumber)).get();
    expect(ticket).toMatchObject({ channel: 'chat', status: 'open', subject: 'Nobody is here, so: my parcel never arrived.' });
    expect(ticket?.description).toContain('Order 5521.');
    const customer = fx.server.database.db.select().from(customers).where(eq(customers.id, ticket?.customerId ?? '')).get();
    expect(customer).toMatchObject({ name: 'Dana Diaz', email: 'dana@example.com' });

    // Seen by agents like any ticket.
    const sam = await agent(fx);
    expect((await sam.signedIn.api.tickets.list({ channel: 'chat' })).items.map((t) => t.number)).toContain(ticketNumber);

    const again = await sendOfflineMessage(fx.at, { name: 'Dana', email: 'dana@example.com', message: 'Any news?', visitorId: newVisitorId() });
    expect(fx.server.database.db.select().from(tickets).where(eq(tickets.number, again.ticketNumber)).get()?.customerId).toBe(customer?.id);
  });

  it('refuses incomplete forms, writing nothing', async () => {
    for (const body of [{ name: 'X', email: 'x@example.com', visitorId: newVisitorId() }, { name: 'X', email: 'nope', message: 'hi', visitorId: newVisitorId() }, { name: '', email: 'x@example.com', message: 'hi', visitorId: newVisitorId() }]) {
      const before = tableCounts(fx.server);
      const response = await widgetRaw(fx, 'offline', { method: 'POST', body: JSON.stringify(body) });
      expect(response.status).toBe(422);
      expect(tableCounts(fx.server)).toEqual(before);
    }
  });
});
