import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage, SessionServerFrame } from '../../shared/chat/protocol.ts';
import type { ChatVisitor, StartedChat } from '../../shared/schemas/chat.ts';
import { chatDepsOf } from '../../server/chat/deps.ts';
import { DirectChatStore } from '../../server/rooms/direct-store.ts';
import { createChatRooms } from '../../server/rooms/index.ts';
import { RoomClient } from '../../server/rooms/testing/room-client.ts';
import { newAgent, signIn } from '../../server/testing/client.ts';
import { createAgentWithPassword, startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { launchBrowser } from './browser.ts';
import { assertConsoleBuilt, hasNoHorizontalOverflow, openConsolePage, signInThroughForm, type ConsolePage } from './console-helpers.ts';

/**
 * The agents' live-chat inbox in real Chromium against the real server with its rooms in-process.
 * The customer is a real socket client (partysocket over ws) that starts its chat through the
 * widget's REST API, so every message the agent sends is checked where the customer receives it.
 */

const password = 'correct horse battery staple';
const ada = { name: 'Ada Lovelace', email: 'ada@lantern.test', role: 'admin' as const, password };
const sam = { name: 'Sam Rivera', email: 'sam@lantern.test', role: 'agent' as const, password };

let server: TestServer;
let browser: Browser;
let siteKey: string;
let samId: string;
const opened: ConsolePage[] = [];
const customers: RoomClient[] = [];

async function open(viewport?: { width: number; height: number }) {
  const consolePage = await openConsolePage(browser, viewport);
  opened.push(consolePage);
  return consolePage;
}

/** A customer on the site: a visitor token and a chat from the widget API, then the chat's socket. */
async function customerStartsChat(name: string, message: string): Promise<{ client: RoomClient; sessionId: string }> {
  const headers = { 'content-type': 'application/json', origin: server.url };
  const widget = `${server.url}/api/widget/sites/${siteKey}/chat`;
  const visitorResponse = await fetch(`${widget}/visitor`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ visitorId: `visitor-${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}` }),
  });
  expect(visitorResponse.status).toBe(200);
  const visitor = (await visitorResponse.json()) as ChatVisitor;
  const started = await fetch(`${widget}/sessions`, {
    method: 'POST',
    headers: { ...headers, authorization: `Bearer ${visitor.token}` },
    body: JSON.stringify({ name, message }),
  });
  expect(started.status).toBe(201);
  const { session } = (await started.json()) as StartedChat;
  const client = new RoomClient({ host: new URL(visitor.roomsUrl).host, party: 'main', room: session.id, token: visitor.token });
  customers.push(client);
  await client.opened();
  client.send({ type: 'join', lastSeq: 0 });
  await client.next('welcome');
  return { client, sessionId: session.id };
}

const messagesTo = (client: RoomClient): ChatMessage[] =>
  client.frames.filter((frame): frame is Extract<SessionServerFrame, { type: 'message' }> => frame.type === 'message').map((frame) => frame.message);

async function goOnline(page: Page) {
  const status = page.getByLabel('Chat', { exact: true });
  await expect.poll(() => status.isEnabled(), { timeout: 10_000 }).toBe(true);
  await status.selectOption('online');
  // What shows is what the lobby confirmed.
  await expect.poll(() => page.locator('.chat-status__dot--online').count()).toBe(1);
}

const composer = (page: Page) => page.getByRole('combobox', { name: /^(Reply|Internal note)$/ });

beforeAll(async () => {
  assertConsoleBuilt();
  server = await startTestServer({
    rooms: (deps) => {
      const rooms = createChatRooms({ store: new DirectChatStore(chatDepsOf(deps)), config: deps.config, logger: deps.logger });
      // REST changes (a chat started, converted) reach these rooms.
      deps.rooms = rooms.notifier;
      return rooms.host;
    },
  });
  await createAgentWithPassword(server.database, ada);
  samId = (await createAgentWithPassword(server.database, sam)).id;
  const admin = await signIn(server, ada.email, ada.password);
  const sites = await admin.api.sites.list();
  siteKey = sites.items[0]?.publicKey ?? '';
  await admin.api.cannedResponses.create({ shortcut: 'refund', title: 'Refund on its way', body: 'Hi {{customer.name}}, your refund is on its way.' });
  browser = await launchBrowser();
});

