import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countArticleView } from '../../shared/api/widget.ts';
import type { ApiErrorBody } from '../../shared/errors.ts';
import { readChatToken } from './tokens.ts';
import { agent, newClientId, startChatAs, startChatServer, visitor, type ChatFixture, type TestAgent, type TestVisitor } from './testing/fixtures.ts';

/** The console's chat endpoints: the socket token, the list with filters and pages, a chat, its sidebar. */

let fx: ChatFixture;
let sam: TestAgent;
let kim: TestAgent;
let ana: TestVisitor;
let anaChat: string;
let bobChat: string;
beforeAll(async () => {
  fx = await startChatServer();
  sam = await agent(fx, 'agent', 'Sam');
  kim = await agent(fx, 'admin', 'Kim');
  ana = await visitor(fx);
  anaChat = (await startChatAs(fx, ana, { name: 'Ana Lima', email: 'ana@example.com', pageUrl: 'https://shop.example/p/42', message: 'My blender arrived broken' })).session.id;
  await fx.store.accept(anaChat, sam.who);
  await fx.store.appendMessage({ sessionId: anaChat, who: sam.who, clientId: newClientId(), body: 'Warranty case, escalate', attachmentIds: [], internal: true });
  await fx.store.appendMessage({ sessionId: anaChat, who: sam.who, clientId: newClientId(), body: 'Sorry to hear that! A new one is on its way.', attachmentIds: [], internal: false });
  await fx.store.close(anaChat, sam.who);
  await fx.store.rate(anaChat, ana.who, 5, 'Great');
  const bob = await visitor(fx);
  bobChat = (await startChatAs(fx, bob, { name: 'Bob Stone', message: 'Do you ship to Iceland?' })).session.id;
});
afterAll(() => fx?.server.close());

describe('support chat routes', () => {
  it('hands an agent a 12-hour socket token naming them, and where the rooms are', async () => {
    const { token, roomsUrl } = await sam.signedIn.api.chats.token();
    expect(roomsUrl).toBe(fx.server.url);
    expect(readChatToken(fx.server.config.secret, token)).toMatchObject({ k: 'a', agent: sam.who.agentId });
    expect(await fx.store.authenticate(token)).toEqual(sam.who);
  });

  it('a deactivated agent’s token stops working at once', async () => {
    const leo = await agent(fx, 'agent', 'Leo');
    const { token } = await leo.signedIn.api.chats.token();
    expect(await fx.store.authenticate(token)).not.toBeNull();
    await kim.signedIn.api.agents.update(leo.who.agentId, { active: false });
    expect(await fx.store.authenticate(token)).toBeNull();
  });

  it('lists chats newest first with filters, pages and transcript search', async () => {
    const all = await sam.signedIn.api.chats.list();
    expect(all.items.map((c) => c.id)).toEqual([bobChat, anaChat]);
    expect(all.items[1]).toMatchObject({ status: 'closed', customer: { name: 'Ana Lima', email: 'ana@example.com' }, assignedAgent: { name: 'Sam' }, match: null });

    expect((await sam.signedIn.api.chats.list({ status: 'waiting' })).items.map((c) => c.id)).toEqual([bobChat]);
    expect((await sam.signedIn.api.chats.list({ agentId: sam.who.agentId })).items.map((c) => c.id)).toEqual([anaChat]);
    expect((await sam.signedIn.api.chats.list({ agentId: 'none' })).items.map((c) => c.id)).toEqual([bobChat]);

    const first = await sam.signedIn.api.chats.list({ limit: 1 });
    expect(first.items.map((c) => c.id)).toEqual([bobChat]);
    const second = await sam.signedIn.api.chats.list({ limit: 1, cursor: first.nextCursor ?? '' });
    expect(second.items.map((c) => c.id)).toEqual([anaChat]);
    expect(second.nextCursor).toBeNull();

    const found = await sam.signedIn.api.chats.list({ q: 'blender' });
    expect(found.items.map((c) => c.id)).toEqual([anaChat]);
    expect(found.items[0]?.match).toMatchObject({ internal: false });
  });

  it('refuses bad list queries with the parameter named', async () => {
    for (const [query, field] of [
      ['status=open', 'status'],
      ['limit=0', 'limit'],
      ['from=yesterday', 'from'],
      ['agentId=me-and-you', 'agentId'],
      ['cursor=garbage', 'cursor'],
      ['surprise=1', 'surprise'],
    ]) {
      const response = await sam.signedIn.raw(`/api/support/chats?${query}`);
      expect(response.status, query).toBe(422);
      expect(((await response.json()) as ApiErrorBody).error.fields, query).toHaveProperty(field as string);
    }
  });

  it('opens a chat with every message (internal notes too), its transfers, rating and page', async () => {
    const detail = await sam.signedIn.api.chats.get(anaChat);
    expect(detail.chat).toMatchObject({ id: anaChat, status: 'closed', rating: 5, ratingComment: 'Great', verified: false, pageUrl: 'https://shop.example/p/42', closedBy: 'agent', convertedTicket: null });
    expect(detail.messages.map((m) => [m.sender.type, m.body, m.internal])).toEqual([
      ['customer', 'My blender arrived broken', false],
      ['system', 'Sam joined the chat', false],
      ['agent', 'Warranty case, escalate', true],
      ['agent', 'Sorry to hear that! A new one is on its way.', false],
      ['system', 'Sam ended the chat', false],
    ]);
    expect(detail.transfers).toEqual([]);
    expect((await sam.signedIn.raw('/api/support/chats/01900000-0000-7000-8000-000000000000')).status).toBe(404);
    expect((await sam.signedIn.raw('/api/support/chats/not-an-id')).status).toBe(404);
  });

  it('the sidebar: the customer, their other chats and tickets, the articles they read', async () => {
    const article = await kim.signedIn.api.knowledge.articles.create({ title: 'Returns and warranty', content: 'Broken on arrival? Here is how to get a replacement quickly and easily.' });
    await kim.signedIn.api.knowledge.articles.publish(article.id);
    await countArticleView(fx.at, article.id, ana.who.visitorId);

    const again = (await startChatAs(fx, ana, { message: 'Me again' })).session.id;
    const customerId = (await sam.signedIn.api.chats.get(again)).chat.customer.id;
    await sam.signedIn.api.tickets.create({ subject: 'Replacement blender', description: 'Ship a new one', customerId });

    const context = await sam.signedIn.api.chats.context(again);
    expect(context.customer).toMatchObject({ id: customerId, name: 'Ana Lima', email: 'ana@example.com' });
    expect(context.previousChats.map((c) => c.id)).toEqual([anaChat]);
    expect(context.recentTickets.map((t) => t.subject)).toEqual(['Replacement blender']);
    expect(context.viewedArticles).toMatchObject([{ id: article.id, title: 'Returns and warranty' }]);
  });
});
