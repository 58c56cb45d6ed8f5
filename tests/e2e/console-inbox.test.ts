import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage, SessionServerFrame } from '../../shared/chat/protocol.ts';
import type { ChatVisitor, StartedChat } from '../../shared/schemas/chat.ts';
import type { Article } from '../../shared/schemas/knowledge.ts';
import { RoomClient } from '../../server/rooms/testing/room-client.ts';
import { newAgent, signIn } from '../../server/testing/client.ts';
import { createAgentWithPassword, startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { launchBrowser } from './browser.ts';
import { assertConsoleBuilt, consolePages, hasNoHorizontalOverflow, signInThroughForm } from './console-helpers.ts';

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
let refundArticle: Article;
const customers: RoomClient[] = [];

const { open, closeAll } = consolePages(() => browser);

/** A customer on the site: a visitor token and a chat from the widget API, then the chat's socket. */
async function customerStartsChat(name: string, message: string, viewed?: Article): Promise<{ client: RoomClient; sessionId: string }> {
  const headers = { 'content-type': 'application/json', origin: server.url };
  const widget = `${server.url}/api/widget/sites/${siteKey}/chat`;
  const visitorId = `visitor-${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}`;
  if (viewed) {
    // Read a help article in the widget first: the agent sees it beside the chat.
    const view = await fetch(`${server.url}/api/widget/sites/${siteKey}/knowledge/articles/${viewed.id}/view`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ visitorId }),
    });
    expect(view.status).toBe(204);
  }
  const visitorResponse = await fetch(`${widget}/visitor`, { method: 'POST', headers, body: JSON.stringify({ visitorId }) });
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
  const online = page.getByRole('radio', { name: 'Online' });
  await expect.poll(() => online.isEnabled(), { timeout: 10_000 }).toBe(true);
  await online.check();
  // What shows is what the lobby confirmed.
  await page.locator('.chat-status__choice.is-selected', { hasText: 'Online' }).waitFor();
}

const composer = (page: Page) => page.getByRole('combobox', { name: /^(Reply|Internal note)$/ });

beforeAll(async () => {
  assertConsoleBuilt();
  server = await startTestServer();
  await createAgentWithPassword(server.database, ada);
  samId = (await createAgentWithPassword(server.database, sam)).id;
  const admin = await signIn(server, ada.email, ada.password);
  const sites = await admin.api.sites.list();
  siteKey = sites.items[0]?.publicKey ?? '';
  await admin.api.cannedResponses.create({ shortcut: 'refund', title: 'Refund on its way', body: 'Hi {{customer.name}}, your refund is on its way.' });
  const draft = await admin.api.knowledge.articles.create({ title: 'Refund policy', content: 'Refunds reach your card within 5 working days.' });
  refundArticle = await admin.api.knowledge.articles.publish(draft.id);
  browser = await launchBrowser();
});

