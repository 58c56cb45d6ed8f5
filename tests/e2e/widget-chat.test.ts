import { eq } from 'drizzle-orm';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChatAgentToken } from '../../shared/schemas/chat.ts';
import type { Site } from '../../shared/schemas/sites.ts';
import { systemActor } from '../../server/audit/log.ts';
import { chatMessages, chatSessions, tickets } from '../../server/db/schema.ts';
import { RoomClient } from '../../server/rooms/testing/room-client.ts';
import { createSite } from '../../server/sites/queries.ts';
import { newAgent, type SignedIn } from '../../server/testing/client.ts';
import { startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { startSmtpServer, type TestSmtpServer } from '../../server/testing/smtp.ts';
import type {} from '../../widget/contract.ts'; // window.Lantern's type
import { assertBuilt, launchBrowser, openWatchedPage } from './browser.ts';

/**
 * Live chat from the customer's side: the built widget in real Chromium on a customer's site (another
 * origin), the real server with its rooms in-process, and an agent played by a real partysocket
 * client holding an agent token from the REST API.
 */

let server: TestServer;
let smtp: TestSmtpServer;
let browser: Browser;
let admin: SignedIn & { email: string };
let agent: { token: string; host: string; lobby: RoomClient };
let shopServer: Server;
let shopOrigin: string;
let shop: Site;
let helpOnly: Site;
const contexts: BrowserContext[] = [];
const rooms: RoomClient[] = [];

/** A customer's site on another origin. `?key=` embeds that site's widget; `&mode=` adds data-mode. */
function startShop(): Promise<Server> {
  const site = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://shop');
    const key = url.searchParams.get('key') ?? '';
    const mode = url.searchParams.get('mode');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trailhead Shop</title></head>
<body><h1>Trailhead Shop</h1><a href="/other-page?key=${encodeURIComponent(key)}">Another page</a>
<script src="${server.url}/widget.js" data-site="${encodeURIComponent(key)}"${mode ? ` data-mode="${encodeURIComponent(mode)}"` : ''} async></script></body></html>`);
  });
  return new Promise((resolve) => site.listen(0, '127.0.0.1', () => resolve(site)));
}

beforeAll(async () => {
  assertBuilt('widget');
  smtp = await startSmtpServer();
  server = await startTestServer({ env: { LANTERN_SMTP_URL: smtp.url } });
  shopServer = await startShop();
  shopOrigin = `http://127.0.0.1:${(shopServer.address() as AddressInfo).port}`;
  const site = { allowedOrigins: [shopOrigin], themeColor: '#0f766e', greeting: 'Ask us anything.', position: 'bottom-right' as const };
  shop = await createSite(server.database.db, { ...site, name: 'Trailhead Shop', widgetMode: 'both' }, systemActor);
  helpOnly = await createSite(server.database.db, { ...site, name: 'Docs Only', widgetMode: 'help' }, systemActor);

  admin = await newAgent(server, 'admin', 'Sam Agent');
  const answer = await admin.raw('/api/support/chat/token', { method: 'POST' });
  const { token, roomsUrl } = (await answer.json()) as ChatAgentToken;
  agent = { token, host: new URL(roomsUrl).host, lobby: new RoomClient({ host: new URL(roomsUrl).host, party: 'agents', room: 'lobby', token }) };
  await agent.lobby.opened();
  await setAvailability('online');
  browser = await launchBrowser();
});

afterEach(async () => {
  for (const room of rooms.splice(0)) room.close();
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  agent?.lobby.close();
  await new Promise((resolve) => shopServer?.close(resolve));
  await server?.close();
  await smtp?.close();
});

async function setAvailability(status: 'online' | 'offline', maxChats = 50) {
  const since = agent.lobby.frames.length;
  agent.lobby.send({ type: 'availability', status, maxChats });
  await agent.lobby.next('agents', (frame) => frame.agents.some((one) => one.id === admin.agentId && one.status === status && one.maxChats === maxChats), {
    since,
  });
}

