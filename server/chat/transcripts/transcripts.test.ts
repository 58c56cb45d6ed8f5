import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/http.ts';
import { chatExportUrl, transcriptUrl } from '../../../shared/api/support.ts';
import { emailChatTranscript } from '../../../shared/api/widget-chat.ts';
import type { Customer } from '../../../shared/schemas/customers.ts';
import type { Site } from '../../../shared/schemas/sites.ts';
import type { Ticket } from '../../../shared/schemas/tickets.ts';
import { chatExportQuery, chatListQuery } from '../../../shared/schemas/transcripts.ts';
import { chatMessages, chatSessions } from '../../db/schema.ts';
import { newAgent, tableCounts, type SignedIn } from '../../testing/client.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { pdfText } from '../../testing/pdf-text.ts';
import { startSmtpServer, type TestSmtpServer } from '../../testing/smtp.ts';
import { createLogger } from '../../lib/logger.ts';
import { RoomClient } from '../../rooms/testing/room-client.ts';
import { issueAgentToken, issueVisitorToken } from '../tokens.ts';
import { standardFonts } from '../../helpcenter/pdf/fonts.ts';
import { readAll } from '../../lib/read-all.ts';
import { renderTranscriptPdf } from './render-pdf.ts';
import { renderTranscriptText } from './render-text.ts';
import { searchChats, type ChatSearchFilter } from './search.ts';
import { snippetAround } from './snippet.ts';
import { insertChat } from './testing/chats.ts';

let smtp: TestSmtpServer;
let server: TestServer;
let ada: SignedIn;
let sam: SignedIn;
let site: Site;
let otherSite: Site;
let alice: Customer;
let bruno: Customer;

/** Words that must never leave the console: internal notes in every chat below. */
const secret = 'Confidential: customer flagged for chargeback review';

let billingChat: string; // Alice, Sam, closed, site 1, with a note
let shippingChat: string; // Bruno, Ada, active, site 1
let otherSiteChat: string; // Alice, nobody, waiting, other site
let noteOnlyChat: string; // Bruno, Sam: "chargeback" only in a note

const day = (iso: string) => new Date(iso);

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({
    env: { LANTERN_SMTP_URL: smtp.url, LANTERN_MAIL_FROM: 'Acme Support <support@acme.test>' },
    // The real chat rooms, so a conversion can be watched arriving on open sockets.
    rooms: { logger: createLogger('warn', (line) => console.error(line)) },
  });
  ada = await newAgent(server, 'admin', 'Ada Admin');
  sam = await newAgent(server, 'agent', 'Sam Agent');
  [site] = (await ada.api.sites.list()).items as [Site];
  otherSite = await ada.api.sites.create({ name: 'Acme Outlet', allowedOrigins: ['https://outlet.example.com'] });
  alice = await ada.api.customers.create({ name: 'Alice Moreau', email: 'alice@example.com' });
  bruno = await ada.api.customers.create({ name: 'Bruno Díaz', email: 'bruno@example.com' });
  const { db } = server.database;

  billingChat = insertChat(db, {
    siteId: site.id,
    customerId: alice.id,
    customerName: 'Alice Moreau',
    customerEmail: 'alice@example.com',
    visitorId: 'visitor-alice',
    agentId: sam.agentId,
    status: 'closed',
    startedAt: day('2025-03-03T09:00:00Z'),
    messages: [
      { from: 'customer', body: 'Bonjour, ma facture de mars affiche un mauvais résumé de TVA.\nPouvez-vous vérifier ?' },
      { from: 'system', body: 'Sam Agent joined the chat' },
      { from: 'agent', body: 'Of course! Let me check your invoice.' },
      { from: 'agent', body: secret, internal: true },
      { from: 'customer', body: 'Here is the PDF', attachments: [{ fileName: 'facture-mars.pdf', contentType: 'application/pdf', size: 48_213 }] },
      { from: 'agent', body: 'Fixed: the corrected invoice is on its way.' },
    ],
  });
  shippingChat = insertChat(db, {
    siteId: site.id,
    customerId: bruno.id,
    customerName: 'Bruno Díaz',
    agentId: ada.agentId,
    status: 'active',
    startedAt: day('2025-03-04T15:30:00Z'),
    messages: [
      { from: 'customer', body: 'Where is my parcel? Tracking says "en tránsito" since Monday.' },
      { from: 'agent', body: 'Checking with the carrier now.' },
      { from: 'agent', body: `${secret} (second chat)`, internal: true },
    ],
  });
  otherSiteChat = insertChat(db, {
    siteId: otherSite.id,
    customerId: alice.id,
    customerName: 'Alice Moreau',
    status: 'waiting',
    startedAt: day('2025-03-05T08:00:00Z'),
    messages: [{ from: 'customer', body: 'Do you ship outlet orders to Québec?' }],
  });
  noteOnlyChat = insertChat(db, {
    siteId: site.id,
    customerId: bruno.id,
    customerName: 'Bruno Díaz',
    agentId: sam.agentId,
    status: 'closed',
    startedAt: day('2025-03-02T12:00:00Z'),
    messages: [
      { from: 'customer', body: 'I want my money back.' },
      { from: 'agent', body: 'Possible chargeback, escalate to finance.', internal: true },
    ],
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

async function rejected(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

/** The list query as the chat list route reads it, then the search. */
const search = (query: Record<string, string | number>) =>
  searchChats(server.database.db, chatListQuery.parse(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]))) as ChatSearchFilter);