afterEach(async () => {
  for (const client of customers.splice(0)) client.close();
  await closeAll();
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
    const { client, sessionId } = await customerStartsChat('Alex Kim', 'Hello, I was charged twice', refundArticle);
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

    // Beside the conversation: who the customer is and what they read before asking.
    const side = page.getByRole('complementary', { name: 'Customer and actions' });
    await side.getByRole('link', { name: 'Alex Kim' }).waitFor();
    await side.getByRole('link', { name: 'Refund policy' }).waitFor();

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
    await expect.poll(() => page.locator('.chat-receipt--pending').count()).toBe(0);
    await expect.poll(() => note.locator('.message__bubble').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 251, 235)');

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

    // A picture goes as a file: a thumbnail for the agent, an attachment for the customer.
    const png = await sharp({ create: { width: 24, height: 16, channels: 3, background: '#c0392b' } }).png().toBuffer();
    await page.locator('.chat-composer__attach input[type="file"]').setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: png });
    await page.locator('.chat-upload--ready', { hasText: 'receipt.png' }).waitFor();
    await composer(page).fill('Here is your receipt');
    await composer(page).press('Enter');
    const withFile = await client.next('message', (frame) => frame.message.body === 'Here is your receipt');
    expect(withFile.message.attachments.map((file) => [file.fileName, file.contentType])).toEqual([['receipt.png', 'image/png']]);
    const thumbnail = page.locator('.chat-attachment--image img[alt="receipt.png"]');
    await thumbnail.waitFor();
    await expect.poll(() => thumbnail.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

    // "Insert article" finds a published article and puts its public link in the reply.
    await page.getByRole('button', { name: 'Insert article' }).click();
    await page.getByRole('combobox', { name: 'Search the knowledge base' }).fill('refund');
    await page.getByRole('option', { name: /Refund policy/ }).waitFor();
    await page.getByRole('combobox', { name: 'Search the knowledge base' }).press('Enter');
    const articleUrl = `${server.url}/help/en/articles/${refundArticle.slug}`;
    await expect.poll(() => composer(page).inputValue()).toBe(`Refund policy: ${articleUrl}`);
    await composer(page).press('Enter');
    await client.next('message', (frame) => frame.message.body.includes(articleUrl));

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
    await page.getByRole('radio', { name: 'Offline' }).check();
    await page.locator('.chat-status__choice.is-selected', { hasText: 'Offline' }).waitFor();
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
    // The lobby is connected once the availability choices are enabled.
    await expect.poll(() => page.getByRole('radio', { name: 'Offline' }).isEnabled(), { timeout: 10_000 }).toBe(true);
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

  it('finds a chat in the history, opens its read-only transcript and exports it without notes', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, ada.email, ada.password);
    await page.goto(`${server.url}/console/inbox/history`);
    await page.getByRole('heading', { name: 'Chat history', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: 'Search transcripts' }).fill('charged');
    await page.waitForURL(/[?&]q=charged/);
    await page.getByLabel('Status').selectOption('closed');
    const result = page.getByRole('link', { name: 'Alex Kim', exact: true });
    await result.waitFor();
    expect(await page.locator('.history-table tbody tr').count()).toBe(1);

    // The export of what is listed: text, with the conversation but never the internal note.
    const exportHref = await page.getByRole('link', { name: 'Text' }).first().getAttribute('href');
    expect(exportHref).toMatch(/^\/api\/support\/chats\/export\?/);
    expect(exportHref).toContain('q=charged');
    const exported = await page.request.get(`${server.url}${exportHref}`);
    expect(exported.status()).toBe(200);
    const text = await exported.text();
    expect(text).toContain('Sorry about that, let me check.');
    expect(text).not.toContain('Stripe');

    // Opening it shows the transcript read-only: notes included for agents, no composer.
    await result.click();
    await page.locator('.chat-ended').waitFor();
    await page.locator('.chat-message[data-kind="note"]', { hasText: 'Double charge confirmed' }).waitFor();
    expect(await composer(page).count()).toBe(0);
  });

  it('exports the chats ticked in the history together, and forgets the ticks when the filters change', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, ada.email, ada.password);
    await page.goto(`${server.url}/console/inbox/history`);
    const rows = page.locator('.history-table tbody tr');
    await rows.first().waitFor();
    const listed = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-chat-id') ?? ''));
    expect(listed.length).toBeGreaterThanOrEqual(2);
    const picked = listed.slice(0, 2);
    for (const id of picked) await page.locator(`tr[data-chat-id="${id}"]`).getByRole('checkbox').check();

    const group = page.getByRole('group', { name: 'Export selected (2)' });
    const href = (await group.getByRole('link', { name: 'Text' }).getAttribute('href')) ?? '';
    expect(new URL(href, server.url).searchParams.get('ids')?.split(',').sort()).toEqual([...picked].sort());
    const exported = await page.request.get(`${server.url}${href}`);
    expect(exported.status()).toBe(200);
    expect(await exported.text()).toMatch(/^Lantern chat transcripts: 2 chats, exported /);
    const pdf = await page.request.get(`${server.url}${(await group.getByRole('link', { name: 'PDF' }).getAttribute('href')) ?? ''}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    await page.getByRole('checkbox', { name: 'Select all listed' }).check();
    await page.getByRole('group', { name: `Export selected (${listed.length})` }).waitFor();
    await page.getByRole('button', { name: 'Clear selection' }).click();
    expect(await page.locator('.history-table tr.is-selected').count()).toBe(0);

    await page.locator(`tr[data-chat-id="${picked[0]}"]`).getByRole('checkbox').check();
    await page.getByLabel('Status').selectOption('closed');
    await page.waitForURL(/[?&]status=closed/);
    await expect.poll(() => page.getByRole('group', { name: /^Export selected/ }).count()).toBe(0);
  });

  it('loses nothing when the agent’s connection drops: what was typed goes out once, what was missed arrives', async () => {
    const { page } = await open();
    // Keep a handle on the page's sockets, to cut one as a network drop would.
    await page.addInitScript(() => {
      const sockets: WebSocket[] = [];
      (window as unknown as { openedSockets: WebSocket[] }).openedSockets = sockets;
      const Native = window.WebSocket;
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols);
          sockets.push(this);
        }
      };
    });
    await signInThroughForm(page, server.url, ada.email, ada.password);
    await page.goto(`${server.url}/console/inbox`);
    await goOnline(page);
    const { client, sessionId } = await customerStartsChat('Dana Drop', 'My parcel is late');
    await page.locator(`.chat-row[data-chat-id="${sessionId}"]`).click();
    await page.locator('.chat-message', { hasText: 'My parcel is late' }).waitFor();

    const cut = await page.evaluate((room) => {
      const open = (window as unknown as { openedSockets: WebSocket[] }).openedSockets.filter(
        (socket) => socket.url.includes(`/parties/main/${room}`) && socket.readyState === WebSocket.OPEN,
      );
      for (const socket of open) socket.close();
      return open.length;
    }, sessionId);
    expect(cut).toBe(1);

    // Typed while disconnected: shown as sending, and kept.
    await composer(page).fill('Checking with the courier now');
    await composer(page).press('Enter');
    client.send({ type: 'message', clientId: 'dana-while-agent-away', body: 'Hello? Anyone?', attachmentIds: [] });

    // Back: the customer gets the reply once, the agent gets what was missed, nothing twice.
    await client.next('message', (frame) => frame.message.body === 'Checking with the courier now', { timeoutMs: 15_000 });
    await page.locator('.chat-message', { hasText: 'Hello? Anyone?' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('.chat-receipt--pending').count(), { timeout: 15_000 }).toBe(0);
    expect(await page.locator('.chat-message', { hasText: 'Checking with the courier now' }).count()).toBe(1);
    expect(await page.locator('.chat-message', { hasText: 'Hello? Anyone?' }).count()).toBe(1);
    expect(messagesTo(client).filter((message) => message.body === 'Checking with the courier now')).toHaveLength(1);

    await page.getByRole('radio', { name: 'Offline' }).check();
    await page.locator('.chat-status__choice.is-selected', { hasText: 'Offline' }).waitFor();
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