/** A chat started by another visitor straight through the API, so the agent has one more open. */
async function otherVisitorChats(site: Site): Promise<void> {
  const at = `${server.url}/api/widget/sites/${site.publicKey}/chat`;
  const json = { 'content-type': 'application/json' };
  const visitor = await fetch(`${at}/visitor`, { method: 'POST', headers: json, body: JSON.stringify({ visitorId: `filler-${Date.now()}-visitor` }) });
  const { token } = (await visitor.json()) as { token: string };
  const started = await fetch(`${at}/sessions`, { method: 'POST', headers: { ...json, authorization: `Bearer ${token}` }, body: JSON.stringify({ name: 'Filler', message: 'Hi' }) });
  expect(started.ok).toBe(true);
}

const openPage = (viewport?: { width: number; height: number }) => openWatchedPage(browser, contexts, viewport);

// Playwright's locators pierce open shadow roots.
const widget = (page: Page) => page.locator('lantern-widget');
const launcher = (page: Page) => widget(page).getByRole('button', { name: 'Help and support' });
const panel = (page: Page) => widget(page).getByRole('dialog');
const conversation = (page: Page) => widget(page).getByRole('log', { name: 'Conversation' });
const composer = (page: Page) => widget(page).getByRole('textbox', { name: 'Message' });
const shopUrl = (site: Site, mode?: string) => `${shopOrigin}/?key=${site.publicKey}${mode ? `&mode=${mode}` : ''}`;

/** The texts of the conversation's bubbles, in order. */
const bubbles = (page: Page) => conversation(page).locator('.bubble').allTextContents();

async function openChat(page: Page, url = shopUrl(shop)): Promise<void> {
  await page.goto(url);
  await launcher(page).click();
  await widget(page).getByRole('button', { name: /Chat with us|Continue the chat/ }).click();
}

/** Fills the pre-chat form and starts the chat. */
async function startChat(page: Page, name: string, message: string, email = ''): Promise<void> {
  await widget(page).getByLabel('Name (optional)').fill(name);
  if (email) await widget(page).getByLabel('Email (optional)').fill(email);
  await widget(page).getByRole('textbox', { name: 'Message' }).fill(message);
  await widget(page).getByRole('button', { name: 'Start chat' }).click();
  await conversation(page).waitFor();
}

/** The agent's side of one chat: waits until it is assigned to them, then joins its room. */
async function agentJoins(customerName: string): Promise<{ room: RoomClient; sessionId: string }> {
  const assigned = await agent.lobby.next('assigned', (frame) => frame.chat.customer.name === customerName);
  const room = new RoomClient({ host: agent.host, party: 'main', room: assigned.chat.id, token: agent.token });
  rooms.push(room);
  await room.opened();
  room.send({ type: 'join', lastSeq: 0 });
  await room.next('welcome');
  return { room, sessionId: assigned.chat.id };
}

const storedMessages = (sessionId: string) =>
  server.database.db.select().from(chatMessages).where(eq(chatMessages.sessionId, sessionId)).all();

let clientCounter = 0;
const agentClientId = () => `agent-msg-${Date.now()}-${(clientCounter += 1)}`;

/** The agent says something and waits until the room has stored it; answers its seq. */
async function agentSays(room: RoomClient, body: string): Promise<number> {
  const clientId = agentClientId();
  room.send({ type: 'message', clientId, body });
  return (await room.next('ack', (frame) => frame.clientId === clientId)).seq;
}

/**
 * Lets a test cut the widget's sockets the way a network drop does: every open socket closed at
 * once, and no new one getting through until `restore()`. (Playwright stands between page and server.)
 */
async function cuttableSockets(page: Page) {
  let down = false;
  const open: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/parties\//, (socket) => {
    if (down) {
      void socket.close({ code: 1011, reason: 'network down' });
      return;
    }
    const upstream = socket.connectToServer();
    open.push(socket, upstream);
  });
  return {
    async drop() {
      down = true;
      await Promise.all(open.splice(0).map((socket) => socket.close({ code: 1011, reason: 'network down' })));
    },
    restore() {
      down = false;
    },
  };
}