describe('transcript search', () => {
  it('finds words in messages with accents and case folded, as prefixes', async () => {
    for (const q of ['resume', 'RÉSUMÉ', 'résu', 'verifier', 'transito']) {
      expect((await search({ q })).items.map((hit) => hit.sessionId), q).toEqual([
        ...(q === 'transito' ? [shippingChat] : [billingChat]),
      ]);
    }
    expect((await search({ q: 'quebec' })).items.map((hit) => hit.sessionId)).toEqual([otherSiteChat]);
    // Several words must all be in one message; punctuation is never FTS syntax.
    expect((await search({ q: 'facture mars' })).items).toHaveLength(1);
    expect((await search({ q: 'facture carrier' })).items).toHaveLength(0);
    expect((await search({ q: '"NEAR(* OR' })).items).toHaveLength(0);
  });

  it('says why a chat matched, and says so when only an internal note matched', async () => {
    const [hit] = (await search({ q: 'invoice' })).items;
    expect(hit).toMatchObject({ sessionId: billingChat, match: { internal: false, count: 2, seq: 3 } });
    expect(hit?.match?.snippet).toBe('Of course! Let me check your invoice.');

    const notes = await search({ q: 'chargeback' });
    expect(notes.items.map((h) => [h.sessionId, h.match?.internal])).toEqual([
      [shippingChat, true],
      [billingChat, true],
      [noteOnlyChat, true],
    ]);
  });

  it('matches the customer by name or email too, and combines every filter', async () => {
    expect((await search({ q: 'alice@example' })).items.map((h) => [h.sessionId, h.match])).toEqual([
      [otherSiteChat, null],
      [billingChat, null],
    ]);
    expect((await search({ agentId: sam.agentId })).items.map((h) => h.sessionId)).toEqual([billingChat, noteOnlyChat]);
    expect((await search({ agentId: 'none' })).items.map((h) => h.sessionId)).toEqual([otherSiteChat]);
    expect((await search({ agentId: sam.agentId, status: 'closed', customerId: bruno.id })).items.map((h) => h.sessionId)).toEqual([noteOnlyChat]);
    expect((await search({ status: 'active,waiting' })).items.map((h) => h.sessionId)).toEqual([otherSiteChat, shippingChat]);
    expect((await search({ siteId: otherSite.id })).items.map((h) => h.sessionId)).toEqual([otherSiteChat]);
    expect((await search({ siteId: site.id, q: 'money' })).items.map((h) => h.sessionId)).toEqual([noteOnlyChat]);
    // A day as `to` includes all of it; instants are exact.
    expect((await search({ from: '2025-03-03', to: '2025-03-04' })).items.map((h) => h.sessionId)).toEqual([shippingChat, billingChat]);
    expect((await search({ from: '2025-03-03T09:00:00Z', to: '2025-03-04T15:29:59Z' })).items.map((h) => h.sessionId)).toEqual([billingChat]);
    expect((await search({ q: 'chargeback', agentId: ada.agentId })).items.map((h) => h.sessionId)).toEqual([shippingChat]);
  });

  it('pages newest first without skipping or repeating, even with equal start times and new chats arriving', async () => {
    const { db } = server.database;
    const sameMoment = day('2024-06-01T10:00:00Z');
    const batch = Array.from({ length: 7 }, (_, i) =>
      insertChat(db, { siteId: otherSite.id, customerId: bruno.id, customerName: 'Bruno Díaz', startedAt: i < 4 ? sameMoment : day(`2024-05-0${i}T10:00:00Z`), messages: [{ from: 'customer', body: `pagination probe ${i}` }] }),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await search({ q: 'pagination probe', limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((h) => h.sessionId));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
      // A chat starting now lands before page 1: the pages being walked do not move.
      if (pages === 1) insertChat(db, { siteId: otherSite.id, customerId: bruno.id, customerName: 'Bruno Díaz', startedAt: new Date(), messages: [{ from: 'customer', body: 'pagination probe late' }] });
    } while (cursor);
    expect(pages).toBe(3);
    // Equal start times: the id breaks the tie (descending too).
    const expected = batch.slice(0, 4).sort().reverse().concat(batch.slice(4).reverse());
    expect(seen).toEqual(expected);
  });

  it('refuses a cursor it did not give out and a range that ends before it starts', async () => {
    await expect(search({ cursor: 'bm90LWEtY3Vyc29y' })).rejects.toMatchObject({ code: 'validation_failed', fields: { cursor: 'is not a cursor this API gave out' } });
    // A well-formed cursor whose value is not a start time.
    await expect(search({ cursor: Buffer.from(JSON.stringify(['x', billingChat])).toString('base64url') })).rejects.toMatchObject({ code: 'validation_failed' });
    const parsed = chatListQuery.safeParse({ from: '2025-03-05', to: '2025-03-01' });
    expect(parsed.success).toBe(false);
  });
});

describe('transcript downloads', () => {
  it('serves one chat as text: heading, messages, events and files, never internal notes', async () => {
    const response = await sam.raw(`/api/support/chats/${billingChat}/transcript?format=txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="chat-2025-03-03-Alice-Moreau-[0-9a-f]{8}\.txt"$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await response.text();
    expect(text).not.toContain('Confidential');
    expect(text).toBe(
      [
        'Chat with Alice Moreau',
        'Site:     My website',
        'Customer: Alice Moreau <alice@example.com>',
        'Agent:    Sam Agent',
        'Started:  2025-03-03 09:00 UTC',
        'Ended:    2025-03-03 09:30 UTC',
        '',
        '-- 2025-03-03 --',
        '[09:01] Alice Moreau: Bonjour, ma facture de mars affiche un mauvais résumé de TVA.',
        '        Pouvez-vous vérifier ?',
        '[09:02] * Sam Agent joined the chat',
        '[09:03] Sam Agent: Of course! Let me check your invoice.',
        '[09:05] Alice Moreau: Here is the PDF',
        '        Attachment: facture-mars.pdf (47 KB)',
        '[09:06] Sam Agent: Fixed: the corrected invoice is on its way.',
        '',
      ].join('\n'),
    );
  });

  it('serves one chat as a PDF whose text (read back from the compressed streams) has no internal notes', async () => {
    const response = await sam.raw(transcriptUrl('', billingChat, 'pdf'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="chat-.*\.pdf"$/);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Chat with Alice Moreau');
    expect(text).toContain('mauvais résumé de TVA.');
    expect(text).toContain('Sam Agent joined the chat · 09:02');
    expect(text).toContain('Attachment: facture-mars.pdf (47 KB)');
    expect(text).toContain('Page 1 of 1');
    expect(text).not.toContain('Confidential');
    expect(text).not.toContain('chargeback');
    // Nor anywhere in the raw bytes (metadata, outlines).
    expect(pdf.toString('latin1')).not.toContain('Confidential');
  });

  it('exports every chat the filters match into one file, newest first, without notes', async () => {
    const txt = await sam.raw(chatExportUrl('', { format: 'txt', siteId: site.id, q: 'chargeback' }));
    expect(txt.status).toBe(200);
    expect(txt.headers.get('content-disposition')).toMatch(/^attachment; filename="chat-transcripts-\d{4}-\d{2}-\d{2}\.txt"$/);
    const text = await txt.text();
    expect(text).toMatch(/^Lantern chat transcripts: 3 chats, exported /);
    expect(text).not.toContain('Confidential');
    expect(text).not.toContain('chargeback');
    const order = ['Where is my parcel?', 'mauvais résumé', 'I want my money back.'].map((words) => text.indexOf(words));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);

    const pdfResponse = await sam.raw(chatExportUrl('', { format: 'pdf', agentId: sam.agentId }));
    expect(pdfResponse.status).toBe(200);
    const pdf = pdfText(Buffer.from(await pdfResponse.arrayBuffer()));
    expect(pdf).toContain('Fixed: the corrected invoice is on its way.');
    expect(pdf).toContain('I want my money back.');
    expect(pdf).not.toContain('Where is my parcel?'); // Ada's chat
    expect(pdf).not.toContain('Confidential');
    expect(pdf).not.toContain('chargeback');
    expect(pdf.match(/Page 1 of 1/g)).toHaveLength(2);
  });

  it('exports only the chats ticked (ids), newest first, with the other filters still applying', async () => {
    const picked = await sam.raw(chatExportUrl('', { format: 'txt', ids: [noteOnlyChat, otherSiteChat, noteOnlyChat].join(',') }));
    expect(picked.status).toBe(200);
    const text = await picked.text();
    expect(text).toMatch(/^Lantern chat transcripts: 2 chats, exported /);
    expect(text.indexOf('Do you ship outlet orders to Québec?')).toBeGreaterThan(0);
    expect(text.indexOf('I want my money back.')).toBeGreaterThan(text.indexOf('Do you ship outlet orders to Québec?'));
    expect(text).not.toContain('Where is my parcel?');
    expect(text).not.toContain('chargeback');

    // Ids narrow the filters; they never widen them. An id nobody has matches nothing.
    const narrowed = await sam.raw(chatExportUrl('', { format: 'txt', ids: `${billingChat}, ${otherSiteChat}`, siteId: site.id }));
    expect(await narrowed.text()).toMatch(/^Lantern chat transcripts: 1 chats?, exported /);
    const unknown = await sam.raw(chatExportUrl('', { format: 'txt', ids: '01900000-0000-7000-8000-000000000000' }));
    expect(await unknown.text()).toMatch(/^Lantern chat transcripts: 0 chats, exported /);

    // A few hundred ticked rows fit in the URL (Node refuses request heads over 16 KB with 431: about 400 ids).
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `01850000-0000-7000-8000-${String(i).padStart(12, '0')}`);
    const hundreds = await sam.raw(chatExportUrl('', { format: 'txt', ids: [...filler(300), billingChat].join(',') }));
    expect(await hundreds.text()).toMatch(/^Lantern chat transcripts: 1 chats?, exported /);

    for (const [ids, message] of [
      [`${billingChat},not-a-chat`, 'must be chat ids separated by commas'],
      [',', 'name at least one chat'],
    ] as const) {
      const response = await sam.raw(`/api/support/chats/export?${new URLSearchParams({ ids })}`);
      expect(response.status, message).toBe(422);
      expect(await response.json()).toMatchObject({ error: { code: 'validation_failed', fields: { ids: message } } });
    }
    // More than an export holds is refused by the schema itself (such a URL is also past what the server reads).
    const tooMany = chatExportQuery.safeParse({ ids: filler(1001).join(',') });
    expect(tooMany.error?.issues.map((issue) => issue.message)).toEqual(['at most 1000 ids']);
    expect(chatExportQuery.parse({ ids: filler(1000).join(',') }).ids).toHaveLength(1000);
  });

  it('answers bad downloads clearly', async () => {
    const badFormat = await sam.raw(`/api/support/chats/${billingChat}/transcript?format=docx`);
    expect(badFormat.status).toBe(422);
    expect(await badFormat.json()).toMatchObject({ error: { code: 'validation_failed', fields: { format: expect.any(String) } } });
    expect((await sam.raw('/api/support/chats/01900000-0000-7000-8000-000000000000/transcript')).status).toBe(404);
    expect((await sam.raw('/api/support/chats/not-an-id/transcript')).status).toBe(404);
    const badRange = await sam.raw('/api/support/chats/export?from=2025-03-05&to=2025-03-01');
    expect(await badRange.json()).toMatchObject({ error: { code: 'validation_failed', fields: { from: 'must not be after `to`' } } });
    const badDate = await sam.raw('/api/support/chats/export?from=yesterday&status=lost&agentId=bob');
    expect((await badDate.json()).error.fields).toEqual({
      from: 'must be a date (2025-03-31) or an ISO-8601 time',
      status: expect.any(String),
      agentId: expect.any(String),
    });
    expect((await sam.raw('/api/support/chats/export?sort=asc')).status).toBe(422);
  });

  it('refuses an export of more than 1,000 chats before writing anything', async () => {
    const { sqlite } = server.database;
    const insert = sqlite.prepare(
      `insert into chat_sessions (id, site_id, customer_id, visitor_id, verified, customer_name, status, priority, started_at, last_activity_at, last_seq, metadata)
       values (?, ?, ?, 'bulk', 0, 'Bulk', 'closed', 'low', ?, ?, 0, '{}')`,
    );
    sqlite.transaction(() => {
      for (let i = 0; i < 1001; i += 1) {
        const at = Date.parse('2023-01-01T00:00:00Z') + i * 1000;
        insert.run(`01850000-0000-7000-8000-${String(i).padStart(12, '0')}`, otherSite.id, alice.id, at, at);
      }
    })();
    const response = await sam.raw(chatExportUrl('', { format: 'pdf', to: '2023-12-31' }));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: { code: 'validation_failed', message: expect.stringContaining('at most 1000 chats'), fields: { _: 'more than 1000 chats match' } },
    });
    // Exactly 1,000 is fine.
    const ok = await sam.raw(chatExportUrl('', { format: 'txt', from: '2023-01-01T00:00:01Z', to: '2023-12-31' }));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^Lantern chat transcripts: 1000 chats/);
  });
});

describe('emailing a transcript', () => {
  it('sends the text in the body and the PDF attached, neither with internal notes', async () => {
    const before = smtp.mails.length;
    const result = await sam.api.transcripts.email(billingChat, { to: ['Alice@Example.com', 'finance@acme.test', 'alice@example.com'] });
    expect(result).toEqual({ sent: ['alice@example.com', 'finance@acme.test'] });
    const [mail] = (await smtp.waitForMails(before + 1)).slice(before);
    expect(mail?.envelope.to).toEqual(['alice@example.com', 'finance@acme.test']);
    expect(mail?.parsed.subject).toBe('Chat transcript: Alice Moreau, 2025-03-03 (My website)');
    expect(mail?.parsed.from?.value[0]?.address).toBe('support@acme.test');
    const body = mail?.parsed.text ?? '';
    expect(body).toContain('[09:03] Sam Agent: Of course! Let me check your invoice.');
    expect(body).not.toContain('Confidential');
    const [attachment] = mail?.parsed.attachments ?? [];
    expect(attachment?.contentType).toBe('application/pdf');
    expect(attachment?.filename).toMatch(/^chat-2025-03-03-Alice-Moreau-.*\.pdf$/);
    const pdf = pdfText(attachment?.content ?? Buffer.alloc(0));
    expect(pdf).toContain('Of course! Let me check your invoice.');
    expect(pdf).not.toContain('Confidential');
    expect(mail?.raw.toString('latin1')).not.toContain('Confidential');
  });

  it('refuses bad recipients with the field that is wrong, sending nothing', async () => {
    const before = smtp.mails.length;
    const counts = tableCounts(server);
    const none = await rejected(sam.api.transcripts.email(billingChat, { to: [] }));
    expect([none.status, none.fields]).toEqual([422, { to: 'name at least one recipient' }]);
    const many = await rejected(sam.api.transcripts.email(billingChat, { to: Array.from({ length: 11 }, (_, i) => `p${i}@example.com`) }));
    expect(many.fields).toEqual({ to: 'at most 10 recipients' });
    const bad = await rejected(sam.api.transcripts.email(billingChat, { to: ['ok@example.com', 'not an address'] }));
    expect(bad.fields).toEqual({ 'to.1': 'must be an email address' });
    const extra = await sam.raw(`/api/support/chats/${billingChat}/email`, { method: 'POST', body: JSON.stringify({ to: ['a@example.com'], cc: ['b@example.com'] }) });
    expect((await extra.json()).error.fields).toEqual({ cc: 'is not a known field' });
    const missing = await rejected(sam.api.transcripts.email('01900000-0000-7000-8000-000000000000', { to: ['a@example.com'] }));
    expect(missing.status).toBe(404);
    expect(smtp.mails.length).toBe(before);
    expect(tableCounts(server)).toEqual(counts);
  });

  it('is refused with a clear 503 when the server has no SMTP, and nothing is sent', async () => {
    const plain = await startTestServer();
    try {
      const agent = await newAgent(plain, 'agent');
      const [firstSite] = (await agent.api.sites.list()).items as [Site];
      const customer = await agent.api.customers.create({ name: 'Zoe', email: 'zoe@example.com' });
      const chat = insertChat(plain.database.db, {
        siteId: firstSite.id,
        customerId: customer.id,
        customerName: 'Zoe',
        visitorId: 'visitor-zoe',
        startedAt: new Date(),
        messages: [{ from: 'customer', body: 'Hi' }],
      });
      const before = smtp.mails.length;
      const error = await rejected(agent.api.transcripts.email(chat, { to: ['zoe@example.com'] }));
      expect([error.status, error.code]).toEqual([503, 'service_unavailable']);
      expect(error.message).toMatch(/LANTERN_SMTP_URL/);
      const token = issueVisitorToken(plain.config.secret, { siteId: firstSite.id, visitorId: 'visitor-zoe', verified: false });
      const widget = await fetch(`${plain.url}/api/widget/sites/${firstSite.publicKey}/chat/sessions/${chat}/transcript`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'zoe@example.com' }),
      });
      expect(widget.status).toBe(503);
      expect(await widget.json()).toEqual({ error: { code: 'service_unavailable', message: 'Sending transcripts by email is not available here' } });
      expect(smtp.mails.length).toBe(before);
    } finally {
      await plain.close();
    }
  });
});

describe('widget: email me the transcript', () => {
  const send = (key: string, chatId: string, token: string | null, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/widget/sites/${key}/chat/sessions/${chatId}/transcript`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify(body),
    });
  const aliceToken = () => issueVisitorToken(server.config.secret, { siteId: site.id, visitorId: 'visitor-alice', verified: false });

  it("sends the visitor their own chat's customer transcript", async () => {
    const before = smtp.mails.length;
    const response = await send(site.publicKey, billingChat, aliceToken(), { email: 'Alice.Private@Example.com' }, { origin: server.url });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(server.url);
    expect(await response.json()).toEqual({ sent: ['alice.private@example.com'] });
    const [mail] = (await smtp.waitForMails(before + 1)).slice(before);
    expect(mail?.envelope.to).toEqual(['alice.private@example.com']);
    expect(mail?.parsed.subject).toBe('Your chat with My website on 2025-03-03');
    expect(mail?.parsed.text).toContain('Here is the transcript of your chat');
    expect(mail?.parsed.text).not.toContain('Confidential');
    expect(pdfText(mail?.parsed.attachments[0]?.content ?? Buffer.alloc(0))).not.toContain('Confidential');
  });

  it("refuses anyone else's chat, a token for another site, no token, bad input and other origins", async () => {
    const before = smtp.mails.length;
    const stranger = issueVisitorToken(server.config.secret, { siteId: site.id, visitorId: 'visitor-mallory', verified: false });
    expect((await send(site.publicKey, billingChat, stranger, { email: 'm@example.com' })).status).toBe(404);
    const otherSiteToken = issueVisitorToken(server.config.secret, { siteId: otherSite.id, visitorId: 'visitor-alice', verified: false });
    expect((await send(site.publicKey, billingChat, otherSiteToken, { email: 'm@example.com' })).status).toBe(401);
    // Alice's token on the other site's key: the chat is not on that site.
    expect((await send(otherSite.publicKey, billingChat, otherSiteToken, { email: 'm@example.com' })).status).toBe(404);
    const anonymous = await send(site.publicKey, billingChat, null, { email: 'm@example.com' });
    expect([anonymous.status, (await anonymous.json()).error.code]).toEqual([401, 'unauthenticated']);
    expect((await send(site.publicKey, billingChat, `${aliceToken()}x`, { email: 'm@example.com' })).status).toBe(401);
    const agentToken = await sam.raw('/api/support/chat/token', { method: 'POST' }).then((r) => (r.ok ? r.json() : null)).catch(() => null);
    if (agentToken?.token) expect((await send(site.publicKey, billingChat, agentToken.token, { email: 'm@example.com' })).status).toBe(401);
    const invalid = await send(site.publicKey, billingChat, aliceToken(), { email: 'nope', to: ['x@example.com'] });
    expect([invalid.status, (await invalid.json()).error.fields]).toEqual([422, { email: 'must be an email address', to: 'is not a known field' }]);
    expect((await send(site.publicKey, billingChat, aliceToken(), { email: 'a@example.com' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await send('pk_unknownunknownunknown', billingChat, aliceToken(), { email: 'a@example.com' })).status).toBe(404);
    expect(smtp.mails.length).toBe(before);
  });

  it('is rate limited per chat with Retry-After', async () => {
    // One was sent above; two more are allowed this hour.
    // Through the widget's own client, as the chat panel calls it.
    const at = { baseUrl: server.url, siteKey: site.publicKey };
    for (let i = 0; i < 2; i += 1) expect(await emailChatTranscript(at, aliceToken(), billingChat, 'alice@example.com')).toEqual({ sent: ['alice@example.com'] });
    const refused = await send(site.publicKey, billingChat, aliceToken(), { email: 'alice@example.com' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe('rate_limited');
  });
});

describe('converting a chat to a ticket', () => {
  let ticket: Ticket;

  it('creates a chat-channel ticket from the transcript and links both ways, in one step', async () => {
    const lastSeq = server.database.db.select().from(chatSessions).where(eq(chatSessions.id, billingChat)).get()?.lastSeq ?? 0;
    ({ ticket } = await sam.api.transcripts.convert(billingChat));
    expect(ticket).toMatchObject({
      subject: 'Bonjour, ma facture de mars affiche un mauvais résumé de TVA. Pouvez-vous…',
      channel: 'chat',
      status: 'open',
      priority: 'medium',
      customer: { id: alice.id, name: 'Alice Moreau' },
      assignee: { id: sam.agentId, name: 'Sam Agent' },
    });
    expect(ticket.description).toContain(`Converted from a live chat: ${server.url}/console/inbox/${billingChat}`);
    expect(ticket.description).toContain('[09:03] Sam Agent: Of course! Let me check your invoice.');
    expect(ticket.description).not.toContain('Confidential');
    expect(await sam.api.tickets.get(ticket.id)).toEqual(ticket);

    const { db } = server.database;
    const session = db.select().from(chatSessions).where(eq(chatSessions.id, billingChat)).get();
    expect(session?.convertedTicketId).toBe(ticket.id);
    const systemMessage = db.select().from(chatMessages).where(eq(chatMessages.sessionId, billingChat)).all().at(-1);
    expect(systemMessage).toMatchObject({ seq: lastSeq + 1, senderType: 'system', kind: 'system', body: `Converted to ticket #${ticket.number}`, isInternal: false });
    expect(session?.lastSeq).toBe(lastSeq + 1);

    // The transcript now names the ticket, and shows the conversion as an event.
    const text = await (await sam.raw(transcriptUrl('', billingChat, 'txt'))).text();
    expect(text).toContain(`Ticket:   #${ticket.number}`);
    expect(text).toContain(`* Converted to ticket #${ticket.number}`);
    const activity = await sam.api.tickets.activity(ticket.id);
    expect(activity.items.map((entry) => entry.action)).toContain('ticket.created');
  });

  it('refuses a second conversion with 409 naming the ticket, and changes nothing', async () => {
    const counts = tableCounts(server);
    const error = await rejected(sam.api.transcripts.convert(billingChat));
    expect([error.status, error.code, error.message, error.fields]).toEqual([409, 'conflict', `This chat is already ticket #${ticket.number}`, { ticketId: ticket.id }]);
    expect(tableCounts(server)).toEqual(counts);
  });

  it('uses who the chat was with when the customer never wrote, and leaves out an agent who left', async () => {
    const { db } = server.database;
    const gone = await newAgent(server, 'agent', 'Gone Agent');
    await ada.api.agents.update(gone.agentId, { active: false });
    const quiet = insertChat(db, { siteId: site.id, customerId: bruno.id, customerName: 'Bruno Díaz', agentId: gone.agentId, startedAt: new Date(), messages: [{ from: 'agent', body: 'Hello?' }] });
    const { ticket: fromQuiet } = await ada.api.transcripts.convert(quiet);
    expect(fromQuiet).toMatchObject({ subject: 'Chat with Bruno Díaz', assignee: null, customer: { id: bruno.id } });
  });

  it('shows the conversion at once in the open chat, to the customer and the agent', async () => {
    const live = insertChat(server.database.db, {
      siteId: site.id,
      customerId: bruno.id,
      customerName: 'Bruno Díaz',
      visitorId: 'visitor-bruno',
      agentId: sam.agentId,
      status: 'active',
      startedAt: new Date(),
      messages: [{ from: 'customer', body: 'My order arrived broken' }],
    });
    const host = new URL(server.url).host;
    const customer = new RoomClient({ host, party: 'main', room: live, token: issueVisitorToken(server.config.secret, { siteId: site.id, visitorId: 'visitor-bruno', verified: false }) });
    const agent = new RoomClient({ host, party: 'main', room: live, token: issueAgentToken(server.config.secret, sam.agentId) });
    try {
      for (const client of [customer, agent]) {
        await client.opened();
        client.send({ type: 'join', lastSeq: 0 });
        await client.next('welcome');
      }
      const { ticket: fromLive } = await sam.api.transcripts.convert(live);
      for (const client of [customer, agent]) {
        const frame = await client.next('message', (f) => f.message.body === `Converted to ticket #${fromLive.number}`);
        expect(frame.message).toMatchObject({ seq: 2, sender: { type: 'system' }, kind: 'system', internal: false });
        await client.next('session', (f) => f.session.convertedTicketId === fromLive.id);
      }
    } finally {
      customer.close();
      agent.close();
    }
  });

  it('answers 404 for a chat that does not exist', async () => {
    const error = await rejected(sam.api.transcripts.convert('01900000-0000-7000-8000-000000000000'));
    expect([error.status, error.code]).toEqual([404, 'not_found']);
  });
});

describe('renderers', () => {
  const session = {
    id: '01900000-0000-7000-8000-0000000000aa',
    siteName: 'Acme',
    customer: { name: 'Ana', email: null },
    agents: ['Sam'],
    status: 'active' as const,
    startedAt: '2025-03-04T23:58:00.000Z',
    closedAt: null,
    rating: 4,
    ticketNumber: null,
  };
  const messages = [
    { seq: 1, sender: { type: 'customer' as const, name: 'Ana' }, kind: 'text' as const, body: 'Late question', attachments: [], internal: false, createdAt: '2025-03-04T23:59:00.000Z' },
    { seq: 2, sender: { type: 'agent' as const, id: 'x', name: 'Sam', avatarUrl: null }, kind: 'text' as const, body: 'NOTE: VIP, be generous', attachments: [], internal: true, createdAt: '2025-03-05T00:00:30.000Z' },
    { seq: 3, sender: { type: 'agent' as const, id: 'x', name: 'Sam', avatarUrl: null }, kind: 'text' as const, body: 'Answer after midnight', attachments: [], internal: false, createdAt: '2025-03-05T00:01:00.000Z' },
  ];

  it('drop internal notes even when handed them, and mark day changes', async () => {
    const text = renderTranscriptText(session, messages);
    expect(text).toBe(
      'Chat with Ana\nSite:     Acme\nCustomer: Ana\nAgent:    Sam\nStarted:  2025-03-04 23:58 UTC\nStatus:   Open\nRating:   4/5\n\n' +
        '-- 2025-03-04 --\n[23:59] Ana: Late question\n-- 2025-03-05 --\n[00:01] Sam: Answer after midnight\n',
    );
    const pdf = pdfText(await readAll(renderTranscriptPdf([{ session, messages }], { title: 'Chat' })));
    expect(pdf).toContain('Answer after midnight');
    expect(pdf).not.toContain('VIP');
    // The built-in fonts (no Unicode font installed) say the same.
    const plain = pdfText(await readAll(renderTranscriptPdf([{ session, messages }], { title: 'Chat', fonts: standardFonts, compress: false })));
    expect(plain).toContain('Answer after midnight');
    expect(plain).not.toContain('VIP');
  });

  it('cut snippets around the first matched word, accents folded', () => {
    const long = `${'filler words here '.repeat(20)}the Crème brûlée arrived cold ${'and more words after '.repeat(20)}`;
    const snippet = snippetAround(long, 'creme');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('Crème brûlée arrived cold');
    expect(snippet.length).toBeLessThanOrEqual(142);
    expect(snippetAround('short text', 'zzz')).toBe('short text');
  });
});