afterEach(async () => {
  for (const client of customers.splice(0)) client.close();
  const finished = opened.splice(0);
  for (const { errors } of finished) expect(errors).toEqual([]);
  await Promise.all(finished.map(({ context }) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the live-chat inbox', () => {
  it('takes a chat from start to end: reply, internal note, canned response, transfer, ticket, end', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, ada.email, ada.password);
    await page.goto(`${server.url}/console/inbox`);
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    await goOnline(page);

    // A customer starts a chat: Ada is online with room, so it is assigned to her.
    const { client, sessionId } = await customerStartsChat('Alex Kim', 'Hello, I was charged twice');
    const row = page.locator(`.chat-row[data-chat-id="${sessionId}"]`);
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Alex Kim');
    // Told in the console (the tab is in front), counted unread in the list and the tab title.
    await page.getByRole('link', { name: 'Chat with Alex Kim was assigned to you' }).waitFor();
    await expect.poll(() => row.locator('.chat-row__unread').textContent()).toBe('1 unread');
    await expect.poll(() => page.title()).toBe('(1) Inbox · Lantern');
    await row.click();
    await page.waitForURL(`${server.url}/console/inbox/${sessionId}`);
    await page.getByRole('heading', { name: 'Alex Kim', level: 2 }).waitFor();
    await page.locator('.chat-message', { hasText: 'Hello, I was charged twice' }).waitFor();
    // On screen means read: the count goes, and the customer is told.
    await expect.poll(() => page.title()).toBe('Inbox · Lantern');
    await client.next('read', (frame) => frame.reads.agent > 0);

    // A reply reaches the customer's socket.
    await composer(page).fill('Sorry about that, let me check.');
    await composer(page).press('Enter');
    await client.next('message', (frame) => frame.message.body === 'Sorry about that, let me check.');
    await page.locator('.chat-message[data-kind="reply"]', { hasText: 'Sorry about that' }).waitFor();
    await expect.poll(() => page.locator('.chat-receipt--pending').count()).toBe(0);

    // An internal note shows amber for the agent and never reaches the customer.
    await page.getByRole('radio', { name: 'Internal note' }).check();
    await composer(page).fill('Double charge confirmed in Stripe');
    await composer(page).press('Enter');
    const note = page.locator('.chat-message[data-kind="note"]', { hasText: 'Double charge confirmed' });
    await note.waitFor();
    expect(await note.locator('.message__bubble').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 251, 235)');

    // Back to replies: `/refund` expands with the customer's name.
    await page.getByRole('radio', { name: 'Reply' }).check();
    await composer(page).fill('/ref');
    await page.getByRole('option', { name: /\/refund/ }).waitFor();
    await composer(page).press('Enter');
    await expect.poll(() => composer(page).inputValue()).toBe('Hi Alex Kim, your refund is on its way.');
    await composer(page).press('Enter');
    await client.next('message', (frame) => frame.message.body === 'Hi Alex Kim, your refund is on its way.');
    // Sent after the note, so had the note been broadcast to the customer it would be here by now.
    expect(messagesTo(client).some((message) => message.internal || message.body.includes('Stripe'))).toBe(false);

    // Convert to ticket: a link to the ticket appears.
    await page.getByRole('button', { name: 'Convert to ticket' }).click();
    const ticketLink = page.getByRole('link', { name: /^Ticket #\d+$/ });
    await ticketLink.waitFor();

    // Transfer to Sam with a note: a system message in the conversation, for both sides.
    await page.getByRole('button', { name: 'Transfer…' }).click();
    await page.getByLabel('Transfer to').selectOption(samId);
    await page.getByLabel(/Note for them/).fill('Billing question, refund promised');
    await page.getByRole('button', { name: 'Transfer', exact: true }).click();
    await page.locator('.chat-event', { hasText: 'to Sam Rivera' }).waitFor();
    await client.next('message', (frame) => frame.message.kind === 'system' && frame.message.body.includes('Sam Rivera'));

    // End the chat (Ada is an admin): the composer goes, the customer hears it ended.
    await page.getByRole('button', { name: 'End chat' }).click();
    await page.getByRole('group', { name: 'End this chat?' }).getByRole('button', { name: 'End chat' }).click();
    await client.next('session', (frame) => frame.session.status === 'closed');
    await page.locator('.chat-ended').waitFor();
    expect(await composer(page).count()).toBe(0);

    // The ticket link leads to the ticket made from the chat.
    await ticketLink.click();
    await page.waitForURL(/\/console\/tickets\//);
    await page.getByRole('heading', { level: 1 }).waitFor();

    // Offline again, so the next chat waits in the queue.
    await page.getByLabel('Chat', { exact: true }).selectOption('offline');
    await expect.poll(() => page.locator('.chat-status__dot--offline').count()).toBe(1);
  });

  it('shows a waiting chat in the queue and lets an agent accept it', async () => {
    // Nobody is online (the first test went offline): the chat waits.
    const tester = await newAgent(server, 'agent', 'Queue Tester');
    const { page, context } = await open();
    // Desktop notifications allowed, and a way to see them and to put the tab in the background.
    await context.grantPermissions(['notifications'], { origin: server.url });
    await page.addInitScript(() => {
      const state = window as unknown as { shownNotifications: string[]; tabHidden: boolean };
      state.shownNotifications = [];
      state.tabHidden = false;
      const Browser = window.Notification;
      class Recorded extends Browser {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          state.shownNotifications.push(`${title}: ${options?.body ?? ''}`);
        }
      }
      Object.defineProperty(window, 'Notification', { value: Recorded });
      Object.defineProperty(document, 'hidden', { get: () => state.tabHidden });
    });
    await signInThroughForm(page, server.url, tester.email, tester.password);
    await page.goto(`${server.url}/console/inbox?tab=queue`);
    await page.getByRole('tab', { name: /Queue/ }).waitFor();
    await page.locator('.chat-status__dot').waitFor();
    await page.evaluate(() => {
      (window as unknown as { tabHidden: boolean }).tabHidden = true;
    });
    const { client, sessionId } = await customerStartsChat('Wanda Wait', 'Is anyone there?');
    expect((await client.next('welcome')).session.status).toBe('waiting');
    // In a background tab a waiting chat is a desktop notification.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications))
      .toEqual([expect.stringMatching(/^New chat waiting: Chat with Wanda Wait is waiting for an agent/)]);
    await page.evaluate(() => {
      (window as unknown as { tabHidden: boolean }).tabHidden = false;
    });
    const row = page.locator(`.chat-row[data-chat-id="${sessionId}"]`);
    await row.click();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await client.next('session', (frame) => frame.session.status === 'active');
    await expect.poll(() => composer(page).isEnabled()).toBe(true);
  });

  it('fits a phone: the list, then one chat with a way back', async () => {
    const { page } = await open({ width: 375, height: 740 });
    await signInThroughForm(page, server.url, ada.email, ada.password);
    await page.goto(`${server.url}/console/inbox?tab=closed`);
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    const row = page.locator('.chat-row').first();
    await row.waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await row.click();
    await page.locator('.chat-thread').waitFor();
    expect(await page.locator('.inbox__list').isVisible()).toBe(false);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await page.getByRole('link', { name: 'Chats' }).click();
    await page.waitForURL(/\/console\/inbox\?tab=closed$/);
  });
});