describe('live chat in the widget', () => {
  it('starts a chat, shows typing both ways, the agent reply with name and avatar, and read receipts', async () => {
    const { page, errors } = await openPage();
    await openChat(page);
    // Anonymous: the pre-chat form asks, optionally, who they are.
    await startChat(page, 'Ada Lovelace', 'Where is my order?', 'ada@example.com');
    const { room, sessionId } = await agentJoins('Ada Lovelace');

    await expect.poll(() => bubbles(page)).toContain('Where is my order?');
    expect(await widget(page).getByRole('status').filter({ hasText: 'chatting with Sam Agent' }).count()).toBe(1);

    // The visitor types: the agent is told (throttled), without a message being sent.
    const since = room.frames.length;
    await composer(page).pressSequentially('Order 1042', { delay: 30 });
    await room.next('typing', (frame) => frame.sender.type === 'customer' && frame.typing, { since });

    // The agent types, then answers.
    room.send({ type: 'typing', typing: true });
    await widget(page).getByText('Sam Agent is typing…').waitFor();
    const replySeq = await agentSays(room, 'It ships today: https://example.com/track/1042');
    await widget(page).getByText('Sam Agent is typing…').waitFor({ state: 'detached' });
    const reply = conversation(page).locator('.message').filter({ hasText: 'It ships today' });
    expect(await reply.locator('.who').textContent()).toBe('Sam Agent');
    expect(await reply.locator('.avatar').textContent()).toBe('S');
    expect(await reply.getByRole('link', { name: 'https://example.com/track/1042' }).getAttribute('target')).toBe('_blank');

    // The visitor's message is "Sent" until the agent reads it, then "Seen".
    await composer(page).press('Enter');
    await expect.poll(() => bubbles(page)).toContain('Order 1042');
    const mine = conversation(page).locator('.mine').last();
    await mine.getByText('Sent', { exact: true }).waitFor();
    const { message } = await room.next('message', (frame) => frame.message.body === 'Order 1042');
    room.send({ type: 'read', seq: message.seq });
    await mine.getByText('Seen', { exact: true }).waitFor();
    // And the visitor, looking at the chat, has read the agent's reply.
    await room.next('read', (frame) => frame.reads.customer >= replySeq);

    // Stored once each, in order.
    expect(storedMessages(sessionId).filter((row) => row.senderType !== 'system').map((row) => row.body)).toEqual([
      'Where is my order?',
      'It ships today: https://example.com/track/1042',
      'Order 1042',
    ]);
    expect(await conversation(page).getAttribute('aria-live')).toBe('polite');
    expect(errors).toEqual([]);
  });

  it('counts unread replies on the launcher while closed, keeps the chat across reloads and pages, and opens to it', async () => {
    const { page, errors } = await openPage();
    await openChat(page);
    await startChat(page, 'Grace Hopper', 'Can I change my address?');
    const { room } = await agentJoins('Grace Hopper');
    await expect.poll(() => bubbles(page)).toEqual(['Can I change my address?']);

    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    await agentSays(room, 'Yes, what is the new one?');
    await agentSays(room, 'Any time before it ships.');
    await expect.poll(() => launcher(page).getAttribute('data-unread')).toBe('2');
    expect(await launcher(page).getAttribute('aria-label')).toBe('Help and support (2 unread)');

    // A reload, then another page of the shop: same conversation, nothing doubled, still unread.
    await page.reload();
    await expect.poll(() => launcher(page).getAttribute('data-unread')).toBe('2');
    await page.getByRole('link', { name: 'Another page' }).click();
    await expect.poll(() => launcher(page).getAttribute('data-unread')).toBe('2');

    // Opening goes straight to what the agent wrote, and reading it clears the badge.
    await launcher(page).click();
    await expect.poll(() => bubbles(page)).toEqual(['Can I change my address?', 'Yes, what is the new one?', 'Any time before it ships.']);
    await expect.poll(() => launcher(page).getAttribute('data-unread')).toBeNull();
    expect(await launcher(page).getAttribute('aria-label')).toBe('Help and support');
    expect(errors).toEqual([]);
  });

  it('delivers messages typed during a network drop exactly once when the connection comes back', async () => {
    const { page, errors } = await openPage();
    const network = await cuttableSockets(page);
    await openChat(page);
    await startChat(page, 'Katherine Johnson', 'Hello?');
    const { room, sessionId } = await agentJoins('Katherine Johnson');
    await expect.poll(() => bubbles(page)).toEqual(['Hello?']);

    await network.drop();
    await widget(page).getByRole('status').filter({ hasText: 'Connecting…' }).waitFor();
    for (const text of ['First while offline', 'Second while offline']) {
      await composer(page).fill(text);
      await composer(page).press('Enter');
    }
    await expect.poll(() => conversation(page).getByText('Sending…').count()).toBe(2);
    await page.waitForTimeout(1500); // the widget retries meanwhile, and gets nowhere
    expect(storedMessages(sessionId).filter((row) => row.senderType === 'customer')).toHaveLength(1);

    network.restore();
    await room.next('message', (frame) => frame.message.body === 'Second while offline', { timeoutMs: 20_000 });
    await expect.poll(() => conversation(page).getByText('Sending…').count(), { timeout: 10_000 }).toBe(0);
    expect(await bubbles(page)).toEqual(['Hello?', 'First while offline', 'Second while offline']);
    const customerRows = storedMessages(sessionId).filter((row) => row.senderType === 'customer');
    expect(customerRows.map((row) => row.body)).toEqual(['Hello?', 'First while offline', 'Second while offline']);
    expect(room.all('message').filter((frame) => frame.message.body.endsWith('while offline'))).toHaveLength(2);

    // A reload after all that shows each message once.
    await page.reload();
    await launcher(page).click();
    await widget(page).getByRole('button', { name: 'Continue the chat' }).click();
    await expect.poll(() => bubbles(page)).toEqual(['Hello?', 'First while offline', 'Second while offline']);
    expect(errors).toEqual([]);
  });

  it('sends an image, refuses a file type before uploading it, and shows what the agent receives', async () => {
    const { page, errors } = await openPage();
    await openChat(page);
    await startChat(page, 'Mary Jackson', 'Here is the damage.');
    const { room } = await agentJoins('Mary Jackson');

    const picker = widget(page).locator('input[type=file]');
    await picker.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
    await widget(page).getByRole('alert').filter({ hasText: 'logo.svg: only images and PDFs can be sent.' }).waitFor();

    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#aa3300' } }).png().toBuffer();
    await picker.setInputFiles({ name: 'box.png', mimeType: 'image/png', buffer: photo });
    await widget(page).getByRole('list', { name: 'Files to send' }).getByText('box.png').waitFor();
    await widget(page).getByRole('button', { name: 'Send' }).click();

    const { message } = await room.next('message', (frame) => frame.message.attachments.length > 0);
    expect(message.attachments).toMatchObject([{ fileName: 'box.png', contentType: 'image/png' }]);
    const image = conversation(page).getByRole('img', { name: 'box.png' });
    await image.waitFor();
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(64);
    expect(errors).toEqual([]);
  });

  it('marks a message whose upload failed, sends it once on Retry, and shows the server refusing a file whose bytes lie', async () => {
    const { page, errors } = await openPage();
    await openChat(page);
    await startChat(page, 'Radia Perlman', 'Photos of the parcel follow.');
    const { room, sessionId } = await agentJoins('Radia Perlman');
    const picker = widget(page).locator('input[type=file]');
    const photo = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#225588' } }).png().toBuffer();

    // The first upload dies on the way (a proxy hiccup); the message says so and waits for the visitor.
    let failures = 1;
    await page.route('**/attachments', (route) => (failures-- > 0 ? route.fulfill({ status: 502, body: 'Bad gateway' }) : route.continue()));
    await picker.setInputFiles({ name: 'parcel.png', mimeType: 'image/png', buffer: photo });
    await composer(page).fill('The box is dented');
    await composer(page).press('Enter');
    const failed = conversation(page).locator('.mine').filter({ hasText: 'The box is dented' });
    await failed.getByText('Not sent: the upload failed.').waitFor();
    expect(storedMessages(sessionId).some((row) => row.body === 'The box is dented')).toBe(false);

    await failed.getByRole('button', { name: 'Retry' }).click();
    const { message } = await room.next('message', (frame) => frame.message.body === 'The box is dented');
    expect(message.attachments).toMatchObject([{ fileName: 'parcel.png' }]);
    await expect.poll(() => conversation(page).getByText('Not sent').count()).toBe(0);
    expect(storedMessages(sessionId).filter((row) => row.body === 'The box is dented')).toHaveLength(1);

    // A text file calling itself a PNG passes the widget's check; the server reads its bytes and refuses it.
    await picker.setInputFiles({ name: 'invoice.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
    await widget(page).getByRole('button', { name: 'Send' }).click();
    await conversation(page).getByText('Not sent: only images and PDFs can be sent.').waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the place in line while every agent is busy, then who took the chat', async () => {
    // One chat at most, and one already open: the next one waits.
    await setAvailability('online', 1);
    await otherVisitorChats(shop);
    const { page, errors } = await openPage();
    try {
      await openChat(page);
      await startChat(page, 'Joan Clarke', 'Anyone there?');
      // #1, or later when the filler chat waits too (the agent kept earlier tests' chats open).
      await widget(page).getByRole('status').filter({ hasText: /^You are #\d+ in line\.$/ }).waitFor();
    } finally {
      await setAvailability('online');
    }
    // Room for more: the waiting chat is assigned, and the visitor sees to whom.
    await widget(page).getByRole('status').filter({ hasText: "You're chatting with Sam Agent." }).waitFor();
    expect(errors).toEqual([]);
  });

  it('after the chat ends: rating 1–5 and the transcript by email', async () => {
    const { page, errors } = await openPage();
    await openChat(page);
    await startChat(page, 'Dorothy Vaughan', 'Thanks for the help earlier.', 'dorothy@example.com');
    const { room, sessionId } = await agentJoins('Dorothy Vaughan');
    await agentSays(room, 'Glad to help!');

    room.send({ type: 'close' });
    await widget(page).getByText('This chat has ended.').waitFor();
    expect(await composer(page).count()).toBe(0);

    await widget(page).getByRole('button', { name: '4 out of 5' }).click();
    await widget(page).getByText('Thanks for your rating!').waitFor();
    await expect.poll(() => server.database.db.select().from(chatSessions).where(eq(chatSessions.id, sessionId)).get()?.rating).toBe(4);

    const mails = smtp.mails.length;
    await expect.poll(() => widget(page).getByLabel('Email me the transcript').inputValue()).toBe('dorothy@example.com');
    await widget(page).getByRole('button', { name: 'Send', exact: true }).click();
    await widget(page).getByText('The transcript is on its way to dorothy@example.com.').waitFor();
    const [mail] = (await smtp.waitForMails(mails + 1)).slice(mails);
    expect(mail?.envelope.to).toEqual(['dorothy@example.com']);
    expect(mail?.parsed.text).toContain('Glad to help!');

    // A new chat starts from the form again.
    await widget(page).getByRole('button', { name: 'Start a new chat' }).click();
    await widget(page).getByRole('button', { name: 'Start chat' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('leaves a message that becomes a ticket when nobody is online', async () => {
    await setAvailability('offline');
    try {
      const { page, errors } = await openPage();
      await openChat(page);
      await widget(page).getByText('Nobody is online right now').waitFor();
      await widget(page).getByLabel('Name').fill('Hedy Lamarr');
      await widget(page).getByLabel('Email').fill('hedy@example.com');
      await widget(page).getByRole('textbox', { name: 'Message' }).fill('Do you ship to Austria?');
      await widget(page).getByRole('button', { name: 'Send message' }).click();

      const confirmation = widget(page).getByText(/We'll reply by email to hedy@example.com, ticket #\d+\./);
      await confirmation.waitFor();
      const number = Number(/#(\d+)/.exec((await confirmation.textContent()) ?? '')?.[1]);
      const ticket = server.database.db.select().from(tickets).where(eq(tickets.number, number)).get();
      expect(ticket).toMatchObject({ channel: 'chat' });
      expect(errors).toEqual([]);
    } finally {
      await setAvailability('online');
    }
  });
});

describe('on the hostile demo page', () => {
  it('chats under its strict CSP (sockets allowed only to self), hostile CSS and hostile globals', async () => {
    const { page, errors } = await openPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await openChat(page, `${server.url}/demo?hostile=1`);
    await startChat(page, 'Frances Allen', 'Does the tent fit two?');
    const { room } = await agentJoins('Frances Allen');
    await agentSays(room, 'Two, snugly.');
    await expect.poll(() => bubbles(page)).toEqual(['Does the tent fit two?', 'Two, snugly.']);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('identity', () => {
  const hashOf = (site: Site, id: string) => createHmac('sha256', site.identitySecret ?? '').update(id).digest('hex');

  it('skips the pre-chat form for a user identified with a good hash, and the chat is theirs', async () => {
    const { page, errors, warnings } = await openPage();
    await page.goto(shopUrl(shop));
    await launcher(page).waitFor();
    const user = { id: 'user-4711', email: 'margaret@example.com', name: 'Margaret Hamilton', hash: hashOf(shop, 'user-4711') };
    await page.evaluate((identified) => window.Lantern?.identify(identified), user);
    await launcher(page).click();
    await widget(page).getByRole('button', { name: 'Chat with us' }).click();

    await widget(page).getByRole('button', { name: 'Start chat' }).waitFor();
    expect(await widget(page).getByLabel('Name (optional)').count()).toBe(0);
    expect(await widget(page).getByLabel('Email (optional)').count()).toBe(0);
    await widget(page).getByRole('textbox', { name: 'Message' }).fill('My invoice is wrong.');
    await widget(page).getByRole('button', { name: 'Start chat' }).click();
    const { sessionId } = await agentJoins('Margaret Hamilton');
    expect(server.database.db.select().from(chatSessions).where(eq(chatSessions.id, sessionId)).get()?.verified).toBe(true);
    expect(warnings.filter((text) => text.includes('identify'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('warns about a bad hash and keeps the visitor anonymous', async () => {
    const { page, warnings } = await openPage();
    await page.goto(shopUrl(shop));
    await launcher(page).waitFor();
    await page.evaluate(() => window.Lantern?.identify({ id: 'user-4711', name: 'Mallory', hash: 'f'.repeat(64) }));
    await launcher(page).click();
    await widget(page).getByRole('button', { name: 'Chat with us' }).click();

    // The anonymous form: name and email asked for.
    await widget(page).getByLabel('Name (optional)').waitFor();
    expect(warnings.some((text) => text.includes('identify() was refused for user "user-4711"'))).toBe(true);
    // And nothing of user-4711's chat is on screen.
    expect(await conversation(page).count()).toBe(0);
  });
});

describe('modes', () => {
  it('shows no chat on a help-only site, even when the script tag asks for chat', async () => {
    for (const url of [shopUrl(helpOnly), shopUrl(helpOnly, 'chat')]) {
      const { page, errors } = await openPage();
      await page.goto(url);
      await launcher(page).click();
      await widget(page).getByRole('combobox', { name: 'Search help articles' }).waitFor();
      expect(await widget(page).getByRole('button', { name: /chat/i }).count(), url).toBe(0);
      expect(errors).toEqual([]);
    }
  });

  it('narrows a site with both to help or chat with data-mode', async () => {
    const help = await openPage();
    await help.page.goto(shopUrl(shop, 'help'));
    await launcher(help.page).click();
    await widget(help.page).getByRole('combobox', { name: 'Search help articles' }).waitFor();
    expect(await widget(help.page).getByRole('button', { name: /chat/i }).count()).toBe(0);

    const chat = await openPage();
    await chat.page.goto(shopUrl(shop, 'chat'));
    await launcher(chat.page).click();
    // Straight into the chat: no search, no way back.
    await widget(chat.page).getByRole('button', { name: 'Start chat' }).waitFor();
    expect(await widget(chat.page).getByRole('combobox').count()).toBe(0);
    expect(await widget(chat.page).getByRole('button', { name: 'Back' }).count()).toBe(0);
  });
});

describe('full-page chat link', () => {
  it('serves /chat/:siteKey as a whole-window chat that works on a phone', async () => {
    const { page, errors } = await openPage({ width: 375, height: 740 });
    await page.goto(`${server.url}/chat/${shop.publicKey}`);
    expect(await page.title()).toBe('Chat with Trailhead Shop');
    await panel(page).waitFor();
    await expect.poll(() => panel(page).boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 740 });
    expect(await launcher(page).isVisible()).toBe(false);
    expect(await widget(page).getByRole('button', { name: 'Close' }).count()).toBe(0);

    await startChat(page, 'Annie Easley', 'Is the store open on Sunday?');
    const { room } = await agentJoins('Annie Easley');
    await agentSays(room, 'Yes, 10 to 4.');
    await expect.poll(() => bubbles(page)).toEqual(['Is the store open on Sunday?', 'Yes, 10 to 4.']);
    // Nothing sticks out sideways at 375 px, and Escape does not close the page's only content.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    await page.keyboard.press('Escape');
    expect(await panel(page).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
